"""Converters for struct fields: a list the user passes as any sequence is stored as a tuple, a map as a dict.

Their parameter types are deliberately loose (`Sequence[Any]`, `Mapping[str, Any]`): a struct's run-time
type check then takes the item type from the field's own annotation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


def to_tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    """A required list field's converter: any sequence as a tuple."""
    return tuple(value)


def optional_tuple(value: Sequence[Any] | None) -> tuple[Any, ...] | None:
    """An optional list field's converter: any sequence as a tuple, `None` kept."""
    return None if value is None else tuple(value)


def to_dict(value: Mapping[str, Any]) -> dict[str, Any]:
    """A required map field's converter: any mapping as a dict."""
    return dict(value)


def optional_dict(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """An optional map field's converter: any mapping as a dict, `None` kept."""
    return None if value is None else dict(value)
