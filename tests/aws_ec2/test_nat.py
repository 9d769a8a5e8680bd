"""NatProvider.gateway: Elastic IPs given in turn and routes per AZ."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import NatProvider, Vpc
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
