"""Matcher, MatchResult and the rendering of a failed match as an annotated JSON document."""

from __future__ import annotations

import abc
import json
import re
from collections.abc import Mapping

from ..core.converters import to_tuple
from ..core.js_object_order import js_key_order
from ..core.locale_compare import locale_compare_key
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from .capture import Capture


class AssertionFailure(AssertionError, RuntimeError):
    """A failed assertion. aws_cdk's Python raises these as `RuntimeError` (JavaScript errors), pytest
    reports an `AssertionError` best: it is both, so either `except` catches it."""


class _Missing:
    """The value of a key that is not there (JavaScript's `undefined`)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


def is_missing(value: Any) -> bool:
    """True for a key that is absent; `None` counts as absent, as aws_cdk's Python bindings see it."""
    return value is MISSING or value is None


def type_name(value: Any) -> str:
    """The JavaScript type name aws_cdk's messages use: string, number, boolean, object, array, undefined."""
    if is_missing(value):
        return "undefined"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    return "object"


def _js_numbers(value: Any) -> Any:
    """`value` with integral floats as ints, so JSON shows `30` where JavaScript would."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return int(value)
    if isinstance(value, dict):
        return {key: _js_numbers(item) for key, item in value.items() if not is_missing(item)}
    if isinstance(value, (list, tuple)):
        return [_js_numbers(item) for item in value]
    return value


def jsonify(value: Any) -> str:
    """Compact JSON as JavaScript writes it; `undefined` for a missing value."""
    if is_missing(value):
        return "undefined"
    return json.dumps(_js_numbers(value), separators=(",", ":"), ensure_ascii=False, default=repr)


def json_block(value: Any) -> str:
    """JSON with two-space indentation, as aws_cdk quotes whole values in messages."""
    if is_missing(value):
        return "undefined"
    return json.dumps(_js_numbers(value), indent=2, ensure_ascii=False, default=repr)


def plain(value: Any) -> str:
    """A value as JavaScript puts it into a message: strings bare, everything else as JSON."""
    return value if isinstance(value, str) else jsonify(value)


class Matcher(abc.ABC):
    """Tests a value against a pattern; subclass it for custom matchers."""

    @property
    @abc.abstractmethod
    def name(self) -> str:
        """A name for the matcher, shown in mismatch reports."""

    @abc.abstractmethod
    def test(self, actual: Any) -> MatchResult:
        """Test `actual` and return the result, failures included."""

    @staticmethod
    def is_matcher(x: Any) -> bool:
        """True when `x` is a Matcher."""
        return isinstance(x, Matcher)


@lazy_frozen(kw_only=True)
class MatchFailure(metaclass=LazyAttrsMeta):
    """One reason a match failed: where (path relative to the result), why and by which matcher."""

    matcher: Matcher
    message: str
    path: tuple[str, ...] = field(converter=to_tuple)
    cost: int | None = None


@lazy_frozen(kw_only=True)
class MatchCapture(metaclass=LazyAttrsMeta):
    """A value a Capture saw during a match; kept only when the whole match succeeds."""

    capture: Capture
    value: Any


class MatchResult:
    """The outcome of `Matcher.test`: failures by path, nested results, and captured values."""

    def __init__(self, target: Any) -> None:
        self.target = target
        self._failures: dict[str, list[MatchFailure]] = {}
        self._inner: dict[str, MatchResult] = {}
        self._captures: list[MatchCapture] = []
        self._fail_count = 0
        self._fail_cost = 0

    @property
    def fail_count(self) -> int:
        """The number of failures, nested results included."""
        return self._fail_count

    @property
    def fail_cost(self) -> int:
        """The summed cost of the failures; closest matches are those with the lowest cost."""
        return self._fail_cost

    @property
    def is_success(self) -> bool:
        """True when nothing failed."""
        return self._fail_count == 0

    def has_failed(self) -> bool:
        """True when something failed."""
        return self._fail_count > 0

    def record_failure(self, failure: MatchFailure) -> MatchResult:
        """Record a failure at `failure.path` below this result."""
        key = "/".join(failure.path)
        self._failures.setdefault(key, []).append(failure)
        self._fail_count += 1
        self._fail_cost += 1 if failure.cost is None else failure.cost
        return self

    def record_capture(self, options: MatchCapture) -> None:
        """Remember a captured value, committed by `finished()` if the match succeeds."""
        self._captures.append(options)

    def compose(self, id: str, inner: MatchResult) -> MatchResult:
        """Add the result of matching the child `id` of this result's target."""
        if inner.has_failed():
            self._inner[id] = inner
        self._fail_count += inner._fail_count
        self._fail_cost += inner._fail_cost
        self._captures.extend(inner._captures)
        return self

    def show_opened(self, id: str, value: Any) -> None:
        """Show the child `id` (`value`) opened one level in the mismatch report, though nothing failed
        in it: aws_cdk shows an element that an `arrayWith` pattern matched this way."""
        self._inner.setdefault(id, MatchResult(value))

    def finished(self) -> MatchResult:
        """End the match: hand the captured values to their Captures when nothing failed."""
        if self.is_success:
            for entry in self._captures:
                entry.capture._add_captured(entry.value)
        return self

    def to_human_strings(self) -> list[str]:
        """One line per failure: `<message> at /<path> (using <matcher> matcher)`."""
        lines: list[str] = []
        for path, failure in self._all_failures([]):
            location = f" at /{'/'.join(path)}" if path else ""
            lines.append(f"{failure.message}{location} (using {failure.matcher.name} matcher)")
        return lines

    def _all_failures(self, prefix: list[str]) -> list[tuple[list[str], MatchFailure]]:
        found = [
            ([*prefix, *failure.path], failure)
            for failures in self._failures.values()
            for failure in failures
        ]
        for key, inner in self._inner.items():
            found.extend(inner._all_failures([*prefix, key] if key else prefix))
        return found

    def render_mismatch(self) -> str:
        """The target as JSON, each failure on a `!!` line above the value it is about."""
        if not self.has_failed():
            return "<match>"
        writer = _MismatchWriter()
        writer.failures(self, "")
        writer.result(self)
        return writer.text()


def _abridged(value: Any) -> str:
    """A short form of a value nothing failed in: one level, containers beyond that as `...`."""
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if len(value) == 1:
            return f"[ {_abridged(value[0])} ]"
        if len(value) == 2 and all(type_name(v) in ("number", "boolean", "string") for v in value):
            return f"[ {', '.join(_abridged(v) for v in value)} ]"
        return "[ ... ]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        if len(value) == 1:
            key, item = next(iter(value.items()))
            return f"{{ {jsonify(key)}: {_abridged(item)} }}"
        return "{ ... }"
    return jsonify(value)


class _MismatchWriter:
    """Writes the mismatch report; every new line starts at the current indentation."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._depth = 0

    def emit(self, text: str) -> None:
        self._parts.append(text.replace("\n", "\n" + "  " * self._depth))

    def failures(self, result: MatchResult, key: str) -> None:
        for failure in result._failures.get(key, ()):
            self.emit(f"!! {failure.message}\n")

    def result(self, result: MatchResult) -> None:
        target = result.target
        remaining = [key for key in result._failures if key != ""]
        if isinstance(target, (list, tuple)):
            entries: list[tuple[str, str, Any]] = [(str(i), "", item) for i, item in enumerate(target)]
            self._container(result, "[", "]", entries, remaining)
        elif isinstance(target, dict):
            keys = sorted({key for key, value in target.items() if not is_missing(value)} | set(remaining))
            self._container(
                result,
                "{",
                "}",
                [(key, f"{jsonify(key)}: ", target.get(key, MISSING)) for key in keys],
                remaining,
            )
        else:
            self._remaining(result, remaining)
            self.emit(jsonify(target))

    def _container(
        self,
        result: MatchResult,
        opening: str,
        closing: str,
        entries: list[tuple[str, str, Any]],
        remaining: list[str],
    ) -> None:
        if not entries and not remaining:
            self.emit(opening + "\n" + closing)
            return
        self._depth += 1
        self.emit(opening + "\n")
        for index, (key, label, value) in enumerate(entries):
            if index:
                self.emit(",\n")
            self.failures(result, key)
            if key in remaining:
                remaining.remove(key)
            inner = result._inner.get(key)
            if inner is None:
                self.emit(label + _abridged(value))
                continue
            self.failures(inner, "")
            self.emit(label)
            if inner.target is not value:
                self.emit(_abridged(value) + " <*> ")
            self.result(inner)
        self._remaining(result, remaining)
        self._depth -= 1
        self.emit("\n" + closing)

    def _remaining(self, result: MatchResult, remaining: list[str]) -> None:
        if remaining:
            self.emit("\n")
        for key in remaining:
            self.failures(result, key)

    def text(self) -> str:
        return _marker_to_front("".join(self._parts).rstrip())


# A failure line keeps the `!!` at the start of the line and its message at the value's indentation. The
# whitespace before `!!` may span lines (after an empty line of indentation), as in aws_cdk's reports.
_INDENTED_MARKER = re.compile(r"^(\s+)!!", re.MULTILINE)


def _marker_to_front(text: str) -> str:
    return _INDENTED_MARKER.sub(lambda found: "!!" + found.group(1)[:-2], text)


_CLOSEST_MATCHES = 3


class SectionMatch:
    """Entries by key (the resources of a type, the messages at a path) tested against one matcher."""

    def __init__(self, entries: Mapping[str, Any], matcher: Matcher) -> None:
        self.entries = dict(entries)
        self.matches: dict[str, Any] = {}
        self.failures: dict[str, MatchResult] = {}
        for key, entry in self.entries.items():
            result = matcher.test(entry).finished()
            if result.is_success:
                self.matches[key] = entry
            else:
                self.failures[key] = result

    def closest_report(self, header: str) -> str:
        """`header`, then the closest failed entries with their mismatches (or `No matches found`).

        The three with the fewest mismatches (ties in `localeCompare` order of their keys), listed in
        JavaScript's object key order as aws_cdk lists them: numeric keys (message indexes) ascending first.
        """
        if not self.entries:
            return f"{header}.\nNo matches found"
        keys = sorted(self.failures, key=lambda key: (self.failures[key].fail_cost, locale_compare_key(key)))
        closest = [key for key, _ in js_key_order(dict.fromkeys(keys[:_CLOSEST_MATCHES]))]
        lines = [
            f"{header}, but none match as expected.",
            f"The {len(closest)} closest matches:",
            *(f"{key} :: {self.failures[key].render_mismatch()}" for key in closest),
        ]
        return "\n".join(lines)
