"""A VPC given its availability zones reads the stack's zones, as aws-cdk-lib does, and checks it is among them."""

from __future__ import annotations

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.core.errors import ValidationError

ENV = Environment(account="123456789012", region="eu-west-1")
ZONES_KEY = "availability-zones:account=123456789012:region=eu-west-1"


def test_given_zones_look_up_the_stack_zones_until_cached() -> None:
    stack = Stack(App(), "Net", env=ENV)
    vpc = Vpc(stack, "Vpc", availability_zones=["eu-west-1a", "eu-west-1c"])
    assert vpc.availability_zones == ["eu-west-1a", "eu-west-1c"]
    assert [entry["key"] for entry in stack._missing_context] == [ZONES_KEY]
    assert [(entry.type, entry.data) for entry in stack.node.metadata] == [
        (
            "aws:cdk:acknowledged-rules",
            {
                "CloudFormation-Validate::W3010": "Literal AZs in template are the result of accessing "
                "stack.availabilityZones, this is expected and safe"
            },
        )
    ]


def test_given_zones_among_the_cached_stack_zones_are_kept() -> None:
    stack = Stack(App(context={ZONES_KEY: ["eu-west-1a", "eu-west-1b", "eu-west-1c"]}), "Net", env=ENV)
    vpc = Vpc(stack, "Vpc", availability_zones=["eu-west-1c", "eu-west-1a"])
    assert vpc.availability_zones == ["eu-west-1c", "eu-west-1a"]
    assert stack._missing_context == []


def test_given_zone_outside_the_cached_stack_zones_is_refused() -> None:
    stack = Stack(App(context={ZONES_KEY: ["eu-west-1a", "eu-west-1b", "eu-west-1c"]}), "Net", env=ENV)
    with pytest.raises(ValidationError) as raised:
        Vpc(stack, "Vpc", availability_zones=["eu-west-1a", "us-east-1a"])
    assert str(raised.value) == (
        "Net/Vpc: availability_zones=['eu-west-1a', 'us-east-1a'] are not all availability zones of the "
        "stack ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']; use zones of the stack's region, or max_azs"
    )


def test_given_zones_of_an_environment_agnostic_stack_are_not_checked(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", availability_zones=["us-east-1a", "us-east-1b"])
    assert vpc.availability_zones == ["us-east-1a", "us-east-1b"]
