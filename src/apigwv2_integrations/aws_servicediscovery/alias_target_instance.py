"""AliasTargetInstance: a load balancer registered as the target of a Route 53 alias record."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._types import DnsRecordType, IService, RoutingPolicy
from .instance import BaseInstanceProps, InstanceBase
from .namespace import NamespaceType


@lazy_frozen(kw_only=True)
class AliasTargetInstanceProps(BaseInstanceProps, metaclass=LazyAttrsMeta):
    """Properties of an AliasTargetInstance."""

    dns_name: str
    """The DNS name of the target (a load balancer's)."""
    service: IService
    """The service to register the instance in."""


class AliasTargetInstance(InstanceBase):
    """An instance that a Route 53 alias record points to (`AWS::ServiceDiscovery::Instance`).

    Cloud Map supports Elastic Load Balancing load balancers as alias targets only.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        dns_name: str,
        service: IService,
        custom_attributes: Mapping[str, str] | None = None,
        instance_id: str | None = None,
    ) -> None:
        props = AliasTargetInstanceProps(
            dns_name=dns_name, service=service, custom_attributes=custom_attributes, instance_id=instance_id
        )
        super().__init__(scope, id)
        record_type = props.service.dns_record_type
        if props.service.namespace.type == NamespaceType.HTTP:
            raise ValidationError(
                self, "the service is in an HTTP namespace, which has no DNS records; use a DNS namespace"
            )
        if record_type not in (DnsRecordType.A, DnsRecordType.AAAA, DnsRecordType.A_AAAA):
            raise ValidationError(
                self,
                f"the service has {record_type.value} records; an alias target needs a service with "
                "DnsRecordType.A, AAAA or A_AAAA records",
            )
        if props.service.routing_policy != RoutingPolicy.WEIGHTED:
            raise ValidationError(
                self,
                f"the service has routing_policy=RoutingPolicy.{props.service.routing_policy.value}; "
                "an alias target needs RoutingPolicy.WEIGHTED (create the service with load_balancer=True)",
            )
        self.dns_name = props.dns_name
        self._register(
            props.service, {"AWS_ALIAS_DNS_NAME": props.dns_name}, props.custom_attributes, props.instance_id
        )
