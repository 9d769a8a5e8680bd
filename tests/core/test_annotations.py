"""Annotations: warnings are reported, errors fail the synth, acknowledged warnings are silent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigwv2_integrations import Annotations, App, CfnResource, Stack, SynthesisError, ValidationError


def test_warning_is_reported_and_written_to_stack_metadata(app: App, stack: Stack) -> None:
    queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    Annotations.of(queue).add_warning("queues need a dead-letter queue")
    assembly = app.synth()
    assert assembly.warnings == [("Test/Queue", "queues need a dead-letter queue")]
    metadata = json.loads((Path(assembly.directory) / "Test.metadata.json").read_text())
    assert {"type": "aws:cdk:warning", "data": "queues need a dead-letter queue"} in metadata["/Test/Queue"]


def test_acknowledged_warning_is_not_reported(app: App, stack: Stack) -> None:
    queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    Annotations.of(queue).add_warning_v2("queue:dlq", "queues need a dead-letter queue")
    Annotations.of(stack).acknowledge_warning("queue:dlq")
    assert app.synth().warnings == []


def test_error_fails_the_synth_with_the_other_problems(app: App, stack: Stack) -> None:
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    Annotations.of(stack).add_error("this stack is not ready")
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == "synthesis failed with 1 validation error:\n  Test: this stack is not ready"


def test_template_over_one_megabyte_gives_a_warning(app: App, stack: Stack) -> None:
    for index in range(11):
        CfnResource(stack, f"Queue{index}", type="AWS::SQS::Queue", properties={"Padding": "x" * 100_000})
    warnings = app.synth().warnings
    assert len(warnings) == 1
    path, message = warnings[0]
    assert path == "Test"
    assert message.startswith("the template is 1,10")
    assert message.endswith(
        " bytes; CloudFormation accepts at most 1,048,576, so move resources to another stack"
    )


def test_template_size_warning_is_written_to_the_stack_metadata(app: App, stack: Stack) -> None:
    for index in range(11):
        CfnResource(stack, f"Queue{index}", type="AWS::SQS::Queue", properties={"Padding": "x" * 100_000})
    assembly = app.synth()
    [(_, message)] = assembly.warnings
    metadata = json.loads((Path(assembly.directory) / "Test.metadata.json").read_text())
    assert metadata["/Test"] == [
        {"type": "aws:cdk:templateFile", "data": "Test.template.json"},
        {"type": "aws:cdk:warning", "data": message},
    ]


def test_info_v2_is_dropped_once_acknowledged_before_or_after(stack: Stack) -> None:
    queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    Annotations.of(queue).add_info_v2("core:early", "added before the acknowledgement")
    Annotations.of(queue).add_info_v2("core:kept", "never acknowledged")
    Annotations.of(stack).acknowledge_info("core:early")
    Annotations.of(queue).add_info_v2("core:early", "added after the acknowledgement")
    assert [(m.type, m.data) for m in queue.node.metadata] == [
        ("aws:cdk:info", "never acknowledged [ack: core:kept]")
    ]


def test_deprecation_is_an_acknowledgeable_warning(app: App, stack: Stack) -> None:
    Annotations.of(stack).add_deprecation("Old.api", "use New.api")
    assembly = app.synth()
    assert assembly.warnings == [
        (
            "Test",
            "The API Old.api is deprecated: use New.api. This API will be removed in the next major "
            "release [ack: Deprecated:Old.api]",
        )
    ]


def test_deprecation_is_an_error_when_deprecations_are_blocked(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDK_BLOCK_DEPRECATIONS", "1")
    with pytest.raises(ValidationError) as error:
        Annotations.of(stack).add_deprecation("Old.api", "use New.api")
    assert str(error.value) == (
        "Test: The API Old.api is deprecated: use New.api. This API will be removed in the next major release"
    )
