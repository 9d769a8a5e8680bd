"""The vocabulary services and their instances share: record types, routing, discovery, IService."""

from __future__ import annotations

from ..cfn.aws_servicediscovery import ServiceReference
from ..core.resource_types import IResource
from ..core.runtime_typing import Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from .namespace import INamespace


class DnsRecordType(SimpleEnum):
    """The DNS records a service's instances get."""

    A = "A"
    AAAA = "AAAA"
    A_AAAA = "A_AAAA"
    SRV = "SRV"
    CNAME = "CNAME"


class RoutingPolicy(SimpleEnum):
    """How Cloud Map answers DNS queries for a service."""

    WEIGHTED = "WEIGHTED"
    MULTIVALUE = "MULTIVALUE"


class DiscoveryType(SimpleEnum):
    """How instances can be discovered."""

    API = "API"
    DNS_AND_API = "DNS_AND_API"


@runtime_checkable
class IService(IResource, Protocol):
    """A Cloud Map service, defined here or imported."""

    @property
    def service_arn(self) -> str:
        """The service's ARN."""
        ...

    @property
    def service_id(self) -> str:
        """The service's id."""
        ...

    @property
    def service_name(self) -> str:
        """The service's name."""
        ...

    @property
    def service_ref(self) -> ServiceReference:
        """A reference to the service: its id and ARN."""
        ...

    @property
    def namespace(self) -> INamespace:
        """The service's namespace."""
        ...

    @property
    def dns_record_type(self) -> DnsRecordType:
        """The DNS records its instances get."""
        ...

    @property
    def routing_policy(self) -> RoutingPolicy:
        """How DNS queries for it are answered."""
        ...

    @property
    def discovery_type(self) -> DiscoveryType:
        """How its instances are discovered."""
        ...
