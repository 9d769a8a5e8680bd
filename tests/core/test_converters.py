"""Struct field converters that store any sequence as a tuple (core/converters.py)."""

from __future__ import annotations

from apigwv2_integrations.core.converters import optional_tuple, to_tuple


def test_to_tuple_stores_any_sequence_as_a_tuple() -> None:
    assert to_tuple(["a", "b"]) == ("a", "b")
    assert to_tuple(("a",)) == ("a",)


def test_optional_tuple_keeps_none() -> None:
    assert optional_tuple(None) is None
    assert optional_tuple([1, 2]) == (1, 2)
