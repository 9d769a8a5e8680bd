"""What private and public DNS namespaces, defined here or imported, share: creating services."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.duration import Duration
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ._types import DiscoveryType, DnsRecordType, RoutingPolicy
from .namespace import NamespaceType
from .service import HealthCheckConfig, HealthCheckCustomConfig, Service

if TYPE_CHECKING:
    from typing import Any


class DnsNamespaceBase(Resource):
    """A DNS namespace; subclasses set `type`."""

    type: NamespaceType
    namespace_name: str
    namespace_id: str
    namespace_arn: str

    def create_service(
        self,
        id: str,
        *,
        custom_health_check: HealthCheckCustomConfig | Mapping[str, Any] | None = None,
        description: str | None = None,
        health_check: HealthCheckConfig | Mapping[str, Any] | None = None,
        name: str | None = None,
        discovery_type: DiscoveryType | None = None,
        dns_record_type: DnsRecordType | None = None,
        dns_ttl: Duration | None = None,
        load_balancer: bool | None = None,
        routing_policy: RoutingPolicy | None = None,
    ) -> Service:
        """Create a service in this namespace."""
        return Service(
            self,
            id,
            namespace=self,
            custom_health_check=custom_health_check,
            description=description,
            health_check=health_check,
            name=name,
            discovery_type=discovery_type,
            dns_record_type=dns_record_type,
            dns_ttl=dns_ttl,
            load_balancer=load_balancer,
            routing_policy=routing_policy,
        )
