"""HttpNamespace: the namespace resource and its type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, PhysicalName, Stack, SynthesisError
from apigwv2_integrations.aws_servicediscovery import HttpNamespace, NamespaceType

Render = Callable[[Stack], dict[str, Any]]


def test_http_namespace_renders_name_and_description(stack: Stack, template: Render) -> None:
    namespace = HttpNamespace(stack, "Ns", name="h", description="d")
    assert namespace.type == NamespaceType.HTTP
    assert template(stack)["Resources"]["Ns33A06F6E"] == {
        "Type": "AWS::ServiceDiscovery::HttpNamespace",
        "Properties": {"Description": "d", "Name": "h"},
    }


def test_a_namespace_cannot_generate_its_name(app: App, stack: Stack) -> None:
    HttpNamespace(stack, "Ns", name=PhysicalName.GENERATE_IF_NEEDED)
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Ns/Resource: name='@aws-cdk/core.PhysicalName.GENERATE_IF_NEEDED' holds "
        "PhysicalName.GENERATE_IF_NEEDED, which this resource cannot turn into a name; give a name of your own"
    )
