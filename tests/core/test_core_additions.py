"""CfnJson, lazy CfnMapping, Fn.parse_domain_name/transform, string-list exports and dependencies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Aws, CfnJson, CfnMapping, CfnResource, Fn, Stack, Token
from apigwv2_integrations.core.errors import ValidationError

Render = Callable[[Stack], dict[str, Any]]


def test_cfn_json_renders_deploy_time_keys_as_text(stack: Stack, template: Render) -> None:
    queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    value = CfnJson(stack, "Json", value={f"{queue.ref}-key": "v"})
    assert stack.resolve(value) == {"Fn::GetAtt": ["Json093827A5", "Value"]}
    custom = template(stack)["Resources"]["Json093827A5"]
    assert custom["Type"] == "Custom::AWSCDKCfnJson"
    assert custom["Properties"]["Value"] == {"Fn::Join": ["", ['{"', {"Ref": "Queue"}, '-key":"v"}']]}


def test_lazy_mapping_folds_literal_lookups(stack: Stack, template: Render) -> None:
    mapping = CfnMapping(stack, "Amis", mapping={"us-east-1": {"ami": "ami-1"}}, lazy=True)
    assert mapping.find_in_map("us-east-1", "ami") == "ami-1"
    assert mapping.find_in_map("eu-west-1", "ami", "ami-default") == "ami-default"
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    assert "Mappings" not in template(stack)


def test_lazy_mapping_is_rendered_for_a_token_lookup(stack: Stack, template: Render) -> None:
    mapping = CfnMapping(stack, "Amis", mapping={"us-east-1": {"ami": "ami-1"}}, lazy=True)
    value = mapping.find_in_map(Aws.REGION, "ami")
    assert stack.resolve(value) == {"Fn::FindInMap": ["Amis", {"Ref": "AWS::Region"}, "ami"]}
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    assert template(stack)["Mappings"] == {"Amis": {"us-east-1": {"ami": "ami-1"}}}


def test_mapping_lookup_of_a_missing_top_level_key(stack: Stack) -> None:
    mapping = CfnMapping(stack, "Amis", mapping={"us-east-1": {"ami": "ami-1"}})
    with pytest.raises(ValidationError) as error:
        mapping.find_in_map("eu-west-1", "ami")
    assert str(error.value) == "Test/Amis: key1='eu-west-1' is not in the mapping; use one of ['us-east-1']"


def test_parse_domain_name_and_transform(stack: Stack) -> None:
    url = Fn.import_value("Url")
    assert stack.resolve(Fn.parse_domain_name(url)) == {
        "Fn::Select": [
            0,
            {"Fn::Split": ["/", {"Fn::Select": [1, {"Fn::Split": ["//", {"Fn::ImportValue": "Url"}]}]}]},
        ]
    }
    assert stack.resolve(Fn.transform("Macro", {"a": "b"})) == {
        "Fn::Transform": {"Name": "Macro", "Parameters": {"a": "b"}}
    }


def test_export_string_list_value_joins_and_splits(app: App, stack: Stack, template: Render) -> None:
    endpoint = CfnResource(
        stack, "Endpoint", type="AWS::EC2::VPCEndpoint", properties={"VpcId": "v", "ServiceName": "s"}
    )
    imported = stack.export_string_list_value(Token.as_list(endpoint.get_att("DnsEntries")))
    named = stack.export_string_list_value(["a", "b"], name="Letters")
    export_name = "Test:ExportsOutputFnGetAttEndpointDnsEntries892F6BB0"
    outputs = template(stack)["Outputs"]
    assert outputs == {
        "ExportsOutputFnGetAttEndpointDnsEntries892F6BB0": {
            "Value": {"Fn::Join": ["||", {"Fn::GetAtt": ["Endpoint", "DnsEntries"]}]},
            "Export": {"Name": export_name},
        },
        "ExportLetters": {"Value": "a||b", "Export": {"Name": "Letters"}},
    }
    assert stack.resolve(imported) == {"Fn::Split": ["||", {"Fn::ImportValue": export_name}]}
    assert stack.resolve(named) == {"Fn::Split": ["||", {"Fn::ImportValue": "Letters"}]}


def test_export_string_list_value_needs_a_name_or_an_attribute(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        stack.export_string_list_value(["a"])
    assert str(error.value) == (
        "Test: export_string_list_value(['a']) needs name=... or a list attribute of a resource "
        "(like endpoint.attr_dns_entries)"
    )


def test_resource_dependencies_can_be_added_and_removed(stack: Stack, template: Render) -> None:
    first = CfnResource(stack, "First", type="AWS::SQS::Queue")
    second = CfnResource(stack, "Second", type="AWS::SQS::Queue")
    third = CfnResource(stack, "Third", type="AWS::SQS::Queue")
    second.add_resource_dependency(first)
    third.add_resource_dependency(first)
    third.remove_resource_dependency(first)
    resources = template(stack)["Resources"]
    assert resources["Second"]["DependsOn"] == ["First"]
    assert "DependsOn" not in resources["Third"]


def test_add_stack_dependency_orders_stacks(app: App) -> None:
    first = Stack(app, "First")
    second = Stack(app, "Second")
    second.add_stack_dependency(first)
    assert second.dependencies == [first]
