"""PublicDnsNamespace: a Cloud Map namespace of public DNS names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..cfn.aws_servicediscovery import CfnPublicDnsNamespace
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.resource import Resource
from .namespace import BaseNamespaceProps, INamespace, NamespaceType
from .service import (
    DiscoveryType,
    DnsRecordType,
    HealthCheckConfig,
    HealthCheckCustomConfig,
    RoutingPolicy,
    Service,
)


@attrs.frozen(kw_only=True)
class PublicDnsNamespaceProps(BaseNamespaceProps):
    """Properties of a PublicDnsNamespace."""


@attrs.frozen(kw_only=True)
class PublicDnsNamespaceAttributes:
    """What identifies an existing public DNS namespace."""

    namespace_arn: str
    """The namespace's ARN."""
    namespace_id: str
    """The namespace's id."""
    namespace_name: str
    """The namespace's name."""


IPublicDnsNamespace = INamespace


class _PublicDnsNamespaceBase(Resource):
    """What a public DNS namespace, defined here or imported, offers."""

    type = NamespaceType.DNS_PUBLIC
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


class PublicDnsNamespace(_PublicDnsNamespaceBase):
    """A Cloud Map public DNS namespace (`AWS::ServiceDiscovery::PublicDnsNamespace`)."""

    def __init__(self, scope: Construct, id: str, *, name: str, description: str | None = None) -> None:
        props = PublicDnsNamespaceProps(name=name, description=description)
        super().__init__(scope, id)
        namespace = CfnPublicDnsNamespace(self, "Resource", name=props.name, description=props.description)
        self.namespace_name = props.name
        self.namespace_id = namespace.attr_id
        self.namespace_arn = namespace.attr_arn
        self.public_dns_namespace_name = self.namespace_name
        self.public_dns_namespace_id = self.namespace_id
        self.public_dns_namespace_arn = self.namespace_arn
        self.namespace_hosted_zone_id: str = namespace.attr_hosted_zone_id

    @staticmethod
    def from_public_dns_namespace_attributes(
        scope: Construct, id: str, *, namespace_arn: str, namespace_id: str, namespace_name: str
    ) -> IPublicDnsNamespace:
        """An existing public DNS namespace."""
        attributes = PublicDnsNamespaceAttributes(
            namespace_arn=namespace_arn, namespace_id=namespace_id, namespace_name=namespace_name
        )
        return _ImportedPublicDnsNamespace(scope, id, attributes)


class _ImportedPublicDnsNamespace(_PublicDnsNamespaceBase):
    def __init__(self, scope: Construct, id: str, attributes: PublicDnsNamespaceAttributes) -> None:
        super().__init__(scope, id)
        self.namespace_name = attributes.namespace_name
        self.namespace_id = attributes.namespace_id
        self.namespace_arn = attributes.namespace_arn
