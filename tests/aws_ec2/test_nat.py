"""NatProvider.gateway: Elastic IPs given in turn and routes per AZ."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_ec2 import NatProvider, PublicSubnet, Vpc
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_gateway_provider_uses_given_elastic_ips(stack: Stack, template: Render) -> None:
    provider = NatProvider.gateway(eip_allocation_ids=["eipalloc-1", "eipalloc-2"])
    Vpc(stack, "Vpc", nat_gateway_provider=provider)
    rendered = template(stack)
    gateways = resources_of_type(rendered, "AWS::EC2::NatGateway")
    assert (
        [g["Properties"]["AllocationId"] for g in gateways.values()],
        resources_of_type(rendered, "AWS::EC2::EIP"),
        stack.resolve([c.az for c in provider.configured_gateways]),
    ) == (
        ["eipalloc-1", "eipalloc-2"],
        {},
        [{"Fn::Select": [0, {"Fn::GetAZs": ""}]}, {"Fn::Select": [1, {"Fn::GetAZs": ""}]}],
    )


def test_gateway_provider_renders_max_drain_duration(stack: Stack, template: Render) -> None:
    Vpc(
        stack,
        "Vpc",
        max_azs=1,
        nat_gateway_provider=NatProvider.gateway(max_drain_duration=Duration.minutes(5)),
    )
    gateways = resources_of_type(template(stack), "AWS::EC2::NatGateway")
    assert [g["Properties"]["MaxDrainDurationSeconds"] for g in gateways.values()] == [300]


def test_add_nat_gateway_renders_max_drain_duration(stack: Stack, template: Render) -> None:
    subnet = PublicSubnet(
        stack, "Public", availability_zone="us-east-1a", cidr_block="10.1.0.0/24", vpc_id="vpc-1"
    )
    subnet.add_nat_gateway("eipalloc-1", max_drain_duration=Duration.seconds(90))
    gateways = resources_of_type(template(stack), "AWS::EC2::NatGateway")
    assert [
        (g["Properties"]["AllocationId"], g["Properties"]["MaxDrainDurationSeconds"])
        for g in gateways.values()
    ] == [("eipalloc-1", 90)]


def test_gateway_provider_needs_an_elastic_ip_per_gateway(stack: Stack) -> None:
    provider = NatProvider.gateway(eip_allocation_ids=["eipalloc-1"])
    with pytest.raises(ValidationError) as caught:
        Vpc(stack, "Vpc", max_azs=2, nat_gateways=2, nat_gateway_provider=provider)
    assert str(caught.value) == (
        "Test/Vpc: eip_allocation_ids=['eipalloc-1'] has 1 allocation ids for 2 NAT gateways; give one Elastic "
        "IP allocation per gateway (or lower nat_gateways)"
    )


@pytest.mark.parametrize(
    ("duration", "message"),
    [
        (
            Duration.seconds(5000),
            "max_drain_duration=Duration.seconds(5000) is out of range; use 1 to 4000 seconds",
        ),
        (
            Duration.millis(1500),
            "max_drain_duration=Duration.millis(1500) is not a whole number of seconds; round it",
        ),
    ],
)
def test_gateway_provider_checks_max_drain_duration(duration: Duration, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        NatProvider.gateway(max_drain_duration=duration)
    assert str(caught.value) == message
