"""IpAddresses.cidr with a start address inside a block: the VPC gets the aligned range its subnets use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import IpAddresses, Vpc
from tests.conftest import resources_of_type


def test_cidr_rounds_an_unaligned_start_up_to_the_next_block() -> None:
    assert IpAddresses.cidr("10.0.1.0/20").allocate_vpc_cidr().cidr_block == "10.0.16.0/20"


def test_cidr_keeps_an_aligned_range_as_written() -> None:
    assert IpAddresses.cidr("10.0.0.0/16").allocate_vpc_cidr().cidr_block == "10.0.0.0/16"


def test_vpc_with_unaligned_range_contains_its_subnets(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    Vpc(stack, "Vpc", ip_addresses=IpAddresses.cidr("10.0.1.0/20"), max_azs=1)

    resources = template(stack)
    (vpc,) = resources_of_type(resources, "AWS::EC2::VPC").values()
    subnets = resources_of_type(resources, "AWS::EC2::Subnet").values()
    assert vpc["Properties"]["CidrBlock"] == "10.0.16.0/20"
    assert sorted(subnet["Properties"]["CidrBlock"] for subnet in subnets) == ["10.0.16.0/21", "10.0.24.0/21"]
