"""NatProvider: how private subnets reach the internet (NAT gateways)."""

from __future__ import annotations

import abc
from collections.abc import Sequence

from ..core.converters import optional_tuple, to_tuple
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from .vpc import PrivateSubnet, PublicSubnet, Vpc


@lazy_frozen(kw_only=True)
class GatewayConfig(metaclass=LazyAttrsMeta):
    """A NAT gateway and the AZ it serves."""

    az: str
    """The gateway's availability zone."""
    gateway_id: str
    """The gateway's id."""


@lazy_frozen(kw_only=True)
class ConfigureNatOptions(metaclass=LazyAttrsMeta):
    """What a VPC hands its NatProvider: where to put NAT and which subnets to route through it."""

    nat_subnets: Sequence[PublicSubnet] = field(converter=to_tuple)
    """The public subnets to create NAT in."""
    private_subnets: Sequence[PrivateSubnet] = field(converter=to_tuple)
    """The private subnets to route through NAT."""
    vpc: Vpc
    """The VPC being built."""


@lazy_frozen(kw_only=True)
class NatGatewayProps(metaclass=LazyAttrsMeta):
    """Properties of NAT gateways."""

    eip_allocation_ids: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Existing Elastic IP allocations, used in turn. Default: a new Elastic IP per gateway."""
    max_drain_duration: Duration | None = None
    """How long a gateway drains connections when its Elastic IP is released. Default: 350 seconds."""


class NatProvider(abc.ABC):
    """Creates NAT for a VPC and routes its private subnets through it."""

    @staticmethod
    def gateway(
        *, eip_allocation_ids: Sequence[str] | None = None, max_drain_duration: Duration | None = None
    ) -> NatGatewayProvider:
        """Managed NAT gateways, one per selected public subnet."""
        return NatGatewayProvider(
            eip_allocation_ids=eip_allocation_ids, max_drain_duration=max_drain_duration
        )

    @property
    @abc.abstractmethod
    def configured_gateways(self) -> list[GatewayConfig]:
        """The gateways created so far."""

    @abc.abstractmethod
    def configure_nat(
        self, *, vpc: Vpc, nat_subnets: Sequence[PublicSubnet], private_subnets: Sequence[PrivateSubnet]
    ) -> None:
        """Create the NAT resources in `nat_subnets` and route `private_subnets` through them (the fields of
        `ConfigureNatOptions`, as keywords; an override may take the struct as one argument instead)."""

    @abc.abstractmethod
    def configure_subnet(self, subnet: PrivateSubnet) -> None:
        """Route one private subnet through NAT."""


def _check_max_drain_duration(duration: Duration | None) -> None:
    if duration is None or Token.is_unresolved(duration.to_milliseconds()):
        return
    seconds = duration.to_seconds(integral=False)
    if not 1 <= seconds <= 4000:
        raise ValidationError(None, f"max_drain_duration={duration!r} is out of range; use 1 to 4000 seconds")
    if seconds != int(seconds):
        raise ValidationError(
            None, f"max_drain_duration={duration!r} is not a whole number of seconds; round it"
        )


class NatGatewayProvider(NatProvider):
    """NAT gateways with an Elastic IP each; a private subnet uses its AZ's gateway, else the next one."""

    def __init__(
        self, *, eip_allocation_ids: Sequence[str] | None = None, max_drain_duration: Duration | None = None
    ) -> None:
        self._props = NatGatewayProps(
            eip_allocation_ids=eip_allocation_ids, max_drain_duration=max_drain_duration
        )
        _check_max_drain_duration(self._props.max_drain_duration)
        self._gateways: list[GatewayConfig] = []
        self._next = 0

    @property
    def configured_gateways(self) -> list[GatewayConfig]:
        return list(self._gateways)

    def configure_nat(
        self, *, vpc: Vpc, nat_subnets: Sequence[PublicSubnet], private_subnets: Sequence[PrivateSubnet]
    ) -> None:
        allocations = self._props.eip_allocation_ids
        if (
            allocations is not None
            and not Token.is_unresolved(list(allocations))
            and len(allocations) < len(nat_subnets)
        ):
            raise ValidationError(
                vpc,
                f"eip_allocation_ids={list(allocations)!r} has {len(allocations)} allocation ids for "
                f"{len(nat_subnets)} NAT gateways; give one Elastic IP allocation per gateway "
                "(or lower nat_gateways)",
            )
        for index, subnet in enumerate(nat_subnets):
            allocation = allocations[index % len(allocations)] if allocations else None
            gateway = subnet.add_nat_gateway(allocation, max_drain_duration=self._props.max_drain_duration)
            self._gateways.append(GatewayConfig(az=subnet.availability_zone, gateway_id=gateway.ref))
        for private in private_subnets:
            self.configure_subnet(private)

    def configure_subnet(self, subnet: PrivateSubnet) -> None:
        subnet.add_default_nat_route(self._gateway_for(subnet.availability_zone))

    def _gateway_for(self, az: str) -> str:
        by_az = {gateway.az: gateway.gateway_id for gateway in self._gateways}
        if az in by_az:
            return by_az[az]
        # A subnet in an AZ without a gateway uses the gateways in turn.
        chosen = self._gateways[self._next % len(self._gateways)]
        self._next += 1
        return chosen.gateway_id
