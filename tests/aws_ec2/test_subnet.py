"""SubnetFilter: filters applied to selected subnets."""

from __future__ import annotations

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import SubnetFilter, SubnetType, Vpc


def _public_ids(stack: Stack, subnet_filter: SubnetFilter) -> list[str]:
    vpc = Vpc.from_vpc_attributes(
        stack,
        "Vpc",
        vpc_id="vpc-1",
        availability_zones=["a", "b"],
        public_subnet_ids=["s1", "s2"],
        public_subnet_ipv4_cidr_blocks=["10.0.0.0/24", "10.0.1.0/25"],
    )
    return list(vpc.select_subnets(subnet_type=SubnetType.PUBLIC, subnet_filters=[subnet_filter]).subnet_ids)


def test_filter_by_availability_zone(stack: Stack) -> None:
    assert _public_ids(stack, SubnetFilter.availability_zones(["b"])) == ["s2"]


def test_filter_by_ids(stack: Stack) -> None:
    assert _public_ids(stack, SubnetFilter.by_ids(["s1"])) == ["s1"]


def test_filter_by_cidr_mask(stack: Stack) -> None:
    assert _public_ids(stack, SubnetFilter.by_cidr_mask(25)) == ["s2"]


def test_filter_by_cidr_ranges(stack: Stack) -> None:
    assert _public_ids(stack, SubnetFilter.by_cidr_ranges(["10.0.1.0/24"])) == ["s2"]


def test_filter_by_contained_address(stack: Stack) -> None:
    assert _public_ids(stack, SubnetFilter.contains_ip_addresses(["10.0.0.7"])) == ["s1"]
