"""NonIpInstance: an instance described only by its custom attributes (an ARN, a URL, ...)."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._types import DiscoveryType, IService
from .instance import BaseInstanceProps, InstanceBase


@lazy_frozen(kw_only=True)
class NonIpInstanceBaseProps(BaseInstanceProps, metaclass=LazyAttrsMeta):
    """Options of a non-IP instance."""


@lazy_frozen(kw_only=True)
class NonIpInstanceProps(NonIpInstanceBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a NonIpInstance."""

    service: IService
    """The service to register the instance in."""


class NonIpInstance(InstanceBase):
    """An instance reached by values other than an IP address or a domain name
    (`AWS::ServiceDiscovery::Instance`); they are its custom attributes."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service: IService,
        custom_attributes: Mapping[str, str] | None = None,
        instance_id: str | None = None,
    ) -> None:
        props = NonIpInstanceProps(
            service=service, custom_attributes=custom_attributes, instance_id=instance_id
        )
        super().__init__(scope, id)
        if props.service.discovery_type != DiscoveryType.API:
            raise ValidationError(
                self,
                "the service is discovered by DNS; a NonIpInstance needs a service discovered by API only "
                "(one in an HTTP namespace, or with discovery_type=DiscoveryType.API)",
            )
        if not props.custom_attributes:
            raise ValidationError(
                self,
                f"custom_attributes={props.custom_attributes!r}: a NonIpInstance is described by its custom "
                "attributes; pass at least one",
            )
        self._register(props.service, {}, props.custom_attributes, props.instance_id)
