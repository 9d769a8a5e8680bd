"""Stack.export_value on a nested stack, whose own name is known only at deploy time
(core/stack.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, CfnResource, NestedStack, Stack, ValidationError


def test_nested_stack_export_value_without_a_name_is_refused() -> None:
    nested = NestedStack(Stack(App(), "S"), "Nested")
    topic = CfnResource(nested, "Topic", type="AWS::SNS::Topic")
    with pytest.raises(ValidationError) as error:
        nested.export_value(topic.get_att("TopicArn").to_string())
    assert str(error.value) == (
        "S/Nested: the export name generated for {'Fn::GetAtt': ['Topic', 'TopicArn']} is unresolved "
        '({"Fn::Join":["",[{"Ref":"AWS::StackName"},":ExportsOutputFnGetAttTopicTopicArnCF2D8456"]]}); '
        "give the export a name, e.g. export_value(value, name='MyExport')"
    )


def test_nested_stack_export_value_with_a_name_exports_it(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    nested = NestedStack(stack, "Nested")
    topic = CfnResource(nested, "Topic", type="AWS::SNS::Topic")
    imported = nested.export_value(topic.ref, name="TopicName")
    assert nested.resolve(imported) == {"Fn::ImportValue": "TopicName"}
    assert template(nested)["Outputs"] == {
        "ExportTopicName": {"Value": {"Ref": "Topic"}, "Export": {"Name": "TopicName"}}
    }
