"""IpAddresses and Ipv6Addresses: where a VPC's IPv4 and IPv6 space come from and how they are split into
subnets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..cfn.aws_ec2 import CfnVPCCidrBlock
from ..core.construct import Construct
from ..core.converters import to_tuple
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.fn import Fn
from ..core.tokens.token import Token
from ._cidr_splits import CidrSplit, calculate_cidr_splits
from ._vpc_types import SubnetConfiguration
from .network_util import MAX_SUBNET_MASK, MIN_SUBNET_MASK, CidrBlock, NetworkBuilder

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class VpcIpamOptions(metaclass=LazyAttrsMeta):
    """The IPv4 settings of the VPC resource."""

    cidr_block: str | None = None
    """The VPC's CIDR range. Default: none."""
    ipv4_ipam_pool_id: str | None = None
    """The IPAM pool to allocate from. Default: none."""
    ipv4_netmask_length: int | None = None
    """The netmask to ask the IPAM pool for. Default: none."""


@lazy_frozen(kw_only=True)
class RequestedSubnet(metaclass=LazyAttrsMeta):
    """One subnet the VPC wants: its group configuration, AZ and construct id."""

    availability_zone: str
    """The subnet's availability zone."""
    configuration: SubnetConfiguration
    """The subnet group it belongs to."""
    subnet_construct_id: str
    """The id of the subnet construct (`PublicSubnet1`)."""


@lazy_frozen(kw_only=True)
class AllocateCidrRequest(metaclass=LazyAttrsMeta):
    """What a VPC asks its IpAddresses for."""

    requested_subnets: Sequence[RequestedSubnet] = field(converter=to_tuple)
    """The subnets to allocate, in order."""
    vpc_cidr: str
    """The VPC's CIDR range."""


@lazy_frozen(kw_only=True)
class AllocatedSubnet(metaclass=LazyAttrsMeta):
    """The CIDR given to one requested subnet."""

    cidr: str
    """The subnet's IPv4 range."""
    ipv6_cidr: str | None = None
    """The subnet's IPv6 range. Default: none (an IPv4-only subnet)."""


def _to_allocated_subnet(value: AllocatedSubnet | Mapping[str, Any]) -> AllocatedSubnet:
    return AllocatedSubnet(**value) if isinstance(value, Mapping) else value


def _to_allocated_subnets(
    value: Sequence[AllocatedSubnet | Mapping[str, Any]],
) -> tuple[AllocatedSubnet, ...]:
    return tuple(_to_allocated_subnet(v) for v in value)


@lazy_frozen(kw_only=True)
class SubnetIpamOptions(metaclass=LazyAttrsMeta):
    """The CIDRs given to the requested subnets, in the order they were requested."""

    allocated_subnets: Sequence[AllocatedSubnet] = field(converter=_to_allocated_subnets)
    """One entry per requested subnet."""


@lazy_frozen(kw_only=True)
class AllocateIpv6CidrRequest(metaclass=LazyAttrsMeta):
    """What a dual-stack VPC asks its Ipv6Addresses for: an IPv6 range for each allocated subnet."""

    allocated_subnets: Sequence[AllocatedSubnet] = field(converter=_to_allocated_subnets)
    """The subnets, with their IPv4 ranges, in the order they were requested."""
    ipv6_cidrs: Sequence[str] = field(converter=to_tuple)
    """The IPv6 ranges to give them, in the same order."""


@lazy_frozen(kw_only=True)
class AllocateVpcIpv6CidrRequest(metaclass=LazyAttrsMeta):
    """What a dual-stack VPC asks its Ipv6Addresses for: an IPv6 block for the VPC."""

    scope: Construct
    """The VPC construct; the block is defined in it."""
    vpc_id: str
    """The VPC's id."""


@lazy_frozen(kw_only=True)
class CreateIpv6CidrBlocksRequest(metaclass=LazyAttrsMeta):
    """How to split a VPC's IPv6 block into subnet ranges."""

    ipv6_selected_cidr: str
    """The IPv6 block to split."""
    subnet_count: int
    """How many ranges to make (1 to 256)."""
    size_mask: str | None = None
    """The number of host bits of each range. Default: '64' (/64 ranges)."""


@runtime_checkable
class IIpAddresses(Protocol):
    """A provider of a VPC's IPv4 space."""

    def allocate_vpc_cidr(self) -> VpcIpamOptions:
        """The IPv4 settings of the VPC resource."""
        ...

    def allocate_subnets_cidr(
        self, *, requested_subnets: Sequence[RequestedSubnet | Mapping[str, Any]], vpc_cidr: str
    ) -> SubnetIpamOptions:
        """The CIDR of every requested subnet, in order (the fields of `AllocateCidrRequest`, as keywords,
        as aws_cdk passes them)."""
        ...


@runtime_checkable
class IIpv6Addresses(Protocol):
    """A provider of a dual-stack VPC's IPv6 space."""

    amazon_provided: bool
    """Whether the VPC's IPv6 block is Amazon-provided."""

    def allocate_vpc_ipv6_cidr(self, *, scope: Construct, vpc_id: str) -> CfnVPCCidrBlock:
        """The IPv6 block of the VPC, defined in `scope`."""
        ...

    def allocate_subnets_ipv6_cidr(
        self,
        *,
        allocated_subnets: Sequence[AllocatedSubnet | Mapping[str, Any]],
        ipv6_cidrs: Sequence[str],
    ) -> SubnetIpamOptions:
        """The allocated subnets with an IPv6 range each, in order."""
        ...

    def create_ipv6_cidr_blocks(
        self, *, ipv6_selected_cidr: str, subnet_count: int, size_mask: str | None = None
    ) -> list[str]:
        """`subnet_count` IPv6 ranges split from `ipv6_selected_cidr`."""
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
            CidrBlock.parse(self.cidr_block)
        except ValueError:
            return f"{here} is not an IPv4 CIDR range; write it as a.b.c.d/mask, for example '10.0.0.0/16'"
        # As in aws-cdk-lib, the range's own mask is not checked (a /8 holding /24 subnets synthesizes);
        # only the masks of the subnets split from it are.
        return None

    def allocate_vpc_cidr(self) -> VpcIpamOptions:
        # The VPC gets the aligned range its subnets are split from: aws-cdk-lib writes
        # '10.0.1.0/20' as '10.0.16.0/20', the next /20 boundary.
        return VpcIpamOptions(cidr_block=CidrBlock.parse(self.cidr_block).cidr)

    def allocate_subnets_cidr(
        self, *, requested_subnets: Sequence[RequestedSubnet | Mapping[str, Any]], vpc_cidr: str
    ) -> SubnetIpamOptions:
        builder = NetworkBuilder(self.cidr_block)
        allocated: list[AllocatedSubnet] = []
        without_mask: list[int] = []
        subnets = [s if isinstance(s, RequestedSubnet) else RequestedSubnet(**s) for s in requested_subnets]
        for index, requested in enumerate(subnets):
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


@lazy_frozen(kw_only=True)
class AwsIpamProps(metaclass=LazyAttrsMeta):
    """The IPAM pool a VPC's IPv4 range is allocated from, and the netmasks of the range and its subnets."""

    ipv4_ipam_pool_id: str
    """The id of the IPAM pool to allocate the VPC's range from."""
    ipv4_netmask_length: int
    """The netmask of the VPC's range (16 to 28)."""
    default_subnet_ipv4_netmask_length: int | None = None
    """The netmask of the subnets of a group without `cidr_mask`. Default: none; every subnet group then
    needs a `cidr_mask`."""


# The most blocks one Fn::Cidr can make.
_MAX_FN_CIDR_COUNT = 256


def _cidr_split_to_cfn_expression(parent_cidr: str, split: CidrSplit) -> str:
    """The CIDR of `split` as an expression over `parent_cidr`, a range known only at deployment."""
    if split.count == 1:
        return parent_cidr
    if split.count <= _MAX_FN_CIDR_COUNT:
        return Fn.select(split.index, Fn.cidr(parent_cidr, split.count, str(32 - split.netmask)))
    # Fn::Cidr makes at most 256 blocks: as aws-cdk-lib does, split a block 8 bits larger first.
    parent_split = CidrSplit(
        netmask=split.netmask - 8,
        count=-(-split.count // _MAX_FN_CIDR_COUNT),
        index=split.index // _MAX_FN_CIDR_COUNT,
    )
    return _cidr_split_to_cfn_expression(
        _cidr_split_to_cfn_expression(parent_cidr, parent_split),
        CidrSplit(
            netmask=split.netmask,
            count=_MAX_FN_CIDR_COUNT,
            index=split.index - parent_split.index * _MAX_FN_CIDR_COUNT,
        ),
    )


class _AwsIpam:
    """A range allocated from an IPAM pool at deployment, split into subnets with `Fn::Cidr`: in order,
    each aligned to its own size."""

    def __init__(self, props: AwsIpamProps) -> None:
        self.props = props

    def problem(self) -> str | None:
        """What is wrong with the VPC netmask, as `ip_addresses=... problem; fix`, or None."""
        netmask = self.props.ipv4_netmask_length
        # Differs from aws-cdk-lib, which leaves an out-of-range netmask to EC2 at deployment.
        if not MIN_SUBNET_MASK <= netmask <= MAX_SUBNET_MASK:
            return (
                f"ip_addresses={self!r} has ipv4_netmask_length={netmask!r}; a VPC takes a netmask from "
                f"{MIN_SUBNET_MASK} to {MAX_SUBNET_MASK}"
            )
        return None

    def subnets_problem(self, requested_subnets: Sequence[RequestedSubnet]) -> str | None:
        """What stops a subnet group from getting a netmask inside the VPC's range, as
        `subnet_configuration '<name>': ... problem; fix`, or None."""
        try:
            self._subnet_netmasks(requested_subnets)
        except ValueError as error:
            return str(error)
        return None

    def _subnet_netmasks(self, requested_subnets: Sequence[RequestedSubnet]) -> list[int]:
        """The netmask of each requested subnet: its group's `cidr_mask`, else the default one."""
        root = self.props.ipv4_netmask_length
        default = self.props.default_subnet_ipv4_netmask_length
        allowed = f"use a netmask from {root} to {MAX_SUBNET_MASK}"
        netmasks: list[int] = []
        for requested in requested_subnets:
            configuration = requested.configuration
            group = f"subnet_configuration {configuration.name!r}"
            if configuration.cidr_mask is not None:
                # aws-cdk-lib finds this too, as subnets that do not fit in the VPC's range.
                if configuration.cidr_mask < root:
                    raise ValueError(
                        f"{group}: cidr_mask={configuration.cidr_mask!r} makes subnets larger than the "
                        f"/{root} VPC range of ip_addresses={self!r}; {allowed}"
                    )
                netmasks.append(configuration.cidr_mask)
            elif default is None:
                raise ValueError(
                    f"{group}: cidr_mask is not set and ip_addresses={self!r} has no "
                    "default_subnet_ipv4_netmask_length; set cidr_mask on every subnet group or set "
                    "default_subnet_ipv4_netmask_length"
                )
            # aws-cdk-lib finds a default below the VPC's netmask as subnets that do not fit; one above
            # /28 it leaves to EC2 at deployment, and this package rejects it here (a deliberate difference).
            elif not root <= default <= MAX_SUBNET_MASK:
                raise ValueError(
                    f"{group} has no cidr_mask, and default_subnet_ipv4_netmask_length={default!r} of "
                    f"ip_addresses={self!r} is out of range for a /{root} VPC range; {allowed}"
                )
            else:
                netmasks.append(default)
        return netmasks

    def allocate_vpc_cidr(self) -> VpcIpamOptions:
        return VpcIpamOptions(
            ipv4_ipam_pool_id=self.props.ipv4_ipam_pool_id,
            ipv4_netmask_length=self.props.ipv4_netmask_length,
        )

    def allocate_subnets_cidr(
        self, *, requested_subnets: Sequence[RequestedSubnet | Mapping[str, Any]], vpc_cidr: str
    ) -> SubnetIpamOptions:
        request = AllocateCidrRequest(requested_subnets=requested_subnets, vpc_cidr=vpc_cidr)
        subnets = [
            s if isinstance(s, RequestedSubnet) else RequestedSubnet(**s) for s in request.requested_subnets
        ]
        splits = calculate_cidr_splits(self.props.ipv4_netmask_length, self._subnet_netmasks(subnets))
        return SubnetIpamOptions(
            allocated_subnets=[
                AllocatedSubnet(cidr=_cidr_split_to_cfn_expression(request.vpc_cidr, split))
                for split in splits
            ]
        )

    def __repr__(self) -> str:
        props = self.props
        default = props.default_subnet_ipv4_netmask_length
        return (
            f"IpAddresses.aws_ipam_allocation(ipv4_ipam_pool_id={props.ipv4_ipam_pool_id!r}, "
            f"ipv4_netmask_length={props.ipv4_netmask_length!r}"
            + ("" if default is None else f", default_subnet_ipv4_netmask_length={default!r}")
            + ")"
        )


class IpAddresses:
    """Factories of IPv4 address providers for a VPC."""

    @staticmethod
    def cidr(cidr_block: str) -> IIpAddresses:
        """A fixed CIDR range (a mask from /16 to /28), split across the subnets."""
        return _Cidr(cidr_block)

    @staticmethod
    def aws_ipam_allocation(
        *,
        ipv4_ipam_pool_id: str,
        ipv4_netmask_length: int,
        default_subnet_ipv4_netmask_length: int | None = None,
    ) -> IIpAddresses:
        """A range of `ipv4_netmask_length` allocated from an IPAM pool at deployment (the fields of
        `AwsIpamProps`), split across the subnets in order."""
        return _AwsIpam(
            AwsIpamProps(
                ipv4_ipam_pool_id=ipv4_ipam_pool_id,
                ipv4_netmask_length=ipv4_netmask_length,
                default_subnet_ipv4_netmask_length=default_subnet_ipv4_netmask_length,
            )
        )


# The host bits of each subnet's IPv6 range: every subnet gets a /64.
_IPV6_SUBNET_SIZE_MASK = "64"


class _AmazonProvidedIpv6:
    """An Amazon-provided /56 IPv6 block, split into /64 ranges with `Fn::Cidr`."""

    def __init__(self) -> None:
        self.amazon_provided = True

    def allocate_vpc_ipv6_cidr(self, *, scope: Construct, vpc_id: str) -> CfnVPCCidrBlock:
        request = AllocateVpcIpv6CidrRequest(scope=scope, vpc_id=vpc_id)
        # The construct id matches aws-cdk-lib's, so the logical ID (`<Vpc>ipv6cidr<hash>`) does too.
        return CfnVPCCidrBlock(
            request.scope,
            "ipv6cidr",
            vpc_id=request.vpc_id,
            amazon_provided_ipv6_cidr_block=self.amazon_provided,
        )

    def allocate_subnets_ipv6_cidr(
        self,
        *,
        allocated_subnets: Sequence[AllocatedSubnet | Mapping[str, Any]],
        ipv6_cidrs: Sequence[str],
    ) -> SubnetIpamOptions:
        request = AllocateIpv6CidrRequest(allocated_subnets=allocated_subnets, ipv6_cidrs=ipv6_cidrs)
        # As aws-cdk-lib does, subnets beyond the given ranges stay IPv4-only.
        return SubnetIpamOptions(
            allocated_subnets=[
                AllocatedSubnet(
                    cidr=subnet.cidr,
                    ipv6_cidr=request.ipv6_cidrs[index] if index < len(request.ipv6_cidrs) else None,
                )
                for index, subnet in enumerate(request.allocated_subnets)
            ]
        )

    def create_ipv6_cidr_blocks(
        self, *, ipv6_selected_cidr: str, subnet_count: int, size_mask: str | None = None
    ) -> list[str]:
        request = CreateIpv6CidrBlocksRequest(
            ipv6_selected_cidr=ipv6_selected_cidr, subnet_count=subnet_count, size_mask=size_mask
        )
        return Fn.cidr(
            request.ipv6_selected_cidr, request.subnet_count, request.size_mask or _IPV6_SUBNET_SIZE_MASK
        )

    def __repr__(self) -> str:
        return "Ipv6Addresses.amazon_provided()"


class Ipv6Addresses:
    """Factories of IPv6 address providers for a dual-stack VPC."""

    @staticmethod
    def amazon_provided() -> IIpv6Addresses:
        """An Amazon-provided IPv6 block for the VPC, split into a /64 range per subnet."""
        return _AmazonProvidedIpv6()
