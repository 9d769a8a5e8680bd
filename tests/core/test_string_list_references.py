"""A list attribute read by another stack crosses it joined with `||` and is split back (core/cfn_reference.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, CfnOutput, Environment, Fn, NestedStack, Stack
from apigwv2_integrations.cfn.aws_ec2 import CfnVPC

Render = Callable[[Stack], dict[str, Any]]

BLOCKS = {"Fn::GetAtt": ["Network", "CidrBlockAssociations"]}
JOINED_BLOCKS = {"Fn::Join": ["||", BLOCKS]}


def _first_block_read_by(consumer: Stack, network: CfnVPC) -> None:
    CfnOutput(consumer, "FirstBlock", value=Fn.select(0, network.attr_cidr_block_associations))


@pytest.mark.parametrize("strength", ["strong", "weak", "both"])
def test_a_list_attribute_is_joined_by_the_producer_and_split_by_the_consumer(
    strength: str, template: Render
) -> None:
    app = App(context={"@aws-cdk/core:defaultCrossStackReferences": strength})
    producer = Stack(app, "Producer")
    network = CfnVPC(producer, "Network", cidr_block="10.0.0.0/16")
    consumer = Stack(app, "Consumer")
    _first_block_read_by(consumer, network)

    outputs = template(producer)["Outputs"]
    read = template(consumer)["Outputs"]["FirstBlock"]["Value"]["Fn::Select"][1]
    assert {name: output["Value"] for name, output in outputs.items()} == dict.fromkeys(
        outputs, JOINED_BLOCKS
    )
    assert read["Fn::Split"][0] == "||"
    expected_reader = "Fn::ImportValue" if strength == "strong" else "Fn::GetStackOutput"
    assert list(read["Fn::Split"][1]) == [expected_reader]


def test_a_list_attribute_of_another_account_is_split_after_fn_get_stack_output(template: Render) -> None:
    app = App()
    producer = Stack(app, "Producer", env=Environment(account="111111111111", region="eu-west-1"))
    network = CfnVPC(producer, "Network", cidr_block="10.0.0.0/16")
    consumer = Stack(app, "Consumer", env=Environment(account="222222222222", region="eu-west-1"))
    _first_block_read_by(consumer, network)

    [(published_name, published)] = [
        (name, output) for name, output in template(producer)["Outputs"].items() if name.startswith("Publish")
    ]
    read = template(consumer)["Outputs"]["FirstBlock"]["Value"]["Fn::Select"][1]
    assert published["Value"] == JOINED_BLOCKS
    assert read["Fn::Split"][0] == "||"
    assert read["Fn::Split"][1]["Fn::GetStackOutput"]["OutputName"] == published_name


def test_a_list_attribute_of_a_nested_stack_is_split_by_its_parent(app: App, template: Render) -> None:
    parent = Stack(app, "Parent")
    inner = NestedStack(parent, "Inner")
    network = CfnVPC(inner, "Network", cidr_block="10.0.0.0/16")
    _first_block_read_by(parent, network)

    nested_outputs = template(inner)["Outputs"]
    [(output_name, output)] = nested_outputs.items()
    read = template(parent)["Outputs"]["FirstBlock"]["Value"]["Fn::Select"][1]
    assert output["Value"] == JOINED_BLOCKS
    assert read == {
        "Fn::Split": ["||", {"Fn::GetAtt": [read["Fn::Split"][1]["Fn::GetAtt"][0], f"Outputs.{output_name}"]}]
    }


def test_export_string_list_value_rejects_a_plain_string(stack: Stack) -> None:
    with pytest.raises(TypeError) as error:
        stack.export_string_list_value("not-a-list", name="Bad")
    assert str(error.value) == (
        "Test: export_string_list_value(exported_value='not-a-list') is a str; use a list of strings, e.g. [value]"
    )
