"""AWS Cloud Map: namespaces and services for service discovery, and every `Cfn*` class of the service."""

from ..cfn.aws_servicediscovery import *  # noqa: F403
from ..cfn.aws_servicediscovery import __all__ as _cfn_all
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
