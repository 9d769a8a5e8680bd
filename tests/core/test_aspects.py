"""Aspects.applied and AspectApplication: the aspects added to a construct, and changing their priority."""

from __future__ import annotations

from typing import Any

import attrs

from apigwv2_integrations import (
    App,
    AspectApplication,
    AspectOptions,
    AspectPriority,
    Aspects,
    Construct,
    Stack,
)


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
