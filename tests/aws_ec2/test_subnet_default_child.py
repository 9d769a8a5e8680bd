"""A subnet's CfnSubnet is its default child, so escape hatches on `node.default_child` reach it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import CfnSubnet, SubnetConfiguration, SubnetType, Vpc

Render = Callable[[Stack], dict[str, Any]]


def _one_public_subnet_vpc(stack: Stack) -> Vpc:
    return Vpc(
        stack,
        "Vpc",
        max_azs=1,
        nat_gateways=0,
        subnet_configuration=[SubnetConfiguration(name="Public", subnet_type=SubnetType.PUBLIC)],
    )


def test_subnet_default_child_is_its_cfn_subnet(stack: Stack) -> None:
    subnet = _one_public_subnet_vpc(stack).public_subnets[0]
    child = subnet.node.default_child
    assert isinstance(child, CfnSubnet)
    assert child.node.path == "Test/Vpc/PublicSubnet1/Subnet"


def test_subnet_cidr_block_can_be_replaced_through_default_child(stack: Stack, template: Render) -> None:
    subnet = _one_public_subnet_vpc(stack).public_subnets[0]
    child = subnet.node.default_child
    assert isinstance(child, CfnSubnet)
    child.add_property_deletion_override("CidrBlock")
    child.add_property_override("CidrBlock", "10.0.128.0/24")
    properties = template(stack)["Resources"]["VpcPublicSubnet1Subnet5C2D37C4"]["Properties"]
    assert properties["CidrBlock"] == "10.0.128.0/24"
