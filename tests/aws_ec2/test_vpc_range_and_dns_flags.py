"""Vpc: a range wider than /16 with masked subnets, and the DNS flags in effect."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import IpAddresses, SubnetConfiguration, SubnetType, Vpc
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type


def test_wide_range_with_masked_subnets_synthesizes(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    Vpc(
        stack,
        "Vpc",
        ip_addresses=IpAddresses.cidr("10.0.0.0/8"),
        max_azs=1,
        nat_gateways=0,
        subnet_configuration=[SubnetConfiguration(name="p", subnet_type=SubnetType.PUBLIC, cidr_mask=24)],
    )

    resources = template(stack)
    (vpc,) = resources_of_type(resources, "AWS::EC2::VPC").values()
    (subnet,) = resources_of_type(resources, "AWS::EC2::Subnet").values()
    assert (vpc["Properties"]["CidrBlock"], subnet["Properties"]["CidrBlock"]) == (
        "10.0.0.0/8",
        "10.0.0.0/24",
    )


def test_wide_range_split_evenly_refuses_subnets_wider_than_16(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        Vpc(stack, "Vpc", ip_addresses=IpAddresses.cidr("10.0.0.0/12"), max_azs=1)
    assert str(caught.value) == (
        "Test/Vpc: subnet_configuration does not fit in ip_addresses=IpAddresses.cidr('10.0.0.0/12'): "
        "a /13 subnet is not possible; subnet masks go from /16 to /28"
    )


def test_dns_hostnames_alone_are_accepted_with_the_default_dns_support(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    # aws-cdk-lib refuses enable_dns_hostnames=True unless enable_dns_support=True is passed too; DNS
    # support is on by default, so the VPC is valid and is written.
    Vpc(stack, "Vpc", enable_dns_hostnames=True, max_azs=1, nat_gateways=0)

    (vpc,) = resources_of_type(template(stack), "AWS::EC2::VPC").values()
    assert (vpc["Properties"]["EnableDnsHostnames"], vpc["Properties"]["EnableDnsSupport"]) == (True, True)
