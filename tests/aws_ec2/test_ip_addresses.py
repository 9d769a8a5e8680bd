"""IpAddresses.cidr: subnets with a mask first, the rest split evenly, positions kept;
IpAddresses.aws_ipam_allocation: a range from an IPAM pool, split in order with Fn::Cidr; and
Ipv6Addresses.amazon_provided: an Amazon-provided block split into /64 ranges."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import (
    AllocatedSubnet,
    AwsIpamProps,
    IIpAddresses,
    IIpv6Addresses,
    IpAddresses,
    Ipv6Addresses,
    RequestedSubnet,
    SubnetConfiguration,
    SubnetType,
    Vpc,
)
from apigwv2_integrations.core.errors import ValidationError
from apigwv2_integrations.core.struct import fields_of
from apigwv2_integrations.core.tokens.fn import Fn
from tests.conftest import resources_of_type


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


_POOL = "ipam-pool-0123456789abcdef0"


def _ipam_repr(netmask: int, default: int | None = None) -> str:
    with_default = "" if default is None else f", default_subnet_ipv4_netmask_length={default}"
    return f"IpAddresses.aws_ipam_allocation(ipv4_ipam_pool_id={_POOL!r}, ipv4_netmask_length={netmask}{with_default})"


def _vpc_cidr(logical_id: str) -> dict[str, Any]:
    return {"Fn::GetAtt": [logical_id, "CidrBlock"]}


def _subnet_cidrs(template: dict[str, Any]) -> dict[str, Any]:
    return {
        logical_id: resource["Properties"]["CidrBlock"]
        for logical_id, resource in resources_of_type(template, "AWS::EC2::Subnet").items()
    }


def test_aws_ipam_allocation_keywords_are_the_props_fields() -> None:
    keywords = list(inspect.signature(IpAddresses.aws_ipam_allocation).parameters)
    assert keywords == [f.name for f in fields_of(AwsIpamProps)]


def test_aws_ipam_allocation_is_a_provider_that_reprs_as_its_factory() -> None:
    provider = IpAddresses.aws_ipam_allocation(
        ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=18, default_subnet_ipv4_netmask_length=24
    )
    assert (isinstance(provider, IIpAddresses), repr(provider)) == (
        True,
        f"IpAddresses.aws_ipam_allocation(ipv4_ipam_pool_id={_POOL!r}, ipv4_netmask_length=18, "
        "default_subnet_ipv4_netmask_length=24)",
    )


def test_aws_ipam_allocation_gives_the_vpc_a_pool_and_netmask_instead_of_a_range(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    Vpc(
        stack,
        "Vpc",
        ip_addresses=IpAddresses.aws_ipam_allocation(
            ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=16, default_subnet_ipv4_netmask_length=24
        ),
    )
    properties = template(stack)["Resources"]["Vpc8378EB38"]["Properties"]
    assert {k: properties.get(k) for k in ("CidrBlock", "Ipv4IpamPoolId", "Ipv4NetmaskLength")} == {
        "CidrBlock": None,
        "Ipv4IpamPoolId": _POOL,
        "Ipv4NetmaskLength": 16,
    }


def test_aws_ipam_allocation_splits_the_vpc_range_with_the_default_netmask(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    Vpc(
        stack,
        "Vpc",
        max_azs=2,
        ip_addresses=IpAddresses.aws_ipam_allocation(
            ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=18, default_subnet_ipv4_netmask_length=24
        ),
    )
    split = {"Fn::Cidr": [_vpc_cidr("Vpc8378EB38"), 64, "8"]}
    assert list(_subnet_cidrs(template(stack)).values()) == [
        {"Fn::Select": [index, split]} for index in range(4)
    ]


def test_aws_ipam_allocation_aligns_explicit_masks_and_splits_twice_beyond_256_blocks(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    Vpc(
        stack,
        "Vpc",
        max_azs=1,
        ip_addresses=IpAddresses.aws_ipam_allocation(ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=16),
        subnet_configuration=[
            SubnetConfiguration(name="Ingress", subnet_type=SubnetType.PUBLIC, cidr_mask=28),
            {"name": "App", "subnet_type": SubnetType.PRIVATE_WITH_EGRESS, "cidr_mask": 20},
        ],
    )
    sixteenths = {"Fn::Cidr": [_vpc_cidr("Vpc8378EB38"), 16, "12"]}
    assert list(_subnet_cidrs(template(stack)).values()) == [
        # A /28 is one of 4096 blocks: Fn::Cidr makes at most 256, so it is one of 256 in one of 16.
        {"Fn::Select": [0, {"Fn::Cidr": [{"Fn::Select": [0, sixteenths]}, 256, "4"]}]},
        # The /20 starts at the next /20 boundary after the /28.
        {"Fn::Select": [1, sixteenths]},
    ]


def test_aws_ipam_allocation_gives_a_subnet_as_large_as_the_vpc_its_range(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    Vpc(
        stack,
        "Vpc",
        max_azs=1,
        ip_addresses=IpAddresses.aws_ipam_allocation(ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=20),
        subnet_configuration=[
            SubnetConfiguration(name="Whole", subnet_type=SubnetType.PRIVATE_ISOLATED, cidr_mask=20)
        ],
    )
    assert list(_subnet_cidrs(template(stack)).values()) == [_vpc_cidr("Vpc8378EB38")]


def test_aws_ipam_allocation_gives_subnets_the_range_as_a_token(stack: Stack) -> None:
    provider = IpAddresses.aws_ipam_allocation(ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=20)
    web = SubnetConfiguration(name="web", subnet_type=SubnetType.PUBLIC, cidr_mask=21)
    allocated = provider.allocate_subnets_cidr(
        vpc_cidr=Fn.import_value("VpcCidr"),
        requested_subnets=[
            {"availability_zone": "a", "configuration": web, "subnet_construct_id": "webSubnet1"},
            RequestedSubnet(availability_zone="b", configuration=web, subnet_construct_id="webSubnet2"),
        ],
    ).allocated_subnets
    split = {"Fn::Cidr": [{"Fn::ImportValue": "VpcCidr"}, 2, "11"]}
    assert stack.resolve([a.cidr for a in allocated]) == [
        {"Fn::Select": [0, split]},
        {"Fn::Select": [1, split]},
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {
                "ip_addresses": IpAddresses.aws_ipam_allocation(
                    ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=12
                )
            },
            f"ip_addresses={_ipam_repr(12)} has ipv4_netmask_length=12; a VPC takes a netmask from 16 to 28",
        ),
        (
            {
                "ip_addresses": IpAddresses.aws_ipam_allocation(
                    ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=16
                )
            },
            f"subnet_configuration 'Public': cidr_mask is not set and ip_addresses={_ipam_repr(16)} has no "
            "default_subnet_ipv4_netmask_length; set cidr_mask on every subnet group or set "
            "default_subnet_ipv4_netmask_length",
        ),
        (
            {
                "ip_addresses": IpAddresses.aws_ipam_allocation(
                    ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=20
                ),
                "subnet_configuration": [
                    SubnetConfiguration(name="Public", subnet_type=SubnetType.PUBLIC, cidr_mask=18)
                ],
            },
            "subnet_configuration 'Public': cidr_mask=18 makes subnets larger than the /20 VPC range of "
            f"ip_addresses={_ipam_repr(20)}; use a netmask from 20 to 28",
        ),
        (
            {
                "ip_addresses": IpAddresses.aws_ipam_allocation(
                    ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=16, default_subnet_ipv4_netmask_length=29
                ),
                "subnet_configuration": [
                    SubnetConfiguration(name="Public", subnet_type=SubnetType.PUBLIC, cidr_mask=24),
                    SubnetConfiguration(name="Private", subnet_type=SubnetType.PRIVATE_WITH_EGRESS),
                ],
            },
            "subnet_configuration 'Private' has no cidr_mask, and default_subnet_ipv4_netmask_length=29 of "
            f"ip_addresses={_ipam_repr(16, 29)} is out of range for a /16 "
            "VPC range; use a netmask from 16 to 28",
        ),
        (
            {
                "ip_addresses": IpAddresses.aws_ipam_allocation(
                    ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=16
                ),
                "subnet_configuration": [
                    SubnetConfiguration(name="Public", subnet_type=SubnetType.PUBLIC, cidr_mask=29)
                ],
            },
            "subnet_configuration 'Public': cidr_mask=29 is out of range; use a mask from 16 to 28",
        ),
        (
            {
                "max_azs": 2,
                "ip_addresses": IpAddresses.aws_ipam_allocation(
                    ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=16
                ),
                "subnet_configuration": [
                    SubnetConfiguration(name="Public", subnet_type=SubnetType.PUBLIC, cidr_mask=28),
                    SubnetConfiguration(
                        name="Private", subnet_type=SubnetType.PRIVATE_ISOLATED, cidr_mask=17
                    ),
                ],
            },
            f"subnet_configuration does not fit in ip_addresses={_ipam_repr(16)}: its subnets (/28, /28, /17, /17, in "
            "order, each aligned to its size) need more than a /16; use larger cidr_mask values, fewer subnet "
            "groups or fewer availability zones",
        ),
    ],
    ids=[
        "vpc-netmask-out-of-range",
        "no-default-netmask",
        "cidr-mask-larger-than-vpc",
        "default-netmask-out-of-range",
        "cidr-mask-too-small",
        "subnets-do-not-fit",
    ],
)
def test_aws_ipam_allocation_rejects_what_cannot_be_split(
    stack: Stack, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Vpc(stack, "Vpc", **kwargs)
    assert str(caught.value) == f"Test/Vpc: {message}"


def test_aws_ipam_allocation_ignores_an_unused_default_netmask(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    # As in aws-cdk-lib: the default matters only to subnet groups without cidr_mask.
    Vpc(
        stack,
        "Vpc",
        max_azs=1,
        ip_addresses=IpAddresses.aws_ipam_allocation(
            ipv4_ipam_pool_id=_POOL, ipv4_netmask_length=16, default_subnet_ipv4_netmask_length=30
        ),
        subnet_configuration=[
            SubnetConfiguration(name="Public", subnet_type=SubnetType.PUBLIC, cidr_mask=24)
        ],
    )
    assert list(_subnet_cidrs(template(stack)).values()) == [
        {"Fn::Select": [0, {"Fn::Cidr": [_vpc_cidr("Vpc8378EB38"), 256, "8"]}]}
    ]


def test_aws_ipam_allocation_rejects_a_wrong_type() -> None:
    with pytest.raises(TypeError) as caught:
        IpAddresses.aws_ipam_allocation(ipv4_ipam_pool_id=_POOL, ipv4_netmask_length="16")  # type: ignore[arg-type]
    assert (
        str(caught.value)
        == "IpAddresses.aws_ipam_allocation: ipv4_netmask_length='16' is a str; use a number"
    )
