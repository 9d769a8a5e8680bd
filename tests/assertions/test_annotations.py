"""Annotations: assertions on a stack's info, warning and error messages (assertions/annotations.py).

The failure reports are those aws-cdk-lib 2.275.0 writes for the same app (`aws_cdk.assertions`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from apigwv2_integrations import Annotations as CoreAnnotations
from apigwv2_integrations import App, CfnResource, Construct, NestedStack, Stack, Stage
from apigwv2_integrations.assertions import Annotations, Match, Template
from apigwv2_integrations.core.errors import SynthesisError
from apigwv2_integrations.cx_api import SynthesisMessage, SynthesisMessageLevel


@pytest.fixture
def annotated(stack: Stack) -> Annotations:
    queue = CfnResource(stack, "Q", type="AWS::SQS::Queue")
    construct = Construct(stack, "Foo")
    CoreAnnotations.of(construct).add_info("hello info")
    CoreAnnotations.of(construct).add_warning("plain warning")
    CoreAnnotations.of(construct).add_warning_v2("my:ack", "acked warning")
    CoreAnnotations.of(construct).add_warning_v2("my:other", "other warning")
    CoreAnnotations.of(construct).acknowledge_warning("my:ack")
    CoreAnnotations.of(queue).add_error("queue error")
    return Annotations.from_stack(stack)


def failure(call: object, *args: object) -> str:
    assert callable(call)
    with pytest.raises(AssertionError) as error:
        call(*args)
    return str(error.value)


def test_find_returns_the_messages_in_the_stack_metadata_order(annotated: Annotations) -> None:
    warnings = annotated.find_warning("*", Match.any_value())
    assert [(m.id, m.level, m.entry.type, m.entry.data) for m in warnings] == [
        ("/Test/Foo", SynthesisMessageLevel.WARNING, "aws:cdk:warning", "plain warning"),
        ("/Test/Foo", SynthesisMessageLevel.WARNING, "aws:cdk:warning", "other warning [ack: my:other]"),
    ]
    assert all(isinstance(m, SynthesisMessage) for m in warnings)
    assert [m.entry.data for m in annotated.find_info("/Test/Foo", Match.any_value())] == ["hello info"]
    assert [m.id for m in annotated.find_error("*", "queue error")] == ["/Test/Q"]


def test_a_path_is_matched_whole_with_its_leading_slash(annotated: Annotations) -> None:
    assert annotated.find_warning("Test/Foo", Match.any_value()) == []
    assert annotated.find_warning("/Test", Match.any_value()) == []
    assert len(annotated.find_warning("/Test/Foo", Match.any_value())) == 2


def test_a_string_message_matches_exactly_and_a_matcher_as_it_says(annotated: Annotations) -> None:
    annotated.has_warning("/Test/Foo", Match.string_like_regexp("other"))
    annotated.has_warning("*", "plain warning")
    assert annotated.find_warning("*", "plain") == []
    assert annotated.find_warning("*", Match.object_like({"a": 1})) == []


def test_acknowledged_warnings_are_not_there(annotated: Annotations) -> None:
    annotated.has_no_warning("*", "acked warning")
    annotated.has_no_warning("*", Match.string_like_regexp("my:ack"))


def test_has_warning_reports_the_first_three_messages_at_the_path(annotated: Annotations) -> None:
    assert failure(annotated.has_warning, "/Test/Foo", "nope") == (
        "Stack has 3 messages at path /Test/Foo, but none match as expected.\n"
        "The 3 closest matches:\n"
        "1 :: {\n"
        '  "entry": {\n'
        "!!   Expected nope but received hello info\n"
        '    "data": "hello info",\n'
        '    "trace": "redacted",\n'
        '    "type": "aws:cdk:info"\n'
        "  },\n"
        '  "id": "/Test/Foo",\n'
        "!! Expected warning but received info\n"
        '  "level": "info"\n'
        "}\n"
        "2 :: {\n"
        '  "entry": {\n'
        "!!   Expected nope but received plain warning\n"
        '    "data": "plain warning",\n'
        '    "trace": "redacted",\n'
        '    "type": "aws:cdk:warning"\n'
        "  },\n"
        '  "id": "/Test/Foo",\n'
        '  "level": "warning"\n'
        "}\n"
        "3 :: {\n"
        '  "entry": {\n'
        "!!   Expected nope but received other warning [ack: my:other]\n"
        '    "data": "other warning [ack: my:other]",\n'
        '    "trace": "redacted",\n'
        '    "type": "aws:cdk:warning"\n'
        "  },\n"
        '  "id": "/Test/Foo",\n'
        '  "level": "warning"\n'
        "}"
    )


def test_has_info_lists_the_three_cheapest_in_index_order(annotated: Annotations) -> None:
    report = failure(annotated.has_info, "*", "zzz")
    assert report.startswith("Stack has 4 messages at path *, but none match as expected.\n")
    assert [line.split(" ::")[0] for line in report.splitlines() if " :: " in line] == ["0", "1", "2"]


def test_closest_messages_are_the_cheapest_listed_by_index(stack: Stack) -> None:
    for index in range(9):
        CoreAnnotations.of(Construct(stack, f"C{index}")).add_info(f"info {index}")
    CoreAnnotations.of(Construct(stack, "W9")).add_warning("zz")
    CoreAnnotations.of(Construct(stack, "W10")).add_warning("zy")

    def closest() -> list[str]:
        report = failure(Annotations.from_stack(stack).has_warning, "*", "z")
        return [line.split(" ::")[0] for line in report.splitlines() if " :: " in line]

    # The warnings cost least, then the infos in localeCompare order of their index ("0", "1", "10", "2").
    assert closest() == ["0", "9", "10"]
    CoreAnnotations.of(Construct(stack, "W11")).add_warning("zx")
    CoreAnnotations.of(Construct(stack, "W12")).add_warning("zw")
    assert closest() == ["10", "11", "12"]


def test_no_message_at_the_path(annotated: Annotations, app: App) -> None:
    assert failure(annotated.has_warning, "/Test/Bar", "nope") == (
        "Stack has 0 messages at path /Test/Bar.\nNo matches found"
    )
    empty = Annotations.from_stack(Stack(app, "Other"))
    empty.has_no_warning("*", Match.any_value())
    assert failure(empty.has_warning, "*", Match.any_value()) == (
        "Stack has 0 messages at path *.\nNo matches found"
    )


def test_has_no_lists_the_matches_by_their_index(annotated: Annotations) -> None:
    assert failure(annotated.has_no_warning, "*", Match.string_like_regexp("plain")) == (
        "Expected no matches, but stack has 1 messages as follows:\n"
        "  {\n"
        '    "2": {\n'
        '      "level": "warning",\n'
        '      "entry": {\n'
        '        "type": "aws:cdk:warning",\n'
        '        "data": "plain warning",\n'
        '        "trace": "redacted"\n'
        "      },\n"
        '      "id": "/Test/Foo"\n'
        "    }\n"
        "  }"
    )
    annotated.has_error("*", "queue error")
    annotated.has_no_error("/Test/Foo", Match.any_value())
    assert failure(annotated.has_no_info, "*", Match.any_value()).startswith(
        'Expected no matches, but stack has 1 messages as follows:\n  {\n    "1": {'
    )


def test_error_annotations_do_not_stop_assertions_but_other_problems_do(app: App, stack: Stack) -> None:
    queue = CfnResource(stack, "Q", type="AWS::SQS::Queue")
    CoreAnnotations.of(queue).add_error("queue error")
    Annotations.from_stack(stack).has_error("/Test/Q", "queue error")
    assert list(Template.from_stack(stack).to_json()["Resources"]) == ["Q"]
    queue.node.add_validation(_Failing())
    with pytest.raises(SynthesisError, match="always fails"):
        Annotations.from_stack(stack)


class _Failing:
    def validate(self) -> list[str]:
        return ["always fails"]


def test_warnings_added_while_synthesizing_are_messages(stack: Stack) -> None:
    # A nested-stack reference or a limit check warns during synthesis; a template over 1 MiB is simplest.
    CfnResource(stack, "Big", type="AWS::SQS::Queue", properties={"Blob": "x" * (1024 * 1024)})
    Annotations.from_stack(stack).has_warning("/Test", Match.string_like_regexp("CloudFormation accepts"))


def test_stacks_of_stages_and_nested_stacks(app: App) -> None:
    stage = Stage(app, "Prod")
    inner = Stack(stage, "Inner")
    CoreAnnotations.of(inner).add_warning("inner warning")
    assert [m.id for m in Annotations.from_stack(inner).find_warning("*", Match.any_value())] == [
        "/Prod/Inner"
    ]
    parent = Stack(app, "Parent")
    nested = NestedStack(parent, "Nested")
    CoreAnnotations.of(Construct(nested, "Deep")).add_info("deep info")
    CoreAnnotations.of(parent).add_info("parent info")
    assert [m.id for m in Annotations.from_stack(nested).find_info("*", Match.any_value())] == [
        "/Parent/Nested/Deep"
    ]
    assert len(Annotations.from_stack(parent).find_info("*", Match.any_value())) == 2


def test_nothing_is_written(app: App, stack: Stack) -> None:
    CoreAnnotations.of(stack).add_info("x")
    Annotations.from_stack(stack).has_info("/Test", "x")
    assert not os.path.exists(app.outdir)


def test_the_stack_artifact_carries_the_messages(app: App, stack: Stack, tmp_path: Path) -> None:
    CoreAnnotations.of(stack).add_warning("on the stack")
    artifact = app.synth().get_stack_artifact("Test")
    assert [(m.id, m.level.value, m.entry.data) for m in artifact.messages] == [
        ("/Test", "warning", "on the stack")
    ]
