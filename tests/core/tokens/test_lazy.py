"""Lazy values are produced at synth (core/tokens/lazy.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Lazy, Stack, Token


def test_lazy_string_is_produced_once(stack: Stack) -> None:
    calls: list[int] = []
    value = Lazy.string(lambda: calls.append(1) or "v")
    assert Token.is_unresolved(value)
    assert (stack.resolve(value), stack.resolve(value), len(calls)) == ("v", "v", 1)


def test_uncached_string_is_produced_every_time(stack: Stack) -> None:
    calls: list[int] = []
    value = Lazy.uncached_string(lambda: calls.append(1) or "v")
    assert (stack.resolve(value), stack.resolve(value), len(calls)) == ("v", "v", 2)


def test_producer_object_and_context_argument(stack: Stack) -> None:
    class Producer:
        def produce(self, context: object) -> str:
            return type(context).__name__

    assert stack.resolve(Lazy.string(Producer())) == "ResolveContext"
    assert stack.resolve(Lazy.any(lambda context: context.scope.node.path)) == "Test"


def test_lazy_number_list_and_any(stack: Stack) -> None:
    assert stack.resolve(Lazy.number(lambda: 3)) == 3
    assert stack.resolve(Lazy.list(lambda: ["a"])) == ["a"]
    assert stack.resolve({"X": Lazy.any(lambda: {"k": 1})}) == {"X": {"k": 1}}


def test_omit_empty_drops_an_empty_list(stack: Stack) -> None:
    assert stack.resolve({"X": Lazy.list(lambda: [], omit_empty=True), "Y": Lazy.list(lambda: [])}) == {
        "Y": []
    }


def test_a_value_set_after_creation_is_seen(stack: Stack) -> None:
    names: list[str] = []
    value = Lazy.list(lambda: list(names))
    names.append("late")
    assert stack.resolve(value) == ["late"]


def test_a_producer_must_be_callable_when_the_lazy_is_made() -> None:
    # A dict with a "produce" key is what a TypeScript example looks like; Python needs an object or a function.
    with pytest.raises(TypeError) as error:
        Lazy.any({"produce": 1})
    assert str(error.value) == (
        "a Lazy producer must have a produce(context) method or be callable, got {'produce': 1}"
    )
