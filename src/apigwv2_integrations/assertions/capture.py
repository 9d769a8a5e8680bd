"""Capture: a matcher that remembers the values it matched, as `aws_cdk.assertions.Capture`."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.runtime_typing import TYPE_CHECKING
from ._matcher import (
    AssertionFailure,
    MatchCapture,
    Matcher,
    MatchFailure,
    MatchResult,
    is_missing,
    json_block,
    type_name,
)
from .match import Match

if TYPE_CHECKING:
    from typing import Any


class Capture(Matcher):
    """Matches any value (or values matching `pattern`) and keeps them for `as_string()` and friends."""

    def __init__(self, pattern: Any = None) -> None:
        self._pattern = pattern
        self._captured: list[Any] = []
        self._index = 0

    @property
    def name(self) -> str:
        return "Capture"

    def test(self, actual: Any) -> MatchResult:
        result = MatchResult(actual)
        if is_missing(actual):
            return result.record_failure(
                MatchFailure(
                    matcher=self, path=[], message="Can only capture non-nullish values. Found undefined"
                )
            )
        if self._pattern is not None:
            pattern = self._capture_pattern(self._pattern)
            inner = pattern.test(actual)
            if inner.has_failed():
                return inner
            result = inner
        result.record_capture(MatchCapture(capture=self, value=actual))
        return result

    @staticmethod
    def _capture_pattern(pattern: Any) -> Matcher:
        """A dict pattern matches object-like, as in aws_cdk.

        Differs from aws-cdk-lib: any other literal (a string, number or list) matches exactly; aws_cdk
        tests it object-like too, so `Capture("x")` there never matches anything.
        """
        if isinstance(pattern, Matcher):
            return pattern
        return Match.object_like(pattern) if isinstance(pattern, Mapping) else Match.exact(pattern)

    def _add_captured(self, value: Any) -> None:
        self._captured.append(value)

    def next(self) -> bool:
        """Move to the next captured value; False when there is none."""
        if self._index + 1 >= len(self._captured):
            return False
        self._index += 1
        return True

    def _current(self, expected: str) -> Any:
        if not self._captured:
            raise AssertionFailure("No value captured")
        value = self._captured[self._index]
        if type_name(value) != expected:
            raise AssertionFailure(
                f"Captured value is expected to be {expected} but found {type_name(value)}. "
                f"Value is {json_block(value)}"
            )
        return value

    def as_string(self) -> str:
        """The current captured value, which must be a string."""
        value: str = self._current("string")
        return value

    def as_number(self) -> float:
        """The current captured value, which must be a number."""
        value: float = self._current("number")
        return value

    def as_boolean(self) -> bool:
        """The current captured value, which must be a boolean."""
        value: bool = self._current("boolean")
        return value

    def as_array(self) -> list[Any]:
        """The current captured value, which must be a list."""
        value: list[Any] = self._current("array")
        return value

    def as_object(self) -> dict[str, Any]:
        """The current captured value, which must be a dict."""
        value: dict[str, Any] = self._current("object")
        return value
