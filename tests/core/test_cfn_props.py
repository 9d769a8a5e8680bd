"""The props structs of the core CloudFormation elements (core/cfn_props.py) and constructs'
MetadataOptions (core/metadata_options.py): aws_cdk's fields, taken by the elements' constructors."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import (
    CfnCondition,
    CfnConditionProps,
    CfnDynamicReference,
    CfnDynamicReferenceProps,
    CfnDynamicReferenceService,
    CfnJson,
    CfnJsonProps,
    CfnMapping,
    CfnMappingProps,
    CfnOutput,
    CfnOutputProps,
    CfnParameter,
    CfnParameterProps,
    CfnResource,
    CfnResourceProps,
    CfnRule,
    CfnRuleProps,
    MetadataOptions,
    Node,
    Stack,
)
from apigwv2_integrations.core.struct import fields_of


@pytest.mark.parametrize(
    ("element", "props"),
    [
        (CfnCondition, CfnConditionProps),
        (CfnJson, CfnJsonProps),
        (CfnMapping, CfnMappingProps),
        (CfnOutput, CfnOutputProps),
        (CfnParameter, CfnParameterProps),
        (CfnResource, CfnResourceProps),
        (CfnRule, CfnRuleProps),
    ],
)
def test_props_fields_are_the_constructor_keywords(element: type, props: type) -> None:
    keywords = {
        name
        for name, parameter in inspect.signature(element).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }
    assert {f.name for f in fields_of(props)} == keywords


def test_props_build_the_element(stack: Stack, template: Callable[[Stack], dict[str, Any]]) -> None:
    props = CfnOutputProps(value="v", description="d", export_name="E")
    CfnOutput(stack, "Out", **{f.name: getattr(props, f.name) for f in fields_of(CfnOutputProps)})
    assert template(stack)["Outputs"]["Out"] == {
        "Description": "d",
        "Export": {"Name": "E"},
        "Value": "v",
    }


def test_dynamic_reference_props_hold_service_and_key() -> None:
    props = CfnDynamicReferenceProps(service=CfnDynamicReferenceService.SSM, reference_key="name")
    reference = CfnDynamicReference(props.service, props.reference_key)
    assert reference.to_string().startswith("${Token[")


def test_list_fields_are_stored_as_tuples() -> None:
    assert CfnParameterProps(allowed_values=["a", "b"]).allowed_values == ("a", "b")


def test_metadata_options_are_add_metadata_keywords() -> None:
    keywords = {
        name
        for name, parameter in inspect.signature(Node.add_metadata).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }
    assert {f.name for f in fields_of(MetadataOptions)} == keywords
    assert MetadataOptions(stack_trace_override=["a"]).stack_trace_override == ("a",)
