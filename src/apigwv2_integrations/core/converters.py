"""Converters for struct fields: a list the user passes as any sequence is stored as a tuple.

Their parameter types are deliberately loose (`Sequence[Any]`): a struct's run-time type check then
takes the item type from the field's own annotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def to_tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    """A required list field's converter: any sequence as a tuple."""
    return tuple(value)


def optional_tuple(value: Sequence[Any] | None) -> tuple[Any, ...] | None:
    """An optional list field's converter: any sequence as a tuple, `None` kept."""
    return None if value is None else tuple(value)
