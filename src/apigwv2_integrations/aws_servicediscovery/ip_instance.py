"""IpInstance: an instance reached at an IPv4 or IPv6 address and a port."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token
from ._types import DnsRecordType, IService
from .instance import BaseInstanceProps, InstanceBase

if TYPE_CHECKING:
    from typing import Any

_DEFAULT_PORT = 80


@lazy_frozen(kw_only=True)
class IpInstanceBaseProps(BaseInstanceProps, metaclass=LazyAttrsMeta):
    """Options of an IP instance."""

    ipv4: str | None = None
    """Its IPv4 address (needed when the service has A records). Default: none."""
    ipv6: str | None = None
    """Its IPv6 address (needed when the service has AAAA records). Default: none."""
    port: float | None = None
    """Its port (needed when the service has SRV records). Default: 80."""


@lazy_frozen(kw_only=True)
class IpInstanceProps(IpInstanceBaseProps, metaclass=LazyAttrsMeta):
    """Properties of an IpInstance."""

    service: IService
    """The service to register the instance in."""


def _problem(record_type: DnsRecordType, props: IpInstanceProps) -> str | None:
    """What the service's DNS records need that the instance lacks (aws_cdk checks the values' truth)."""
    if record_type == DnsRecordType.CNAME:
        return (
            "the service has CNAME records, which an IP instance cannot have; register a CnameInstance "
            "there, or use a service with A, AAAA or SRV records"
        )
    if record_type in (DnsRecordType.A, DnsRecordType.A_AAAA) and not props.ipv4:
        return (
            f"ipv4={props.ipv4!r}: the service has {record_type.value} records; pass ipv4=<an IPv4 address>"
        )
    if record_type in (DnsRecordType.AAAA, DnsRecordType.A_AAAA) and not props.ipv6:
        return (
            f"ipv6={props.ipv6!r}: the service has {record_type.value} records; pass ipv6=<an IPv6 address>"
        )
    if record_type == DnsRecordType.SRV and not props.port:
        return f"port={props.port!r}: the service has SRV records; pass port=<the instance's port>"
    return None


class IpInstance(InstanceBase):
    """An instance reached at an IP address (`AWS::ServiceDiscovery::Instance`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service: IService,
        ipv4: str | None = None,
        ipv6: str | None = None,
        port: float | None = None,
        custom_attributes: Mapping[str, str] | None = None,
        instance_id: str | None = None,
    ) -> None:
        props = IpInstanceProps(
            service=service,
            ipv4=ipv4,
            ipv6=ipv6,
            port=port,
            custom_attributes=custom_attributes,
            instance_id=instance_id,
        )
        super().__init__(scope, id)
        problem = _problem(props.service.dns_record_type, props)
        if problem is not None:
            raise ValidationError(self, problem)
        self.ipv4 = props.ipv4 or ""
        self.ipv6 = props.ipv6 or ""
        self.port = props.port or _DEFAULT_PORT
        attributes: dict[str, Any] = {}
        if props.ipv4:
            attributes["AWS_INSTANCE_IPV4"] = props.ipv4
        if props.ipv6:
            attributes["AWS_INSTANCE_IPV6"] = props.ipv6
        attributes["AWS_INSTANCE_PORT"] = _port_text(self.port)
        self._register(props.service, attributes, props.custom_attributes, props.instance_id)


def _port_text(port: float) -> str:
    if Token.is_unresolved(port):
        return Token.as_string(port)
    # JavaScript's String(port): whole numbers without ".0".
    return str(int(port)) if isinstance(port, float) and port.is_integer() else str(port)
