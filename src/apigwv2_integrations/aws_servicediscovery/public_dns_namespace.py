"""PublicDnsNamespace: a Cloud Map namespace of public DNS names."""

from __future__ import annotations

from ..cfn.aws_servicediscovery import CfnPublicDnsNamespace, PublicDnsNamespaceReference
from ..core.construct import Construct
from ..core.runtime_typing import Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._dns_namespace import DnsNamespaceBase
from .namespace import BaseNamespaceProps, INamespace, NamespaceType


@lazy_frozen(kw_only=True)
class PublicDnsNamespaceProps(BaseNamespaceProps, metaclass=LazyAttrsMeta):
    """Properties of a PublicDnsNamespace."""


@lazy_frozen(kw_only=True)
class PublicDnsNamespaceAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing public DNS namespace."""

    namespace_arn: str
    """The namespace's ARN."""
    namespace_id: str
    """The namespace's id."""
    namespace_name: str
    """The namespace's name."""


@runtime_checkable
class IPublicDnsNamespace(INamespace, Protocol):
    """A Cloud Map public DNS namespace, defined here or imported."""

    @property
    def public_dns_namespace_ref(self) -> PublicDnsNamespaceReference:
        """A reference to the namespace: its id and ARN."""
        ...


class _PublicDnsNamespaceBase(DnsNamespaceBase):
    """What a public DNS namespace, defined here or imported, offers."""

    type = NamespaceType.DNS_PUBLIC

    @property
    def public_dns_namespace_ref(self) -> PublicDnsNamespaceReference:
        """A reference to the namespace: its id and ARN."""
        return PublicDnsNamespaceReference(
            public_dns_namespace_arn=self.namespace_arn, public_dns_namespace_id=self.namespace_id
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
