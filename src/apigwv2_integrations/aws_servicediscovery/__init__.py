"""AWS Cloud Map: namespaces and services for service discovery, and every `Cfn*` class of the service."""

import typing as _typing

from ..cfn.aws_servicediscovery import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# The Cfn* names load on first use; mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_servicediscovery import *  # noqa: F403
else:
    __getattr__, __dir__ = _lazy_exports(__name__, dict.fromkeys(_cfn_all, "..cfn.aws_servicediscovery"))

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
