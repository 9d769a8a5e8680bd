"""IpAddresses.cidr: subnets with a mask first, the rest split evenly, positions kept; and
Ipv6Addresses.amazon_provided: an Amazon-provided block split into /64 ranges."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import (
    AllocatedSubnet,
    IIpv6Addresses,
    IpAddresses,
    Ipv6Addresses,
    RequestedSubnet,
    SubnetConfiguration,
    SubnetType,
)


def test_cidr_allocates_masked_subnets_before_the_rest() -> None:
    web = SubnetConfiguration(name="web", subnet_type=SubnetType.PUBLIC)
    db = SubnetConfiguration(name="db", subnet_type=SubnetType.PRIVATE_ISOLATED, cidr_mask=24)
    # As aws_cdk calls it: the fields of AllocateCidrRequest as keywords (a subnet may be a dict).
    allocated = (
        IpAddresses.cidr("10.0.0.0/16")
        .allocate_subnets_cidr(
            vpc_cidr="10.0.0.0/16",
            requested_subnets=[
                RequestedSubnet(availability_zone="a", configuration=web, subnet_construct_id="webSubnet1"),
                {"availability_zone": "a", "configuration": db, "subnet_construct_id": "dbSubnet1"},
            ],
        )
        .allocated_subnets
    )
    assert [a.cidr for a in allocated] == ["10.0.128.0/17", "10.0.0.0/24"]


def test_cidr_gives_the_vpc_its_block() -> None:
    assert IpAddresses.cidr("10.1.0.0/16").allocate_vpc_cidr().cidr_block == "10.1.0.0/16"


def test_amazon_provided_ipv6_splits_the_block_into_64_bit_ranges(stack: Stack) -> None:
    ranges = Ipv6Addresses.amazon_provided().create_ipv6_cidr_blocks(
        ipv6_selected_cidr="2001:db8::/56", subnet_count=3
    )
    assert stack.resolve(ranges) == {"Fn::Cidr": ["2001:db8::/56", 3, "64"]}


def test_amazon_provided_ipv6_takes_a_size_mask(stack: Stack) -> None:
    ranges = Ipv6Addresses.amazon_provided().create_ipv6_cidr_blocks(
        ipv6_selected_cidr="2001:db8::/56", subnet_count=2, size_mask="60"
    )
    assert stack.resolve(ranges) == {"Fn::Cidr": ["2001:db8::/56", 2, "60"]}


def test_amazon_provided_ipv6_pairs_ranges_with_subnets_in_order() -> None:
    allocated = (
        Ipv6Addresses.amazon_provided()
        .allocate_subnets_ipv6_cidr(
            allocated_subnets=[AllocatedSubnet(cidr="10.0.0.0/24"), {"cidr": "10.0.1.0/24"}],
            ipv6_cidrs=["2001:db8::/64", "2001:db8:0:1::/64", "2001:db8:0:2::/64"],
        )
        .allocated_subnets
    )
    assert [(a.cidr, a.ipv6_cidr) for a in allocated] == [
        ("10.0.0.0/24", "2001:db8::/64"),
        ("10.0.1.0/24", "2001:db8:0:1::/64"),
    ]


def test_amazon_provided_ipv6_leaves_subnets_beyond_the_ranges_ipv4_only() -> None:
    allocated = (
        Ipv6Addresses.amazon_provided()
        .allocate_subnets_ipv6_cidr(
            allocated_subnets=[AllocatedSubnet(cidr="10.0.0.0/24"), AllocatedSubnet(cidr="10.0.1.0/24")],
            ipv6_cidrs=["2001:db8::/64"],
        )
        .allocated_subnets
    )
    assert [a.ipv6_cidr for a in allocated] == ["2001:db8::/64", None]


def test_amazon_provided_ipv6_defines_the_vpc_block_in_the_scope(stack: Stack) -> None:
    block = Ipv6Addresses.amazon_provided().allocate_vpc_ipv6_cidr(scope=stack, vpc_id="vpc-1")
    assert (block.node.path, stack.resolve(block.amazon_provided_ipv6_cidr_block)) == ("Test/ipv6cidr", True)


def test_amazon_provided_ipv6_is_a_provider_that_reprs_as_its_factory() -> None:
    provider = Ipv6Addresses.amazon_provided()
    assert (isinstance(provider, IIpv6Addresses), provider.amazon_provided, repr(provider)) == (
        True,
        True,
        "Ipv6Addresses.amazon_provided()",
    )


def test_amazon_provided_ipv6_rejects_too_many_ranges() -> None:
    with pytest.raises(ValueError) as caught:
        Ipv6Addresses.amazon_provided().create_ipv6_cidr_blocks(ipv6_selected_cidr="::/56", subnet_count=257)
    assert str(caught.value) == "Fn.cidr: count=257 is out of range; use 1 to 256"
