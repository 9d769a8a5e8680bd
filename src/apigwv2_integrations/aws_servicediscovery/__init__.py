"""AWS Cloud Map: namespaces and services for service discovery, and every `Cfn*` class of the service."""

import typing as _typing

from ..cfn.aws_servicediscovery import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_servicediscovery import *  # noqa: F403
    from .http_namespace import HttpNamespace, HttpNamespaceAttributes, HttpNamespaceProps, IHttpNamespace
    from .namespace import BaseNamespaceProps, INamespace, NamespaceType
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
        DiscoveryType,
        DnsRecordType,
        DnsServiceProps,
        HealthCheckConfig,
        HealthCheckCustomConfig,
        HealthCheckType,
        IService,
        RoutingPolicy,
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
        ".service": (
            "BaseServiceProps",
            "DiscoveryType",
            "DnsRecordType",
            "DnsServiceProps",
            "HealthCheckConfig",
            "HealthCheckCustomConfig",
            "HealthCheckType",
            "IService",
            "RoutingPolicy",
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
    "BaseNamespaceProps",
    "BaseServiceProps",
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
    "INamespace",
    "IPrivateDnsNamespace",
    "IPublicDnsNamespace",
    "IService",
    "NamespaceType",
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
