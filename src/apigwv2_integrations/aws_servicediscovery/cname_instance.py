"""CnameInstance: an instance reached at a domain name."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._types import DnsRecordType, IService
from .instance import BaseInstanceProps, InstanceBase
from .namespace import NamespaceType


@lazy_frozen(kw_only=True)
class CnameInstanceBaseProps(BaseInstanceProps, metaclass=LazyAttrsMeta):
    """Options of a CNAME instance."""

    instance_cname: str
    """The domain name the service's CNAME record points to."""


@lazy_frozen(kw_only=True)
class CnameInstanceProps(CnameInstanceBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a CnameInstance."""

    service: IService
    """The service to register the instance in."""


class CnameInstance(InstanceBase):
    """An instance reached at a domain name (`AWS::ServiceDiscovery::Instance`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        instance_cname: str,
        service: IService,
        custom_attributes: Mapping[str, str] | None = None,
        instance_id: str | None = None,
    ) -> None:
        props = CnameInstanceProps(
            instance_cname=instance_cname,
            service=service,
            custom_attributes=custom_attributes,
            instance_id=instance_id,
        )
        super().__init__(scope, id)
        if props.service.namespace.type == NamespaceType.HTTP:
            raise ValidationError(
                self, "the service is in an HTTP namespace, which has no DNS records; use a DNS namespace"
            )
        if props.service.dns_record_type != DnsRecordType.CNAME:
            raise ValidationError(
                self,
                f"the service has {props.service.dns_record_type.value} records; a CnameInstance needs a "
                "service with dns_record_type=DnsRecordType.CNAME",
            )
        self.cname = props.instance_cname
        self._register(
            props.service,
            {"AWS_INSTANCE_CNAME": props.instance_cname},
            props.custom_attributes,
            props.instance_id,
        )
