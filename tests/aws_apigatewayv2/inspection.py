"""Look into constructs: their rendered resources (without spelling logical IDs) and their keywords."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.core.cfn_element import CfnElement
from apigwv2_integrations.core.construct import Construct


def logical_id_of(construct: Construct) -> str:
    """The logical ID of a CfnElement, or of a construct's default child."""
    element = construct if isinstance(construct, CfnElement) else construct.node.default_child
    assert isinstance(element, CfnElement), f"{construct.node.path} has no CloudFormation resource"
    return Stack.of(construct).get_logical_id(element)


def resource_of(construct: Construct) -> dict[str, Any]:
    """The rendered resource (Type, Properties, ...) of a construct, from its stack's template."""
    template = Template.from_stack(Stack.of(construct)).to_json()
    resource: dict[str, Any] = template["Resources"][logical_id_of(construct)]
    return resource


def properties_of(construct: Construct) -> dict[str, Any]:
    """The rendered Properties of a construct's resource."""
    properties: dict[str, Any] = resource_of(construct).get("Properties", {})
    return properties


def keyword_names(function: Callable[..., Any]) -> set[str]:
    """The keyword-only parameter names of a function."""
    parameters = inspect.signature(function).parameters.values()
    return {p.name for p in parameters if p.kind is p.KEYWORD_ONLY}
