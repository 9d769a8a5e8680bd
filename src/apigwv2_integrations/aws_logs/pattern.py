"""FilterPattern: the patterns metric and subscription filters match log events with."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..core.errors import ValidationError
from ..core.js_number import js_number_text
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


@runtime_checkable
class IFilterPattern(Protocol):
    """A log filter pattern."""

    @property
    def log_pattern_string(self) -> str:
        """The pattern as CloudWatch Logs writes it."""
        ...


def _quote(term: str) -> str:
    return '"' + term.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _LiteralPattern:
    def __init__(self, log_pattern_string: str) -> None:
        self.log_pattern_string = log_pattern_string


class JsonPattern:
    """A pattern over JSON log events: `{ <json pattern> }`."""

    def __init__(self, json_pattern_string: str) -> None:
        self.json_pattern_string = json_pattern_string

    @property
    def log_pattern_string(self) -> str:
        """The pattern as CloudWatch Logs writes it."""
        return "{ " + self.json_pattern_string + " }"


def _string_operator(comparison: str) -> str:
    operator = "=" if comparison == "==" else comparison
    if operator not in ("=", "!="):
        raise ValidationError(None, f"comparison={comparison!r} is not a string comparison; use '=' or '!='")
    return operator


def _number_operator(comparison: str) -> str:
    operator = "=" if comparison == "==" else comparison
    if operator not in ("=", "!=", "<", "<=", ">", ">="):
        raise ValidationError(
            None, f"comparison={comparison!r} is not a number comparison; use one of =, !=, <, <=, >, >="
        )
    return operator


def _text_pattern(clauses: list[list[str]]) -> _LiteralPattern:
    quoted = [" ".join(_quote(term) for term in terms) for terms in clauses]
    return _LiteralPattern(quoted[0] if len(quoted) == 1 else " ".join("?" + alt for alt in quoted))


@lazy_frozen(kw_only=True)
class ColumnRestriction(metaclass=LazyAttrsMeta):
    """A condition on one column of a space-delimited pattern."""

    comparison: str
    """The comparison: `=` or `!=` for strings; `=`, `!=`, `<`, `<=`, `>`, `>=` for numbers."""
    number_value: float | None = None
    """The number compared with. Give this or `string_value`."""
    string_value: str | None = None
    """The string compared with. Give this or `number_value`."""


_ELLIPSIS = "..."
_COLUMN = re.compile(r"^[a-zA-Z0-9_-]+$")


class SpaceDelimitedTextPattern:
    """A pattern over space-delimited log events: `[column, column = "value", ...]`."""

    def __init__(
        self, columns: Sequence[str], restrictions: Mapping[str, Sequence[ColumnRestriction]]
    ) -> None:
        self._columns = list(columns)
        self._restrictions = {name: list(values) for name, values in restrictions.items()}

    @staticmethod
    def construct(columns: Sequence[str]) -> SpaceDelimitedTextPattern:
        """A pattern naming the columns of each event (`...` stands for any number of columns, once)."""
        for column in columns:
            if column != _ELLIPSIS and not _COLUMN.match(column):
                raise ValidationError(
                    None, f"column {column!r} is not a column name; use letters, digits, '_' or '-'"
                )
        if sum(1 for column in columns if column == _ELLIPSIS) > 1:
            raise ValidationError(
                None, f"columns={list(columns)!r} has '...' more than once; use it at most once"
            )
        return SpaceDelimitedTextPattern(columns, {})

    def where_string(self, column_name: str, comparison: str, value: str) -> SpaceDelimitedTextPattern:
        """Only events whose `column_name` compares to the string `value` (`=` or `!=`)."""
        restriction = ColumnRestriction(comparison=_string_operator(comparison), string_value=value)
        return self._with(column_name, restriction)

    def where_number(self, column_name: str, comparison: str, value: float) -> SpaceDelimitedTextPattern:
        """Only events whose `column_name` compares to the number `value`."""
        restriction = ColumnRestriction(comparison=_number_operator(comparison), number_value=value)
        return self._with(column_name, restriction)

    def _with(self, column_name: str, restriction: ColumnRestriction) -> SpaceDelimitedTextPattern:
        if column_name not in self._columns:
            raise ValidationError(
                None,
                f"column_name={column_name!r} is not one of columns={self._columns!r}; restrict one of them",
            )
        restrictions = {name: list(values) for name, values in self._restrictions.items()}
        restrictions.setdefault(column_name, []).append(restriction)
        return SpaceDelimitedTextPattern(self._columns, restrictions)

    @property
    def log_pattern_string(self) -> str:
        """The pattern as CloudWatch Logs writes it."""
        return "[" + ", ".join(self._column_text(column) for column in self._columns) + "]"

    def _column_text(self, column: str) -> str:
        restrictions = self._restrictions.get(column)
        if not restrictions:
            return column
        return " && ".join(f"{column} {r.comparison} {_restriction_value(r)}" for r in restrictions)


def _restriction_value(restriction: ColumnRestriction) -> Any:
    if restriction.string_value is not None:
        return _quote(restriction.string_value)
    return js_number_text(restriction.number_value if restriction.number_value is not None else 0)


class FilterPattern:
    """Builders of filter patterns."""

    @staticmethod
    def space_delimited(*columns: str) -> SpaceDelimitedTextPattern:
        """Space-delimited events with these columns; `where_string` / `where_number` restrict them."""
        return SpaceDelimitedTextPattern.construct(columns)

    @staticmethod
    def literal(log_pattern_string: str) -> IFilterPattern:
        """A pattern written out in CloudWatch Logs' syntax."""
        return _LiteralPattern(log_pattern_string)

    @staticmethod
    def all_events() -> IFilterPattern:
        """Every event."""
        return _LiteralPattern("")

    @staticmethod
    def all_terms(*terms: str) -> IFilterPattern:
        """Events that contain every term."""
        return _text_pattern([list(terms)])

    @staticmethod
    def any_term(*terms: str) -> IFilterPattern:
        """Events that contain one of the terms."""
        return _text_pattern([[term] for term in terms])

    @staticmethod
    def any_term_group(*term_groups: list[str]) -> IFilterPattern:
        """Events that contain every term of one of the groups."""
        return _text_pattern([list(group) for group in term_groups])

    @staticmethod
    def string_value(json_field: str, comparison: str, value: str) -> JsonPattern:
        """A JSON field compared with a string (`=` or `!=`)."""
        return JsonPattern(f"{json_field} {_string_operator(comparison)} {_quote(value)}")

    @staticmethod
    def number_value(json_field: str, comparison: str, value: float) -> JsonPattern:
        """A JSON field compared with a number."""
        return JsonPattern(f"{json_field} {_number_operator(comparison)} {js_number_text(value)}")

    @staticmethod
    def regex_value(json_field: str, comparison: str, value: str) -> JsonPattern:
        """A JSON field matched against a regular expression."""
        return JsonPattern(f"{json_field} {comparison} %{value}%")

    @staticmethod
    def is_null(json_field: str) -> JsonPattern:
        """A JSON field that is null."""
        return JsonPattern(f"{json_field} IS NULL")

    @staticmethod
    def not_exists(json_field: str) -> JsonPattern:
        """A JSON field that is absent."""
        return JsonPattern(f"{json_field} NOT EXISTS")

    @staticmethod
    def exists(json_field: str) -> JsonPattern:
        """A JSON field that is present."""
        return JsonPattern(f"{json_field} = {_quote('*')}")

    @staticmethod
    def boolean_value(json_field: str, value: bool) -> JsonPattern:
        """A JSON field that is true or false."""
        return JsonPattern(f"{json_field} {'IS TRUE' if value else 'IS FALSE'}")

    @staticmethod
    def all(*patterns: JsonPattern) -> JsonPattern:
        """Events every JSON pattern matches."""
        if not patterns:
            raise ValidationError(
                None, "FilterPattern.all() got no pattern; give at least one, or use all_events()"
            )
        if len(patterns) == 1:
            return patterns[0]
        return JsonPattern(" && ".join(f"({p.json_pattern_string})" for p in patterns))

    @staticmethod
    def any(*patterns: JsonPattern) -> JsonPattern:
        """Events one of the JSON patterns matches."""
        if not patterns:
            raise ValidationError(None, "FilterPattern.any() got no pattern; give at least one")
        if len(patterns) == 1:
            return patterns[0]
        return JsonPattern(" || ".join(f"({p.json_pattern_string})" for p in patterns))
