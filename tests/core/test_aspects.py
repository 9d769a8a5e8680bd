"""Aspects: the aspects added to a construct (Aspects.applied, AspectApplication), the order they run
in, aspects added by aspects, and the errors and warnings of that."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import (
    App,
    AspectApplication,
    AspectOptions,
    AspectPriority,
    Aspects,
    Construct,
    Stack,
    Tags,
    ValidationError,
)
from apigwv2_integrations.aws_sqs import CfnQueue


class _Recorder:
    def __init__(self, name: str, seen: list[str]) -> None:
        self._name = name
        self._seen = seen

    def visit(self, node: Any) -> None:
        if isinstance(node, Stack):
            self._seen.append(self._name)


def test_applied_lists_the_aspects_with_their_priorities(stack: Stack) -> None:
    first = _Recorder("first", [])
    Aspects.of(stack).add(first, priority=10)
    Aspects.of(stack).add(_Recorder("second", []))
    applied = Aspects.of(stack).applied
    assert (applied[0].aspect, applied[0].construct, applied[0].priority) == (first, stack, 10)
    assert [a.priority for a in applied] == [10, AspectPriority.DEFAULT]
    assert all(isinstance(a, AspectApplication) for a in applied)


def test_a_changed_priority_changes_the_order_at_synth(app: App, stack: Stack) -> None:
    seen: list[str] = []
    Aspects.of(stack).add(_Recorder("early", seen), priority=100)
    Aspects.of(stack).add(_Recorder("late", seen), priority=300)
    Aspects.of(stack).applied[0].priority = 400
    Construct(stack, "Child")
    app.synth()
    assert seen == ["late", "early"]


def test_aspect_options_hold_the_keywords_of_add() -> None:
    assert [field.name for field in attrs.fields(AspectOptions)] == ["priority"]


class _TagQueues:
    def visit(self, node: Any) -> None:
        if isinstance(node, CfnQueue):
            Tags.of(node).add("CostCenter", "cc-123")


def _queue_tags(app: App) -> Any:
    template = app.synth().get_stack_by_name("Test").template
    return template["Resources"]["Queue"]["Properties"].get("Tags")


def test_tags_an_aspect_adds_are_applied(app: App, stack: Stack) -> None:
    CfnQueue(stack, "Queue", queue_name="q")
    Aspects.of(app).add(_TagQueues(), priority=AspectPriority.MUTATING)
    assert _queue_tags(app) == [{"Key": "CostCenter", "Value": "cc-123"}]


def test_without_stabilization_an_aspect_added_by_an_aspect_is_ignored_with_a_warning(
    app: App, stack: Stack
) -> None:
    queue = CfnQueue(stack, "Queue", queue_name="q")
    Aspects.of(app).add(_TagQueues(), priority=AspectPriority.MUTATING)
    assembly = app.synth(aspect_stabilization=False)
    assert assembly.get_stack_by_name("Test").template["Resources"]["Queue"]["Properties"] == {
        "QueueName": "q"
    }
    assert assembly.warnings == [
        (
            queue.node.path,
            "We detected an Aspect was added via another Aspect, and will not be applied "
            "[ack: @aws-cdk/core:ignoredAspect]",
        )
    ]


def test_one_aspect_added_on_two_scopes_runs_once_per_construct(app: App, stack: Stack) -> None:
    seen: list[str] = []
    recorder = _Recorder("once", seen)
    Aspects.of(app).add(recorder)
    Aspects.of(stack).add(recorder, priority=100)
    Aspects.of(stack).add(recorder, priority=100)  # the same application again: ignored
    app.synth()
    assert seen == ["once"]
    assert len(Aspects.of(stack).applied) == 1


def test_at_equal_priority_the_aspects_of_parents_run_first(app: App, stack: Stack) -> None:
    seen: list[str] = []
    Aspects.of(stack).add(_Recorder("stack's", seen))
    Aspects.of(app).add(_Recorder("app's", seen))
    app.synth()
    assert seen == ["app's", "stack's"]


class _AddsAnEarlierAspect:
    def visit(self, node: Any) -> None:
        if isinstance(node, Stack):
            Aspects.of(node).add(_Recorder("early", []), priority=100)


def test_an_aspect_that_would_run_after_one_of_higher_priority_is_an_error(app: App, stack: Stack) -> None:
    Aspects.of(app).add(_AddsAnEarlierAspect())  # priority 500 adds one of priority 100 on the stack
    with pytest.raises(ValidationError) as error:
        app.synth()
    assert str(error.value) == (
        "Test: aspect _Recorder (priority 100, added on Test) cannot run here: aspect _AddsAnEarlierAspect "
        "(priority 500, added on the app) has already run on this construct, and aspects run in order of "
        "priority, lowest first; add it with priority >= 500, or before synth"
    )


class _AddsForever:
    def visit(self, node: Any) -> None:
        if isinstance(node, Stack):
            Aspects.of(node).add(_AddsForever())


def test_aspects_that_never_stop_adding_aspects_are_an_error(app: App, stack: Stack) -> None:
    Aspects.of(stack).add(_AddsForever())
    with pytest.raises(ValidationError) as error:
        app.synth()
    assert str(error.value) == (
        "aspects still added aspects or ran on new constructs after 102 walks of the tree; an aspect "
        "probably adds an aspect or a construct each time it runs: make each visit add them only once"
    )
