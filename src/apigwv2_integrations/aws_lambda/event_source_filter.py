"""FilterCriteria and FilterRule: the event filter patterns of an event source mapping."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.runtime_typing import TYPE_CHECKING
from ..core.synthesis.json_text import json_stringify

if TYPE_CHECKING:
    from typing import Any


def _as_plain_json(value: Any) -> Any:
    """Mappings as dicts and sequences as lists: the values the JSON writer takes."""
    if isinstance(value, Mapping):
        return {key: _as_plain_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_plain_json(item) for item in value]
    return value


class FilterRule:
    """The values a field of an event filter pattern matches."""

    @staticmethod
    def null() -> Any:
        """The field is null."""
        return [None]

    @staticmethod
    def empty() -> list[str]:
        """The field is an empty string."""
        return [""]

    @staticmethod
    def is_equal(item: str | float | bool) -> Any:
        """The field equals `item` (numbers are compared numerically)."""
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            return [{"numeric": ["=", item]}]
        return [item]

    @staticmethod
    def or_(*elem: str) -> list[str]:
        """The field equals one of `elem`."""
        return list(elem)

    @staticmethod
    def not_equals(elem: str) -> list[dict[str, list[str]]]:
        """The field is anything but `elem`."""
        return [{"anything-but": [elem]}]

    @staticmethod
    def between(first: float, second: float) -> list[dict[str, list[Any]]]:
        """The field is a number greater than `first` and at most `second`."""
        return [{"numeric": [">", first, "<=", second]}]

    @staticmethod
    def exists() -> list[dict[str, bool]]:
        """The field is present."""
        return [{"exists": True}]

    @staticmethod
    def not_exists() -> list[dict[str, bool]]:
        """The field is absent."""
        return [{"exists": False}]

    @staticmethod
    def begins_with(elem: str) -> list[dict[str, str]]:
        """The field is a string that starts with `elem`."""
        return [{"prefix": elem}]


class FilterCriteria:
    """Event filter patterns, for the `filters` of an event source or event source mapping."""

    @staticmethod
    def filter(filter: Mapping[str, Any]) -> dict[str, Any]:  # noqa: A002 (aws_cdk's keyword)
        """A filter from a pattern built with FilterRule values: `{"pattern": <the pattern as JSON>}`."""
        return {"pattern": json_stringify(_as_plain_json(filter))}
