"""Stack.to_json_string of lists known only at deploy time: a CfnUtils custom resource writes their JSON
text (core/_cfn_utils_provider.py, core/tokens/json.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import App, CfnParameter, CfnResource, Fn, NestedStack, Stack
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
STRINGIFY = "Custom::AWSCDKCfnJsonStringify"


def _parameter_with(stack: Stack, id: str, value: str) -> None:
    CfnResource(stack, id, type="AWS::SSM::Parameter", properties={"Type": "String", "Value": value})


def test_a_list_parameter_becomes_the_value_of_one_stringify_resource(stack: Stack, template: Render) -> None:
    names = CfnParameter(stack, "Names", type="CommaDelimitedList")
    _parameter_with(
        stack, "Doc", stack.to_json_string({"l": names.value_as_list, "again": names.value_as_list})
    )
    rendered = template(stack)
    value = {"Fn::GetAtt": ["CdkJsonStringifyRefNames7F69E9A8", "Value"]}
    assert rendered["Resources"]["Doc"]["Properties"]["Value"] == {
        "Fn::Join": ["", ['{"l":', value, ',"again":', value, "}"]]
    }
    assert resources_of_type(rendered, STRINGIFY) == {
        "CdkJsonStringifyRefNames7F69E9A8": {
            "Type": STRINGIFY,
            "Properties": {
                "ServiceToken": {
                    "Fn::GetAtt": ["AWSCDKCfnUtilsProviderCustomResourceProviderHandlerCF82AA57", "Arn"]
                },
                "Value": {"Ref": "Names"},
            },
            "UpdateReplacePolicy": "Delete",
            "DeletionPolicy": "Delete",
        }
    }


def test_a_list_alone_is_the_attribute_itself(stack: Stack, template: Render) -> None:
    _parameter_with(stack, "Doc", stack.to_json_string(Fn.get_azs()))
    rendered = template(stack)
    assert rendered["Resources"]["Doc"]["Properties"]["Value"] == {
        "Fn::GetAtt": ["CdkJsonStringifyFnGetAZs97ABC65B", "Value"]
    }


def test_the_resource_goes_to_the_stack_that_reads_the_text(app: App, template: Render) -> None:
    writer = Stack(app, "Writer")
    CfnResource(writer, "Topic", type="AWS::SNS::Topic")
    reader = Stack(app, "Reader")
    nested = NestedStack(reader, "Inner")
    _parameter_with(reader, "Doc", writer.to_json_string({"a": Fn.get_azs()}))
    _parameter_with(nested, "Doc", writer.to_json_string([Fn.get_azs("eu-west-1"), "x"]))
    app.synth()
    assert not resources_of_type(template(writer), STRINGIFY)
    assert list(resources_of_type(template(reader), STRINGIFY)) == ["CdkJsonStringifyFnGetAZs97ABC65B"]
    nested_template = template(nested)
    assert list(resources_of_type(nested_template, STRINGIFY)) == ["CdkJsonStringifyFnGetAZseuwest153C4E3F6"]
    assert nested_template["Resources"]["Doc"]["Properties"]["Value"] == {
        "Fn::Join": ["", ["[", {"Fn::GetAtt": ["CdkJsonStringifyFnGetAZseuwest153C4E3F6", "Value"]}, ',"x"]']]
    }
