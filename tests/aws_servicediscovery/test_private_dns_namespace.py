"""PrivateDnsNamespace: the namespace resource, its attributes and imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_servicediscovery import NamespaceType, PrivateDnsNamespace

Render = Callable[[Stack], dict[str, Any]]


def test_namespace_renders_name_description_and_vpc(stack: Stack, template: Render) -> None:
    namespace = PrivateDnsNamespace(
        stack, "Ns", name="x.local", description="d", vpc=Vpc(stack, "Vpc", max_azs=1)
    )
    assert namespace.type == NamespaceType.DNS_PRIVATE
    assert namespace.namespace_name == "x.local"
    assert template(stack)["Resources"]["Ns33A06F6E"]["Properties"] == {
        "Description": "d",
        "Name": "x.local",
        "Vpc": {"Ref": "Vpc8378EB38"},
    }


def test_imported_namespace_keeps_its_attributes(stack: Stack) -> None:
    namespace = PrivateDnsNamespace.from_private_dns_namespace_attributes(
        stack, "Ns", namespace_arn="arn:ns", namespace_id="ns-1", namespace_name="imp.local"
    )
    assert (namespace.namespace_id, namespace.type) == ("ns-1", NamespaceType.DNS_PRIVATE)
