"""IpAddresses: where a VPC's IPv4 space comes from and how it is split into subnets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from ..core.converters import to_tuple
from ..core.struct import field, lazy_frozen
from ..core.tokens.token import Token
from ._vpc_types import SubnetConfiguration
from .network_util import MAX_SUBNET_MASK, MIN_SUBNET_MASK, CidrBlock, NetworkBuilder


@lazy_frozen(kw_only=True)
class VpcIpamOptions:
    """The IPv4 settings of the VPC resource."""

    cidr_block: str | None = None
    """The VPC's CIDR range. Default: none."""
    ipv4_ipam_pool_id: str | None = None
    """The IPAM pool to allocate from. Default: none."""
    ipv4_netmask_length: int | None = None
    """The netmask to ask the IPAM pool for. Default: none."""


@lazy_frozen(kw_only=True)
class RequestedSubnet:
    """One subnet the VPC wants: its group configuration, AZ and construct id."""

    availability_zone: str
    """The subnet's availability zone."""
    configuration: SubnetConfiguration
    """The subnet group it belongs to."""
    subnet_construct_id: str
    """The id of the subnet construct (`PublicSubnet1`)."""


@lazy_frozen(kw_only=True)
class AllocateCidrRequest:
    """What a VPC asks its IpAddresses for."""

    requested_subnets: Sequence[RequestedSubnet] = field(converter=to_tuple)
    """The subnets to allocate, in order."""
    vpc_cidr: str
    """The VPC's CIDR range."""


@lazy_frozen(kw_only=True)
class AllocatedSubnet:
    """The CIDR given to one requested subnet."""

    cidr: str
    """The subnet's CIDR range."""


@lazy_frozen(kw_only=True)
class SubnetIpamOptions:
    """The CIDRs given to the requested subnets, in the order they were requested."""

    allocated_subnets: Sequence[AllocatedSubnet] = field(converter=to_tuple)
    """One entry per requested subnet."""


@runtime_checkable
class IIpAddresses(Protocol):
    """A provider of a VPC's IPv4 space."""

    def allocate_vpc_cidr(self) -> VpcIpamOptions:
        """The IPv4 settings of the VPC resource."""
        ...

    def allocate_subnets_cidr(self, input: AllocateCidrRequest) -> SubnetIpamOptions:  # noqa: A002 - aws_cdk's keyword
        """The CIDR of every requested subnet."""
        ...


class _Cidr:
    """A fixed CIDR range, split into subnets in order: groups with a mask first, the rest evenly."""

    def __init__(self, cidr_block: str) -> None:
        self.cidr_block = cidr_block

    def problem(self) -> str | None:
        """What is wrong with the range, as `ip_addresses=... problem; fix`, or None."""
        here = f"ip_addresses={self!r}"
        if Token.is_unresolved(self.cidr_block):
            return (
                f"{here} is a token; the range must be known at synth to split it into subnets, "
                "so pass a literal like '10.0.0.0/16'"
            )
        try:
            block = CidrBlock.parse(self.cidr_block)
        except ValueError:
            return f"{here} is not an IPv4 CIDR range; write it as a.b.c.d/mask, for example '10.0.0.0/16'"
        if not MIN_SUBNET_MASK <= block.mask <= MAX_SUBNET_MASK:
            return (
                f"{here} has a /{block.mask} mask; a VPC takes a mask from /{MIN_SUBNET_MASK} "
                f"to /{MAX_SUBNET_MASK}"
            )
        return None

    def allocate_vpc_cidr(self) -> VpcIpamOptions:
        return VpcIpamOptions(cidr_block=self.cidr_block)

    def allocate_subnets_cidr(self, input: AllocateCidrRequest) -> SubnetIpamOptions:  # noqa: A002 - aws_cdk's keyword
        builder = NetworkBuilder(self.cidr_block)
        allocated: list[AllocatedSubnet] = []
        without_mask: list[int] = []
        for index, requested in enumerate(input.requested_subnets):
            mask = requested.configuration.cidr_mask
            if mask is None:
                without_mask.append(index)
            else:
                allocated.append(AllocatedSubnet(cidr=builder.add_subnet(mask)))
        if without_mask:
            mask = builder.mask_for_remaining_subnets(len(without_mask))
            if mask > MAX_SUBNET_MASK:
                raise ValueError(
                    f"{len(without_mask)} subnets without cidr_mask would each get less than a "
                    f"/{MAX_SUBNET_MASK}; use a larger VPC range, fewer subnet groups or fewer "
                    "availability zones"
                )
            # Subnets without a mask are placed after the others in the address space but keep
            # their position in the list.
            for index in without_mask:
                allocated.insert(index, AllocatedSubnet(cidr=builder.add_subnet(mask)))
        return SubnetIpamOptions(allocated_subnets=allocated)

    def __repr__(self) -> str:
        return f"IpAddresses.cidr({self.cidr_block!r})"


class IpAddresses:
    """Factories of IPv4 address providers for a VPC."""

    @staticmethod
    def cidr(cidr_block: str) -> IIpAddresses:
        """A fixed CIDR range (a mask from /16 to /28), split across the subnets."""
        return _Cidr(cidr_block)
