"""What every Cloud Map instance has: IInstance, BaseInstanceProps and InstanceBase."""

from __future__ import annotations

from collections.abc import Mapping

from ..cfn.aws_servicediscovery import CfnInstance, InstanceReference
from ..core.names import Names
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._types import IService

if TYPE_CHECKING:
    from typing import Any

# Cloud Map takes instance ids of at most 64 characters.
_MAX_INSTANCE_ID_LENGTH = 64


@runtime_checkable
class IInstance(IResource, Protocol):
    """An instance registered in a Cloud Map service."""

    @property
    def instance_id(self) -> str:
        """The instance's id."""
        ...

    @property
    def service(self) -> IService:
        """The service the instance is registered in."""
        ...

    @property
    def instance_ref(self) -> InstanceReference:
        """A reference to the instance: its id and its service's."""
        ...


@lazy_frozen(kw_only=True)
class BaseInstanceProps(metaclass=LazyAttrsMeta):
    """Options of every instance."""

    custom_attributes: Mapping[str, str] | None = None
    """Attributes of the instance besides those its kind sets. Default: none."""
    instance_id: str | None = None
    """The instance's id. Default: made from the construct's path."""


class InstanceBase(Resource):
    """An instance of a service (`AWS::ServiceDiscovery::Instance`); subclasses set its attributes."""

    instance_id: str
    service: IService

    @property
    def instance_ref(self) -> InstanceReference:
        """A reference to the instance: its id and its service's."""
        return InstanceReference(instance_id=self.instance_id, service_id=self.service.service_id)

    def unique_instance_id(self) -> str:
        """An id made from the construct's path, cut to the 64 characters Cloud Map allows (from the end)."""
        return Names.unique_id(self)[-_MAX_INSTANCE_ID_LENGTH:]

    def _register(
        self,
        service: IService,
        attributes: dict[str, Any],
        custom_attributes: Mapping[str, str] | None,
        instance_id: str | None,
    ) -> None:
        # Custom attributes come last and win over the kind's own (a key keeps its first position).
        resource = CfnInstance(
            self,
            "Resource",
            instance_attributes={**attributes, **(custom_attributes or {})},
            instance_id=instance_id or self.unique_instance_id(),
            service_id=service.service_id,
        )
        self.service = service
        self.instance_id = resource.ref
