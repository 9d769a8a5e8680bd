"""HttpNamespace: a Cloud Map namespace discovered by API calls only."""

from __future__ import annotations

from collections.abc import Mapping

from ..cfn.aws_servicediscovery import CfnHttpNamespace, HttpNamespaceReference
from ..core.construct import Construct
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen
from .namespace import BaseNamespaceProps, INamespace, NamespaceType
from .service import HealthCheckConfig, HealthCheckCustomConfig, Service

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class HttpNamespaceProps(BaseNamespaceProps, metaclass=LazyAttrsMeta):
    """Properties of a HttpNamespace."""


@lazy_frozen(kw_only=True)
class HttpNamespaceAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing HTTP namespace."""

    namespace_arn: str
    """The namespace's ARN."""
    namespace_id: str
    """The namespace's id."""
    namespace_name: str
    """The namespace's name."""


@runtime_checkable
class IHttpNamespace(INamespace, Protocol):
    """A Cloud Map HTTP namespace, defined here or imported."""

    @property
    def http_namespace_ref(self) -> HttpNamespaceReference:
        """A reference to the namespace: its id and ARN."""
        ...


class _HttpNamespaceBase(Resource):
    """What a HTTP namespace, defined here or imported, offers."""

    type = NamespaceType.HTTP
    namespace_name: str
    namespace_id: str
    namespace_arn: str

    @property
    def http_namespace_ref(self) -> HttpNamespaceReference:
        """A reference to the namespace: its id and ARN."""
        return HttpNamespaceReference(
            http_namespace_arn=self.namespace_arn, http_namespace_id=self.namespace_id
        )

    def create_service(
        self,
        id: str,
        *,
        custom_health_check: HealthCheckCustomConfig | Mapping[str, Any] | None = None,
        description: str | None = None,
        health_check: HealthCheckConfig | Mapping[str, Any] | None = None,
        name: str | None = None,
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
        )


class HttpNamespace(_HttpNamespaceBase):
    """A Cloud Map HTTP namespace (`AWS::ServiceDiscovery::HttpNamespace`)."""

    def __init__(self, scope: Construct, id: str, *, name: str, description: str | None = None) -> None:
        props = HttpNamespaceProps(name=name, description=description)
        super().__init__(scope, id)
        namespace = CfnHttpNamespace(self, "Resource", name=props.name, description=props.description)
        self.namespace_name = props.name
        self.namespace_id = namespace.attr_id
        self.namespace_arn = namespace.attr_arn
        self.http_namespace_name = self.namespace_name
        self.http_namespace_id = self.namespace_id
        self.http_namespace_arn = self.namespace_arn

    @staticmethod
    def from_http_namespace_attributes(
        scope: Construct, id: str, *, namespace_arn: str, namespace_id: str, namespace_name: str
    ) -> IHttpNamespace:
        """An existing HTTP namespace."""
        attributes = HttpNamespaceAttributes(
            namespace_arn=namespace_arn, namespace_id=namespace_id, namespace_name=namespace_name
        )
        return _ImportedHttpNamespace(scope, id, attributes)


class _ImportedHttpNamespace(_HttpNamespaceBase):
    def __init__(self, scope: Construct, id: str, attributes: HttpNamespaceAttributes) -> None:
        super().__init__(scope, id)
        self.namespace_name = attributes.namespace_name
        self.namespace_id = attributes.namespace_id
        self.namespace_arn = attributes.namespace_arn
