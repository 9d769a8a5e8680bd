"""HttpNamespace: the namespace resource and its type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_servicediscovery import HttpNamespace, NamespaceType

Render = Callable[[Stack], dict[str, Any]]


def test_http_namespace_renders_name_and_description(stack: Stack, template: Render) -> None:
    namespace = HttpNamespace(stack, "Ns", name="h", description="d")
    assert namespace.type == NamespaceType.HTTP
    assert template(stack)["Resources"]["Ns33A06F6E"] == {
        "Type": "AWS::ServiceDiscovery::HttpNamespace",
        "Properties": {"Description": "d", "Name": "h"},
    }
