"""SubnetFilter: narrows a subnet selection (by AZ, one per AZ, ids, CIDR masks or contained addresses)."""

from __future__ import annotations

from collections.abc import Sequence

from ._vpc_types import ISubnet
from .network_util import CidrBlock, NetworkUtils


class SubnetFilter:
    """A filter applied to the subnets a selection picked; subclass it and override `select_subnets`."""

    def select_subnets(self, subnets: Sequence[ISubnet]) -> list[ISubnet]:
        """Return the subnets that pass the filter (default: all of them)."""
        return list(subnets)

    @staticmethod
    def availability_zones(availability_zones: Sequence[str]) -> SubnetFilter:
        """Keep the subnets in the given availability zones."""
        return _AvailabilityZoneFilter(availability_zones)

    @staticmethod
    def one_per_az() -> SubnetFilter:
        """Keep the first subnet of each availability zone."""
        return _OnePerAzFilter()

    @staticmethod
    def by_ids(subnet_ids: Sequence[str]) -> SubnetFilter:
        """Keep the subnets with the given ids."""
        return _IdsFilter(subnet_ids)

    @staticmethod
    def by_cidr_mask(mask: int) -> SubnetFilter:
        """Keep the subnets whose CIDR has this mask."""
        return _CidrMaskFilter(mask)

    @staticmethod
    def by_cidr_ranges(cidrs: Sequence[str]) -> SubnetFilter:
        """Keep the subnets that lie inside one of the given CIDR ranges."""
        return _CidrRangesFilter(cidrs)

    @staticmethod
    def contains_ip_addresses(ipv4addrs: Sequence[str]) -> SubnetFilter:
        """Keep the subnets that contain one of the given IPv4 addresses."""
        return _ContainsIpFilter(ipv4addrs)


class _AvailabilityZoneFilter(SubnetFilter):
    def __init__(self, availability_zones: Sequence[str]) -> None:
        self._zones = list(availability_zones)

    def select_subnets(self, subnets: Sequence[ISubnet]) -> list[ISubnet]:
        return [s for s in subnets if s.availability_zone in self._zones]

    def __repr__(self) -> str:
        return f"SubnetFilter.availability_zones({self._zones!r})"


class _OnePerAzFilter(SubnetFilter):
    def select_subnets(self, subnets: Sequence[ISubnet]) -> list[ISubnet]:
        seen: set[str] = set()
        kept = []
        for subnet in subnets:
            if subnet.availability_zone not in seen:
                seen.add(subnet.availability_zone)
                kept.append(subnet)
        return kept

    def __repr__(self) -> str:
        return "SubnetFilter.one_per_az()"


class _IdsFilter(SubnetFilter):
    def __init__(self, subnet_ids: Sequence[str]) -> None:
        self._ids = list(subnet_ids)

    def select_subnets(self, subnets: Sequence[ISubnet]) -> list[ISubnet]:
        return [s for s in subnets if s.subnet_id in self._ids]

    def __repr__(self) -> str:
        return f"SubnetFilter.by_ids({self._ids!r})"


class _CidrMaskFilter(SubnetFilter):
    def __init__(self, mask: int) -> None:
        self._mask = mask

    def select_subnets(self, subnets: Sequence[ISubnet]) -> list[ISubnet]:
        return [s for s in subnets if CidrBlock.parse(s.ipv4_cidr_block).mask == self._mask]

    def __repr__(self) -> str:
        return f"SubnetFilter.by_cidr_mask({self._mask!r})"


class _CidrRangesFilter(SubnetFilter):
    def __init__(self, cidrs: Sequence[str]) -> None:
        self._ranges = [CidrBlock.parse(c) for c in cidrs]
        self._cidrs = list(cidrs)

    def select_subnets(self, subnets: Sequence[ISubnet]) -> list[ISubnet]:
        return [
            s
            for s in subnets
            if any(r.contains_cidr(CidrBlock.parse(s.ipv4_cidr_block)) for r in self._ranges)
        ]

    def __repr__(self) -> str:
        return f"SubnetFilter.by_cidr_ranges({self._cidrs!r})"


class _ContainsIpFilter(SubnetFilter):
    def __init__(self, addresses: Sequence[str]) -> None:
        self._addresses = list(addresses)

    def select_subnets(self, subnets: Sequence[ISubnet]) -> list[ISubnet]:
        numbers = [NetworkUtils.ip_to_num(a) for a in self._addresses]
        kept = []
        for subnet in subnets:
            block = CidrBlock.parse(subnet.ipv4_cidr_block)
            if any(block.min_address() <= n <= block.max_address() for n in numbers):
                kept.append(subnet)
        return kept

    def __repr__(self) -> str:
        return f"SubnetFilter.contains_ip_addresses({self._addresses!r})"
