"""Connections: rules on both ends, default ports and late-added groups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import Connections, Peer, Port, SecurityGroup, Vpc
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _groups(stack: Stack) -> tuple[SecurityGroup, SecurityGroup]:
    vpc = Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-1", availability_zones=["a"])
    return (
        SecurityGroup(stack, "A", vpc=vpc, allow_all_outbound=False),
        SecurityGroup(stack, "B", vpc=vpc, allow_all_outbound=False),
    )


def test_allow_to_adds_egress_here_and_ingress_there(stack: Stack, template: Render) -> None:
    a, b = _groups(stack)
    a.connections.allow_to(b, Port.tcp(80))
    rendered = template(stack)
    assert (
        list(resources_of_type(rendered, "AWS::EC2::SecurityGroupEgress")),
        list(resources_of_type(rendered, "AWS::EC2::SecurityGroupIngress")),
    ) == (["AtoTestBC51244E480F886B8DF"], ["BfromTestA04FE4F89801E50E565"])


def test_groups_added_later_get_earlier_rules(stack: Stack, template: Render) -> None:
    a, b = _groups(stack)
    connections = Connections(security_groups=[a])
    connections.allow_from(Peer.ipv4("10.0.0.0/8"), Port.tcp(22))
    connections.add_security_group(b)
    rendered = template(stack)["Resources"]
    assert [
        rendered[g]["Properties"]["SecurityGroupIngress"][0]["CidrIp"] for g in ("ACCC8ACD5", "B08E7C7AF")
    ] == [
        "10.0.0.0/8",
        "10.0.0.0/8",
    ]


def test_allow_default_port_from_uses_the_default_port(stack: Stack, template: Render) -> None:
    a, _ = _groups(stack)
    Connections(security_groups=[a], default_port=Port.tcp(5432)).allow_default_port_from(Peer.any_ipv4())
    ingress = template(stack)["Resources"]["ACCC8ACD5"]["Properties"]["SecurityGroupIngress"]
    assert ingress[0]["FromPort"] == 5432


def test_allow_default_port_from_without_default_port_is_rejected(stack: Stack) -> None:
    a, _ = _groups(stack)
    with pytest.raises(ValidationError) as caught:
        a.connections.allow_default_port_from(Peer.any_ipv4())
    assert str(caught.value) == (
        "allow_default_port_from() needs a default port, and default_port=None; pass default_port=... to "
        "Connections or call the variant that takes a port"
    )


def test_allow_to_default_port_without_other_port_is_rejected(stack: Stack) -> None:
    a, b = _groups(stack)
    with pytest.raises(ValidationError) as caught:
        a.connections.allow_to_default_port(b)
    assert str(caught.value) == (
        "allow_to_default_port() needs the other side's default port, and it has none; call "
        "allow_to(other, port) instead"
    )
