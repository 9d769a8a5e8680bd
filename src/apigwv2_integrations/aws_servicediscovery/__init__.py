"""AWS Cloud Map: namespaces and services for service discovery, and every `Cfn*` class of the service."""

from ..cfn.aws_servicediscovery import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_servicediscovery import *  # noqa: F403
    from ._types import DiscoveryType, DnsRecordType, IService, RoutingPolicy
    from .alias_target_instance import AliasTargetInstance, AliasTargetInstanceProps
    from .cname_instance import CnameInstance, CnameInstanceBaseProps, CnameInstanceProps
    from .http_namespace import HttpNamespace, HttpNamespaceAttributes, HttpNamespaceProps, IHttpNamespace
    from .instance import BaseInstanceProps, IInstance, InstanceBase
    from .ip_instance import IpInstance, IpInstanceBaseProps, IpInstanceProps
    from .namespace import BaseNamespaceProps, INamespace, NamespaceType
    from .non_ip_instance import NonIpInstance, NonIpInstanceBaseProps, NonIpInstanceProps
    from .private_dns_namespace import (
        IPrivateDnsNamespace,
        PrivateDnsNamespace,
        PrivateDnsNamespaceAttributes,
        PrivateDnsNamespaceProps,
    )
    from .public_dns_namespace import (
        IPublicDnsNamespace,
        PublicDnsNamespace,
        PublicDnsNamespaceAttributes,
        PublicDnsNamespaceProps,
    )
    from .service import (
        BaseServiceProps,
        DnsServiceProps,
        HealthCheckConfig,
        HealthCheckCustomConfig,
        HealthCheckType,
        Service,
        ServiceAttributes,
        ServiceProps,
    )
else:
    _L2_SOURCES = {
        ".http_namespace": (
            "HttpNamespace",
            "HttpNamespaceAttributes",
            "HttpNamespaceProps",
            "IHttpNamespace",
        ),
        ".namespace": ("BaseNamespaceProps", "INamespace", "NamespaceType"),
        ".private_dns_namespace": (
            "IPrivateDnsNamespace",
            "PrivateDnsNamespace",
            "PrivateDnsNamespaceAttributes",
            "PrivateDnsNamespaceProps",
        ),
        ".public_dns_namespace": (
            "IPublicDnsNamespace",
            "PublicDnsNamespace",
            "PublicDnsNamespaceAttributes",
            "PublicDnsNamespaceProps",
        ),
        "._types": ("DiscoveryType", "DnsRecordType", "IService", "RoutingPolicy"),
        ".alias_target_instance": ("AliasTargetInstance", "AliasTargetInstanceProps"),
        ".cname_instance": ("CnameInstance", "CnameInstanceBaseProps", "CnameInstanceProps"),
        ".instance": ("BaseInstanceProps", "IInstance", "InstanceBase"),
        ".ip_instance": ("IpInstance", "IpInstanceBaseProps", "IpInstanceProps"),
        ".non_ip_instance": ("NonIpInstance", "NonIpInstanceBaseProps", "NonIpInstanceProps"),
        ".service": (
            "BaseServiceProps",
            "DnsServiceProps",
            "HealthCheckConfig",
            "HealthCheckCustomConfig",
            "HealthCheckType",
            "Service",
            "ServiceAttributes",
            "ServiceProps",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_servicediscovery"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "AliasTargetInstance",
    "AliasTargetInstanceProps",
    "BaseInstanceProps",
    "BaseNamespaceProps",
    "BaseServiceProps",
    "CnameInstance",
    "CnameInstanceBaseProps",
    "CnameInstanceProps",
    "DiscoveryType",
    "DnsRecordType",
    "DnsServiceProps",
    "HealthCheckConfig",
    "HealthCheckCustomConfig",
    "HealthCheckType",
    "HttpNamespace",
    "HttpNamespaceAttributes",
    "HttpNamespaceProps",
    "IHttpNamespace",
    "IInstance",
    "INamespace",
    "IPrivateDnsNamespace",
    "IPublicDnsNamespace",
    "IService",
    "InstanceBase",
    "IpInstance",
    "IpInstanceBaseProps",
    "IpInstanceProps",
    "NamespaceType",
    "NonIpInstance",
    "NonIpInstanceBaseProps",
    "NonIpInstanceProps",
    "PrivateDnsNamespace",
    "PrivateDnsNamespaceAttributes",
    "PrivateDnsNamespaceProps",
    "PublicDnsNamespace",
    "PublicDnsNamespaceAttributes",
    "PublicDnsNamespaceProps",
    "RoutingPolicy",
    "Service",
    "ServiceAttributes",
    "ServiceProps",
]
