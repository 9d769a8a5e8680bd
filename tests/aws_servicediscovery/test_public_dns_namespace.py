"""PublicDnsNamespace: the namespace resource and its type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_servicediscovery import NamespaceType, PublicDnsNamespace

Render = Callable[[Stack], dict[str, Any]]


def test_public_namespace_renders_its_name(stack: Stack, template: Render) -> None:
    namespace = PublicDnsNamespace(stack, "Ns", name="x.com")
    assert namespace.type == NamespaceType.DNS_PUBLIC
    assert template(stack)["Resources"]["Ns33A06F6E"] == {
        "Type": "AWS::ServiceDiscovery::PublicDnsNamespace",
        "Properties": {"Name": "x.com"},
    }
