"""PrivateDnsNamespace: a Cloud Map namespace of DNS names that resolve inside a VPC."""

from __future__ import annotations

from ..cfn.aws_servicediscovery import CfnPrivateDnsNamespace, PrivateDnsNamespaceReference
from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._dns_namespace import DnsNamespaceBase
from .namespace import BaseNamespaceProps, INamespace, NamespaceType

if TYPE_CHECKING:
    from ..aws_ec2 import IVpc


@lazy_frozen(kw_only=True)
class PrivateDnsNamespaceProps(BaseNamespaceProps, metaclass=LazyAttrsMeta):
    """Properties of a PrivateDnsNamespace."""

    vpc: IVpc
    """The VPC the namespace resolves in."""


@lazy_frozen(kw_only=True)
class PrivateDnsNamespaceAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing private DNS namespace."""

    namespace_arn: str
    """The namespace's ARN."""
    namespace_id: str
    """The namespace's id."""
    namespace_name: str
    """The namespace's name."""


@runtime_checkable
class IPrivateDnsNamespace(INamespace, Protocol):
    """A Cloud Map private DNS namespace, defined here or imported."""

    @property
    def private_dns_namespace_ref(self) -> PrivateDnsNamespaceReference:
        """A reference to the namespace: its id and ARN."""
        ...


class _PrivateDnsNamespaceBase(DnsNamespaceBase):
    """What a private DNS namespace, defined here or imported, offers."""

    type = NamespaceType.DNS_PRIVATE

    @property
    def private_dns_namespace_ref(self) -> PrivateDnsNamespaceReference:
        """A reference to the namespace: its id and ARN."""
        return PrivateDnsNamespaceReference(
            private_dns_namespace_arn=self.namespace_arn, private_dns_namespace_id=self.namespace_id
        )


class PrivateDnsNamespace(_PrivateDnsNamespaceBase):
    """A Cloud Map private DNS namespace (`AWS::ServiceDiscovery::PrivateDnsNamespace`)."""

    def __init__(
        self, scope: Construct, id: str, *, name: str, description: str | None = None, vpc: IVpc
    ) -> None:
        props = PrivateDnsNamespaceProps(name=name, description=description, vpc=vpc)
        super().__init__(scope, id)
        namespace = CfnPrivateDnsNamespace(
            self, "Resource", name=props.name, description=props.description, vpc=props.vpc.vpc_id
        )
        self.namespace_name = props.name
        self.namespace_id = namespace.attr_id
        self.namespace_arn = namespace.attr_arn
        self.private_dns_namespace_name = self.namespace_name
        self.private_dns_namespace_id = self.namespace_id
        self.private_dns_namespace_arn = self.namespace_arn
        self.namespace_hosted_zone_id: str = namespace.attr_hosted_zone_id

    @staticmethod
    def from_private_dns_namespace_attributes(
        scope: Construct, id: str, *, namespace_arn: str, namespace_id: str, namespace_name: str
    ) -> IPrivateDnsNamespace:
        """An existing private DNS namespace."""
        attributes = PrivateDnsNamespaceAttributes(
            namespace_arn=namespace_arn, namespace_id=namespace_id, namespace_name=namespace_name
        )
        return _ImportedPrivateDnsNamespace(scope, id, attributes)


class _ImportedPrivateDnsNamespace(_PrivateDnsNamespaceBase):
    def __init__(self, scope: Construct, id: str, attributes: PrivateDnsNamespaceAttributes) -> None:
        super().__init__(scope, id)
        self.namespace_name = attributes.namespace_name
        self.namespace_id = attributes.namespace_id
        self.namespace_arn = attributes.namespace_arn
