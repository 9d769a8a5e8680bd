"""FilterPattern: the patterns metric and subscription filters match log events with."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..core.errors import ValidationError


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


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _text_pattern(clauses: list[list[str]]) -> _LiteralPattern:
    quoted = [" ".join(_quote(term) for term in terms) for terms in clauses]
    return _LiteralPattern(quoted[0] if len(quoted) == 1 else " ".join("?" + alt for alt in quoted))


class FilterPattern:
    """Builders of filter patterns."""

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
        return JsonPattern(f"{json_field} {_number_operator(comparison)} {_number(value)}")

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
