"""NestedStack: the nested template as an asset of its parent, and references across the two
(core/nested_stack.py)."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from apigwv2_integrations import (
    App,
    CfnOutput,
    CfnParameter,
    CfnResource,
    Duration,
    NestedStack,
    NestedStackProps,
    RemovalPolicy,
    Stack,
    Tags,
    ValidationError,
)

Render = Callable[[Stack], dict[str, Any]]

TEMPLATE_URL_PREFIX = [
    "https://s3.",
    {"Ref": "AWS::Region"},
    ".",
    {"Ref": "AWS::URLSuffix"},
    "/",
    {"Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},
]


def _queue(scope: Stack, id: str) -> CfnResource:
    return CfnResource(scope, id, type="AWS::SQS::Queue")


def test_keywords_are_the_fields_of_nested_stack_props() -> None:
    parameters = inspect.signature(NestedStack.__init__).parameters.values()
    keywords = [p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY]
    assert keywords == [field.name for field in attrs.fields(NestedStackProps)]


def test_nested_stack_knows_its_parent_and_resource(stack: Stack) -> None:
    nested = NestedStack(stack, "Inner")
    assert (nested.nested, nested.nested_stack_parent, NestedStack.is_nested_stack(nested)) == (
        True,
        stack,
        True,
    )
    assert nested.nested_stack_resource is not None
    assert nested.nested_stack_resource.node.path == "Test/Inner.NestedStack/Inner.NestedStackResource"
    assert (stack.nested, stack.nested_stack_parent, NestedStack.is_nested_stack(stack)) == (
        False,
        None,
        False,
    )
    assert Stack.of(_queue(nested, "Queue")) is nested


def test_nested_stack_outside_a_stack_is_an_error() -> None:
    with pytest.raises(ValidationError) as error:
        NestedStack(App(), "Inner")
    assert str(error.value) == (
        "NestedStack 'Inner' must be created inside a Stack; pass a Stack (or a construct in one) as scope"
    )


def test_parent_deploys_the_nested_template_as_a_stack_resource(stack: Stack, template: Render) -> None:
    nested = NestedStack(
        stack,
        "Inner",
        description="Inner things",
        notification_arns=["arn:aws:sns:us-east-1:123456789012:events"],
        parameters={"Stage": "prod"},
        timeout=Duration.minutes(5),
    )
    CfnParameter(nested, "Stage")
    nested_template = template(nested)
    assert nested_template == {"Description": "Inner things", "Parameters": {"Stage": {"Type": "String"}}}
    resource = template(stack)["Resources"]["InnerNestedStackInnerNestedStackResource745E041B"]
    url = resource["Properties"].pop("TemplateURL")
    assert resource == {
        "Type": "AWS::CloudFormation::Stack",
        "Properties": {
            "NotificationARNs": ["arn:aws:sns:us-east-1:123456789012:events"],
            "Parameters": {"Stage": "prod"},
            "TimeoutInMinutes": 5,
        },
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }
    assert url["Fn::Join"][1][:-1] == TEMPLATE_URL_PREFIX
    assert url["Fn::Join"][1][-1].endswith(".json")


def test_removal_policy_and_set_parameter(stack: Stack, template: Render) -> None:
    nested = NestedStack(stack, "Inner", removal_policy=RemovalPolicy.RETAIN)
    nested.set_parameter("Extra", "yes")
    resource = template(stack)["Resources"]["InnerNestedStackInnerNestedStackResource745E041B"]
    assert (resource["Properties"]["Parameters"], resource["DeletionPolicy"]) == ({"Extra": "yes"}, "Retain")


def test_nested_stack_reads_a_parent_value_through_a_parameter(stack: Stack, template: Render) -> None:
    queue = _queue(stack, "Queue")
    nested = NestedStack(stack, "Inner")
    CfnOutput(nested, "QueueArn", value=queue.get_att("Arn").to_string())
    assert template(nested) == {
        "Parameters": {"referencetoTestQueueCC385424Arn": {"Type": "String"}},
        "Outputs": {"QueueArn": {"Value": {"Ref": "referencetoTestQueueCC385424Arn"}}},
    }
    resource = template(stack)["Resources"]["InnerNestedStackInnerNestedStackResource745E041B"]
    assert resource["Properties"]["Parameters"] == {
        "referencetoTestQueueCC385424Arn": {"Fn::GetAtt": ["Queue", "Arn"]}
    }


def test_parent_reads_a_nested_value_through_an_output(stack: Stack, template: Render) -> None:
    nested = NestedStack(stack, "Inner")
    queue = _queue(nested, "Queue")
    CfnOutput(stack, "QueueName", value=queue.ref)
    assert template(nested)["Outputs"] == {"TestInnerQueueB0C1072ARef": {"Value": {"Ref": "Queue"}}}
    assert template(stack)["Outputs"] == {
        "QueueName": {
            "Value": {
                "Fn::GetAtt": [
                    "InnerNestedStackInnerNestedStackResource745E041B",
                    "Outputs.TestInnerQueueB0C1072ARef",
                ]
            }
        }
    }


def test_synth_writes_the_nested_template_as_an_asset_of_the_parent(app: App, stack: Stack) -> None:
    NestedStack(stack, "Inner")
    assembly = app.synth()
    outdir = Path(assembly.directory)
    assert json.loads((outdir / "TestInnerDF936462.nested.template.json").read_text()) == {}
    manifest = json.loads((outdir / "manifest.json").read_text())
    stacks = [k for k, v in manifest["artifacts"].items() if v["type"] == "aws:cloudformation:stack"]
    assert stacks == ["Test"]
    files = json.loads((outdir / "Test.assets.json").read_text())["files"]
    entry = next(f for f in files.values() if f["displayName"] == "Inner Nested Stack Template")
    assert entry["source"] == {"path": "TestInnerDF936462.nested.template.json", "packaging": "file"}
    metadata = json.loads((outdir / "Test.metadata.json").read_text())
    assert metadata["/Test/Inner"] == [
        {"type": "aws:cdk:templateFile", "data": "TestInnerDF936462.nested.template.json"}
    ]


def test_stack_name_and_id_read_differently_inside_and_outside(
    app: App, stack: Stack, template: Render
) -> None:
    nested = NestedStack(stack, "Inner")
    CfnOutput(nested, "Name", value=nested.stack_name)
    CfnOutput(stack, "NestedName", value=nested.stack_name)
    CfnOutput(stack, "NestedId", value=nested.stack_id)
    resource_ref = {"Ref": "InnerNestedStackInnerNestedStackResource745E041B"}
    assert template(nested)["Outputs"] == {"Name": {"Value": {"Ref": "AWS::StackName"}}}
    assert template(stack)["Outputs"] == {
        "NestedName": {"Value": {"Fn::Select": [1, {"Fn::Split": ["/", resource_ref]}]}},
        "NestedId": {"Value": resource_ref},
    }


def test_dependencies_of_nested_stacks_are_lifted_to_what_deploys_them(
    app: App, stack: Stack, template: Render
) -> None:
    first, second = NestedStack(stack, "First"), NestedStack(stack, "Second")
    other = Stack(app, "Other")
    first.add_dependency(second)
    second.add_dependency(other)
    resource = template(stack)["Resources"]["FirstNestedStackFirstNestedStackResource89D7E940"]
    assert resource["DependsOn"] == ["SecondNestedStackSecondNestedStackResourceEC922354"]
    assert stack.dependencies == [other]


def test_resource_dependencies_across_nesting_go_through_the_nested_stack_resource(
    stack: Stack, template: Render
) -> None:
    outer = _queue(stack, "Outer")
    nested = NestedStack(stack, "Inner")
    inner = _queue(nested, "Queue")
    outer.node.add_dependency(inner)
    later = _queue(stack, "Later")
    inner.add_dependency(later)
    resources = template(stack)["Resources"]
    assert resources["Outer"]["DependsOn"] == ["InnerNestedStackInnerNestedStackResource745E041B"]
    assert resources["InnerNestedStackInnerNestedStackResource745E041B"]["DependsOn"] == ["Later"]
    assert stack.dependencies == [] and "DependsOn" not in template(nested)["Resources"]["Queue"]


def test_parameters_and_outputs_made_for_references_follow_their_first_readers(
    stack: Stack, template: Render
) -> None:
    reader = CfnResource(stack, "Reader", type="AWS::SNS::Topic")
    source = _queue(stack, "Source")
    nested = NestedStack(stack, "Inner")
    queue = CfnResource(nested, "Queue", type="AWS::SQS::Queue", properties={"Tag": source.ref})
    reader.add_property_override("TopicName", queue.ref)
    # aws-cdk-lib makes the output first: its reader comes before the nested stack in the tree.
    assert list(template(nested)) == ["Resources", "Outputs", "Parameters"]
    CfnOutput(stack, "After", value=queue.get_att("Arn").to_string())
    assert list(template(nested)["Outputs"]) == ["TestInnerQueueB0C1072ARef", "TestInnerQueueB0C1072AArn"]


def test_a_nested_stack_cannot_depend_on_its_parent(stack: Stack) -> None:
    nested = NestedStack(stack, "Inner")
    with pytest.raises(ValidationError) as error:
        nested.add_dependency(stack)
    assert str(error.value) == (
        "Test/Inner: cannot depend on 'Test': a nested stack cannot depend on a stack it is nested in, which "
        "deploys it (a parent deploys its nested stacks before itself)"
    )


def test_a_parent_depending_on_its_nested_stack_needs_nothing_more(stack: Stack, template: Render) -> None:
    nested = NestedStack(stack, "Inner")
    topic = CfnResource(nested, "Topic", type="AWS::SNS::Topic")
    stack.add_dependency(nested)
    _queue(stack, "Queue").add_dependency(topic)
    assert stack.dependencies == []
    assert template(stack)["Resources"]["Queue"]["DependsOn"] == [
        "InnerNestedStackInnerNestedStackResource745E041B"
    ]


def test_tags_reach_the_resource_that_deploys_the_nested_stack(stack: Stack, template: Render) -> None:
    nested = NestedStack(stack, "Inner")
    Tags.of(stack).add("team", "api")
    nested.add_stack_tag("owner", "me")
    properties = template(stack)["Resources"]["InnerNestedStackInnerNestedStackResource745E041B"][
        "Properties"
    ]
    assert list(properties) == ["Tags", "TemplateURL"]
    assert properties["Tags"] == [{"Key": "owner", "Value": "me"}, {"Key": "team", "Value": "api"}]
