"""References to another region of the same account need no cross_region_references on either stack."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, CfnResource, CrossStackReferences, ReferenceStrength, Stack

_EAST = {"account": "111111111111", "region": "us-east-1"}
_WEST = {"account": "111111111111", "region": "eu-west-1"}


def _synth(strength: ReferenceStrength | None, **consumer_options: Any) -> tuple[Any, Any]:
    app = App()
    producer = Stack(app, "P", env=_EAST)
    consumer = Stack(app, "C", env=_WEST, **consumer_options)
    if strength is not None:
        CrossStackReferences.of(consumer).consume(strength)
    queue = CfnResource(producer, "Q", type="AWS::SQS::Queue")
    CfnResource(consumer, "U", type="T", properties={"X": queue.ref})
    assembly = app.synth()
    return assembly.get_stack_by_name("P").template, assembly.get_stack_by_name("C").template


def _writer_count(template: Any) -> int:
    types = [resource["Type"] for resource in template["Resources"].values()]
    return types.count("Custom::CrossRegionExportWriter")


@pytest.mark.parametrize("options", [{}, {"cross_region_references": True}])
def test_a_strong_reference_reads_the_ssm_export(options: dict[str, Any]) -> None:
    producer, consumer = _synth(ReferenceStrength.STRONG, **options)
    assert consumer["Resources"]["U"]["Properties"]["X"] == {
        "Fn::GetAtt": ["ExportsReader8B249524", "/cdk/exports/C/Puseast1RefQD265D261"]
    }
    assert _writer_count(producer) == 1


def test_a_both_reference_writes_the_ssm_export_and_reads_the_output() -> None:
    producer, consumer = _synth(ReferenceStrength.BOTH)
    assert consumer["Resources"]["U"]["Properties"]["X"] == {
        "Fn::GetStackOutput": {
            "StackName": "P",
            "Region": "us-east-1",
            "OutputName": "PublishOutputRefQF0ACD029",
        }
    }
    assert _writer_count(producer) == 1


def test_the_writer_policy_names_a_literal_partition_under_partition_literals() -> None:
    app = App(context={"@aws-cdk/core:enablePartitionLiterals": True})
    producer = Stack(app, "P", env=_EAST)
    consumer = Stack(app, "C", env=_WEST)
    queue = CfnResource(producer, "Q", type="AWS::SQS::Queue")
    CfnResource(consumer, "U", type="T", properties={"X": queue.ref})
    assembly = app.synth()
    roles = [
        resource
        for template in (assembly.get_stack_by_name("P").template, assembly.get_stack_by_name("C").template)
        for resource in template["Resources"].values()
        if resource["Type"] == "AWS::IAM::Role"
    ]
    resources = [
        statement["Resource"]
        for role in roles
        for statement in role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"]
    ]
    assert resources == [
        ["arn:aws:ssm:eu-west-1:111111111111:parameter/cdk/exports/*"],
        "arn:aws:ssm:eu-west-1:111111111111:parameter/cdk/exports/C/*",
    ]
