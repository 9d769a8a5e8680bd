"""Match: the built-in matchers for template assertions, as `aws_cdk.assertions.Match`."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from ..core.errors import ArgumentTypeError, InvalidValueError
from ..core.runtime_typing import TYPE_CHECKING
from ._matcher import (
    Matcher,
    MatchFailure,
    MatchResult,
    is_missing,
    json_block,
    plain,
    type_name,
)

if TYPE_CHECKING:
    from typing import Any


def _matcher_for(name: str, pattern: Any, *, partial_objects: bool) -> Matcher:
    """`pattern` itself when it is a matcher, else a literal match that inherits the parent's name."""
    if isinstance(pattern, Matcher):
        return pattern
    return _LiteralMatch(name, pattern, partial_objects=partial_objects)


class _NamedMatcher(Matcher):
    """A built-in matcher: it carries the name of the `Match` factory that made it."""

    def __init__(self, name: str) -> None:
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    def _failure(self, message: str, *, path: Sequence[str] = ()) -> MatchFailure:
        """A failure of this matcher at `path` (relative to the value tested)."""
        return MatchFailure(matcher=self, path=list(path), message=message)


class _LiteralMatch(_NamedMatcher):
    """Equal values; lists and dicts compared element by element (dicts partially if asked)."""

    def __init__(self, name: str, pattern: Any, *, partial_objects: bool = False) -> None:
        if isinstance(pattern, Matcher):
            raise ArgumentTypeError(
                "LiteralMatch cannot directly contain another matcher. "
                "Remove the top-level matcher or nest it more deeply."
            )
        super().__init__(name)
        self._pattern = pattern
        self._partial_objects = partial_objects

    def test(self, actual: Any) -> MatchResult:
        pattern = self._pattern
        if isinstance(pattern, (list, tuple)):
            return _ArrayMatch(self._name, pattern, partial_objects=self._partial_objects).test(actual)
        if isinstance(pattern, Mapping):
            return _ObjectMatch(self._name, pattern, partial=self._partial_objects).test(actual)
        result = MatchResult(actual)
        if type_name(pattern) != type_name(actual):
            result.record_failure(
                self._failure(f"Expected type {type_name(pattern)} but received {type_name(actual)}")
            )
        elif actual != pattern:
            result.record_failure(self._failure(f"Expected {plain(pattern)} but received {plain(actual)}"))
        return result


class _ArrayMatch(_NamedMatcher):
    """A list: every element in order (`array_equals`), or the pattern as a subsequence (`array_with`)."""

    def __init__(
        self, name: str, pattern: Sequence[Any], *, subsequence: bool = False, partial_objects: bool = False
    ) -> None:
        super().__init__(name)
        self._pattern = list(pattern)
        self._subsequence = subsequence
        self._partial_objects = partial_objects

    def _element_matcher(self, pattern: Any) -> Matcher:
        return _matcher_for(self._name, pattern, partial_objects=self._partial_objects)

    def test(self, actual: Any) -> MatchResult:
        result = MatchResult(actual)
        if not isinstance(actual, (list, tuple)):
            return result.record_failure(
                self._failure(f"Expected type array but received {type_name(actual)}")
            )
        if self._subsequence:
            return self._test_subsequence(list(actual), result)
        expected, got = len(self._pattern), len(actual)
        for index in range(min(expected, got)):
            result.compose(str(index), self._element_matcher(self._pattern[index]).test(actual[index]))
        if got > expected:
            message = f"Too many elements in array (expecting {expected}, got {got})"
            result.record_failure(self._failure(message, path=[str(expected)]))
        elif got < expected:
            message = f"Not enough elements in array (expecting {expected}, got {got})"
            result.record_failure(self._failure(message, path=[str(got)]))
        return result

    def _test_subsequence(self, actual: list[Any], result: MatchResult) -> MatchResult:
        matched_at: list[int] = []
        position = 0
        for pattern_index, pattern in enumerate(self._pattern):
            matcher = self._element_matcher(pattern)
            closest: tuple[int, MatchResult] | None = None
            found = False
            while position < len(actual):
                attempt = matcher.test(actual[position])
                position += 1
                if attempt.is_success:
                    result.compose(str(position - 1), attempt)
                    matched_at.append(position - 1)
                    found = True
                    break
                if closest is None or attempt.fail_cost < closest[1].fail_cost:
                    closest = (position - 1, attempt)
            if found:
                continue
            for earlier, index in enumerate(matched_at):
                result.record_failure(
                    self._failure(f"arrayWith pattern {earlier} matched here", path=[str(index)])
                )
                result.show_opened(str(index), actual[index])
            if closest is None:
                result.record_failure(
                    self._failure(
                        f"Could not match arrayWith pattern {pattern_index}. No more elements to try",
                        path=[str(len(actual))],
                    )
                )
            else:
                index, attempt = closest
                result.record_failure(
                    self._failure(
                        f"Could not match arrayWith pattern {pattern_index}. This is the closest match",
                        path=[str(index)],
                    )
                )
                result.compose(str(index), attempt)
            break
        return result


class _ObjectMatch(_NamedMatcher):
    """A dict with the pattern's keys (`object_like`), or with exactly those keys (`object_equals`)."""

    def __init__(self, name: str, pattern: Mapping[str, Any], *, partial: bool = True) -> None:
        super().__init__(name)
        # aws_cdk's Python bindings drop the keys of a dict that are set to None: they match anything.
        self._pattern = {key: value for key, value in pattern.items() if value is not None}
        self._partial = partial

    def test(self, actual: Any) -> MatchResult:
        result = MatchResult(actual)
        if not isinstance(actual, Mapping):
            return result.record_failure(
                self._failure(f"Expected type object but received {type_name(actual)}")
            )
        if not self._partial:
            for key, value in actual.items():
                if key not in self._pattern and not is_missing(value):
                    result.record_failure(self._failure(f"Unexpected key {key}", path=[key]))
        for key, pattern in self._pattern.items():
            value = actual.get(key)
            if is_missing(value) and not isinstance(pattern, _AbsentMatch):
                result.record_failure(self._failure(f"Missing key '{key}'", path=[key]))
                continue
            matcher = _matcher_for(self._name, pattern, partial_objects=self._partial)
            result.compose(key, matcher.test(value))
        return result


class _SerializedJson(_NamedMatcher):
    """A string holding JSON whose parsed value matches the pattern."""

    def __init__(self, name: str, pattern: Any) -> None:
        super().__init__(name)
        self._pattern = pattern

    def test(self, actual: Any) -> MatchResult:
        if not isinstance(actual, str):
            return MatchResult(actual).record_failure(
                self._failure(f"Expected JSON as a string but found {type_name(actual)}")
            )
        try:
            parsed = json.loads(actual)
        except ValueError:
            return MatchResult(actual).record_failure(self._failure(f"Invalid JSON string: {actual}"))
        inner = _matcher_for(self._name, self._pattern, partial_objects=False).test(parsed)
        if inner.has_failed():
            inner.record_failure(self._failure("Encoded JSON value does not match"))
        return inner


class _NotMatch(_NamedMatcher):
    """Anything that does not match the pattern."""

    def __init__(self, name: str, pattern: Any) -> None:
        super().__init__(name)
        self._pattern = pattern

    def test(self, actual: Any) -> MatchResult:
        inner = _matcher_for(self._name, self._pattern, partial_objects=False).test(actual)
        result = MatchResult(actual)
        if inner.is_success:
            result.record_failure(self._failure(f"Found unexpected match: {json_block(actual)}"))
        return result


class _AnyMatch(_NamedMatcher):
    """Any value that is there."""

    def __init__(self, name: str) -> None:
        super().__init__(name)

    def test(self, actual: Any) -> MatchResult:
        result = MatchResult(actual)
        if is_missing(actual):
            result.record_failure(self._failure("Expected a value but found none"))
        return result


class _AbsentMatch(_NamedMatcher):
    """No value: the key is missing."""

    def __init__(self, name: str) -> None:
        super().__init__(name)

    def test(self, actual: Any) -> MatchResult:
        result = MatchResult(actual)
        if not is_missing(actual):
            result.record_failure(self._failure(f"Received {plain(actual)}, but key should be absent"))
        return result


# JavaScript's named groups and their backreferences, which Python spells `(?P<name>...)` and `(?P=name)`.
_JS_NAMED_GROUP = re.compile(r"(?<!\\)\(\?<(?=[A-Za-z_$])")
_JS_NAMED_BACKREFERENCE = re.compile(r"\\k<([A-Za-z_$][\w$]*)>")


def _python_regexp(pattern: str) -> str:
    """`pattern`, a JavaScript regular expression as aws_cdk takes it, in Python's syntax."""
    if "(?<" not in pattern and "\\k<" not in pattern:
        return pattern
    return _JS_NAMED_BACKREFERENCE.sub(r"(?P=\1)", _JS_NAMED_GROUP.sub("(?P<", pattern))


def _js_string(value: Any) -> str:
    """A value as JavaScript's `String()` writes it, which is what the pattern is tested against: an
    object is `[object Object]` and a list its items joined with commas."""
    if isinstance(value, Mapping):
        return "[object Object]"
    if isinstance(value, list | tuple):
        return ",".join("" if item is None else _js_string(item) for item in value)
    return plain(value)


class _StringLikeRegexpMatch(_NamedMatcher):
    """A string in which the regular expression finds a match."""

    def __init__(self, name: str, pattern: str) -> None:
        super().__init__(name)
        self._pattern = pattern
        try:
            self._regexp = re.compile(_python_regexp(pattern))
        except re.error as error:
            raise InvalidValueError(
                f"Match.string_like_regexp: pattern={pattern!r} is not a valid regular expression "
                f"({error}); use one that Python's re module compiles"
            ) from None

    def test(self, actual: Any) -> MatchResult:
        result = MatchResult(actual)
        if not isinstance(actual, str):
            # JavaScript's `typeof`, which calls an array an object.
            shown_type = "object" if isinstance(actual, list | tuple) else type_name(actual)
            result.record_failure(self._failure(f"Expected a string, but got '{shown_type}'"))
        text = _js_string(actual)
        if not self._regexp.search(text):
            result.record_failure(self._failure(f"String '{text}' did not match pattern '{self._pattern}'"))
        return result


class Match:
    """Factories of the built-in matchers."""

    @staticmethod
    def absent() -> Matcher:
        """Matches when the key is missing."""
        return _AbsentMatch("absent")

    @staticmethod
    def any_value() -> Matcher:
        """Matches any value that is present."""
        return _AnyMatch("anyValue")

    @staticmethod
    def array_equals(pattern: Sequence[Any]) -> Matcher:
        """Matches a list with exactly these elements, in order; dicts inside must be equal too."""
        return _ArrayMatch("arrayEquals", pattern)

    @staticmethod
    def array_with(pattern: Sequence[Any]) -> Matcher:
        """Matches a list that contains these elements in this order, others allowed in between."""
        return _ArrayMatch("arrayWith", pattern, subsequence=True)

    @staticmethod
    def exact(pattern: Any) -> Matcher:
        """Matches exactly `pattern`: dicts with no extra keys, lists with no extra elements."""
        return _LiteralMatch("exact", pattern, partial_objects=False)

    @staticmethod
    def not_(pattern: Any) -> Matcher:
        """Matches any value that does not match `pattern`."""
        return _NotMatch("not", pattern)

    @staticmethod
    def object_equals(pattern: Mapping[str, Any]) -> Matcher:
        """Matches a dict with exactly these keys and values."""
        return _ObjectMatch("objectEquals", pattern, partial=False)

    @staticmethod
    def object_like(pattern: Mapping[str, Any]) -> Matcher:
        """Matches a dict that has at least these keys, with matching values (nested dicts too)."""
        return _ObjectMatch("objectLike", pattern, partial=True)

    @staticmethod
    def serialized_json(pattern: Any) -> Matcher:
        """Matches a string of JSON whose parsed value equals `pattern`."""
        return _SerializedJson("serializedJson", pattern)

    @staticmethod
    def string_like_regexp(pattern: str) -> Matcher:
        """Matches a string in which the regular expression `pattern` finds a match."""
        return _StringLikeRegexpMatch("stringLikeRegexp", pattern)
