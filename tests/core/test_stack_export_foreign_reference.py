"""Stack.export_value and export_string_list_value refuse a reference to another stack's resource."""

from __future__ import annotations

import pytest

from apigwv2_integrations import App, CfnResource, NestedStack, Stack, Stage, ValidationError


def _stacks() -> tuple[Stack, Stack, CfnResource]:
    stage = Stage(App(), "Pre")
    producer = Stack(stage, "A")
    resource = CfnResource(producer, "Q", type="AWS::SQS::Queue")
    return producer, Stack(stage, "B"), resource


def test_export_value_of_another_stacks_resource_is_refused() -> None:
    _, exporter, resource = _stacks()
    with pytest.raises(ValidationError) as raised:
        exporter.export_value(resource.get_att("Arn"))
    assert str(raised.value) == (
        "Pre/B: export_value() got a reference to 'Pre/A/Q', which is not in this stack; "
        "call export_value() on the stack that holds it ('Pre/A')"
    )


def test_export_string_list_value_of_another_stacks_resource_is_refused() -> None:
    _, exporter, resource = _stacks()
    with pytest.raises(ValidationError, match="export_string_list_value\\(\\) got a reference to 'Pre/A/Q'"):
        exporter.export_string_list_value(resource.get_att("DnsEntries"))


def test_a_named_export_and_the_own_stacks_resources_are_accepted() -> None:
    producer, exporter, resource = _stacks()
    assert exporter.resolve(exporter.export_value(resource.ref, name="X")) == {"Fn::ImportValue": "X"}
    assert "Fn::ImportValue" in producer.resolve(producer.export_value(resource.ref))


def test_a_resource_of_a_nested_stack_below_is_exported() -> None:
    parent = Stack(App(), "Parent")
    nested_resource = CfnResource(NestedStack(parent, "N"), "Q", type="AWS::SQS::Queue")
    assert "Fn::ImportValue" in parent.resolve(parent.export_value(nested_resource.get_att("Arn")))
