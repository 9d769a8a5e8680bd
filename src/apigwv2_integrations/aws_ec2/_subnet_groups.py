"""Subnet group naming and the subnet groups of imported VPCs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.construct import Construct
from ..core.errors import ValidationError
from ._vpc_types import ISubnet, SubnetType

_GROUP_SUFFIX = re.compile(r"Subnet\d+$")


def subnet_construct_id(group_name: str, index: int) -> str:
    """The construct id of the `index`-th (0-based) subnet of a group: `PublicSubnet1`."""
    return f"{group_name}Subnet{index + 1}"


def subnet_group_name_of(subnet: ISubnet) -> str:
    """The group a VPC subnet belongs to, read back from its construct id."""
    return _GROUP_SUFFIX.sub("", subnet.node.id)


def default_subnet_group_name(subnet_type: SubnetType) -> str:
    """The group name aws_cdk gives subnets of a type when none is set."""
    if subnet_type.name == "PUBLIC":
        return "Public"
    if subnet_type.name == "PRIVATE_ISOLATED":
        return "Isolated"
    return "Private"


def route_table_ids_of(subnets: Sequence[ISubnet]) -> list[str]:
    """The distinct route table ids of `subnets`, in order, skipping subnets imported without one."""
    ids: list[str] = []
    for subnet in subnets:
        route_table_id = getattr(subnet, "_route_table_id", None)
        if route_table_id is None and not hasattr(subnet, "_route_table_id"):
            route_table_id = subnet.route_table.route_table_id
        if route_table_id is not None and route_table_id not in ids:
            ids.append(route_table_id)
    return ids


class ImportedSubnetAttributes:
    """One subnet of an imported VPC: its construct id and `Subnet.from_subnet_attributes` keywords."""

    __slots__ = ("availability_zone", "construct_id", "ipv4_cidr_block", "route_table_id", "subnet_id")

    def __init__(
        self,
        construct_id: str,
        subnet_id: str,
        availability_zone: str,
        route_table_id: str | None,
        ipv4_cidr_block: str | None,
    ) -> None:
        self.construct_id = construct_id
        self.subnet_id = subnet_id
        self.availability_zone = availability_zone
        self.route_table_id = route_table_id
        self.ipv4_cidr_block = ipv4_cidr_block


class ImportedSubnetGroup:
    """The subnets of one type of an imported VPC, split into groups of one subnet per AZ."""

    def __init__(
        self,
        scope: Construct,
        *,
        subnet_type: SubnetType,
        availability_zones: Sequence[str],
        subnet_ids: Sequence[str] | None,
        names: Sequence[str] | None,
        route_table_ids: Sequence[str] | None,
        ipv4_cidr_blocks: Sequence[str] | None,
        field_prefix: str,
    ) -> None:
        self._scope = scope
        self._zones = list(availability_zones)
        self._subnet_ids = list(subnet_ids or [])
        self._route_table_ids = list(route_table_ids) if route_table_ids is not None else None
        self._cidrs = list(ipv4_cidr_blocks) if ipv4_cidr_blocks is not None else None
        count = len(self._subnet_ids)
        ids_field = f"{field_prefix}_subnet_ids"
        if self._subnet_ids and (not self._zones or count % len(self._zones)):
            raise ValidationError(
                scope,
                f"{ids_field} has {count} entries, which is not a multiple of the "
                f"{len(self._zones)} availability_zones; give one subnet per availability zone in each group",
            )
        self._groups = count // len(self._zones) if self._zones else 0
        for suffix, values in (("route_table_ids", self._route_table_ids), ("ipv4_cidr_blocks", self._cidrs)):
            if values is not None and len(values) != count:
                raise ValidationError(
                    scope,
                    f"{field_prefix}_subnet_{suffix} has {len(values)} entries and {ids_field} has {count}; "
                    "give one per subnet",
                )
        self._names = self._normalized_names(names, default_subnet_group_name(subnet_type), field_prefix)

    def _normalized_names(self, names: Sequence[str] | None, default: str, field_prefix: str) -> list[str]:
        if not names:
            # Differs from aws-cdk-lib: there only the first group takes the default name and the subnets of
            # later groups are named "undefinedSubnet<N>"; here every unnamed group takes the default name.
            return [default] * max(self._groups, 1)
        if len(names) != self._groups:
            raise ValidationError(
                self._scope,
                f"{field_prefix}_subnet_names={list(names)!r} has {len(names)} names for {self._groups} "
                "subnet groups; give one name per group",
            )
        return list(names)

    def subnet_attributes(self) -> list[ImportedSubnetAttributes]:
        """What identifies each subnet of the group, in order; the VPC creates the subnet constructs."""
        found = []
        for index, subnet_id in enumerate(self._subnet_ids):
            group = index // len(self._zones)
            found.append(
                ImportedSubnetAttributes(
                    construct_id=subnet_construct_id(self._names[group], index),
                    subnet_id=subnet_id,
                    availability_zone=self._zones[index % len(self._zones)],
                    route_table_id=self._route_table_ids[index]
                    if self._route_table_ids is not None
                    else None,
                    ipv4_cidr_block=self._cidrs[index] if self._cidrs is not None else None,
                )
            )
        return found
