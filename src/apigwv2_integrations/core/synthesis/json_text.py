"""JSON text exactly as JavaScript's `JSON.stringify(value, undefined, indent)` writes it."""

from __future__ import annotations

import re

from ..js_number import js_number_text
from ..js_object_order import js_key_order
from ..json_dumps import c_make_encoder, dumps, encode_string
from ..runtime_typing import TYPE_CHECKING
from ..tokens.json import JSON_NULL_MARKER

if TYPE_CHECKING:
    from typing import Any

# `encode_string` (from json_dumps): the json module's string literal, exactly JSON.stringify's for text.


def number_text(value: float) -> str:
    """`JSON.stringify` of a float: `null` for NaN and infinities, else JavaScript's text of the number."""
    if value != value or value in (float("inf"), float("-inf")):
        return "null"
    if value.is_integer() and abs(value) < _EXACT_INTEGERS:
        return str(int(value))  # the common case, where Python's digits and JavaScript's agree
    return js_number_text(value)


# Whole numbers below this are exact doubles, written alike by both languages.
_EXACT_INTEGERS = 2.0**53


def _scalar(value: Any) -> str:
    """JSON text of a value that is neither a string nor a container."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    kind = type(value)
    if kind is int:
        return str(value)
    if kind is float:
        return number_text(value)
    raise TypeError(f"cannot write {value!r} ({kind.__name__}) as JSON")


def _string(value: str) -> str:
    return "null" if value == JSON_NULL_MARKER else encode_string(value)


class _Levels:
    """The spacing strings of each nesting depth, made once per indent."""

    __slots__ = ("closing", "indent", "inner", "separator")

    def __init__(self, indent: str) -> None:
        self.indent = indent
        self.inner: list[str] = []  # "\n" and the indent of a member at depth + 1
        self.separator: list[str] = []  # "," before it
        self.closing: list[str] = []  # "\n" and the indent of the closing bracket at depth

    def grow(self, depth: int) -> None:
        while len(self.inner) <= depth:
            level = len(self.inner)
            self.inner.append("\n" + self.indent * (level + 1))
            self.separator.append(",\n" + self.indent * (level + 1))
            self.closing.append("\n" + self.indent * level)


def _write(value: Any, levels: _Levels, depth: int, out: list[str]) -> None:
    # Hot path of every synth: a string or scalar member is written with its key or separator in one
    # piece, and only a container member recurses.
    kind = type(value)
    if kind is str:
        out.append(_string(value))
        return
    if kind is not dict and kind is not list and kind is not tuple:
        out.append(_scalar(value))
        return
    if not value:
        out.append("{}" if kind is dict else "[]")
        return
    if depth >= len(levels.inner):
        levels.grow(depth)
    separator = levels.separator[depth]
    append = out.append
    child = depth + 1
    if kind is dict:
        # Keys that start with a digit are rare: when the smallest key does not, none does.
        items = value.items() if min(value)[:1] > "9" else js_key_order(value)
        prefix = "{" + levels.inner[depth]
        for key, item in items:
            item_kind = type(item)
            if item_kind is str:
                text = encode_string(item) if item != JSON_NULL_MARKER else "null"
                append(f"{prefix}{encode_string(key)}: {text}")
            elif item_kind is dict or item_kind is list or item_kind is tuple:
                append(f"{prefix}{encode_string(key)}: ")
                _write(item, levels, child, out)
            else:
                append(f"{prefix}{encode_string(key)}: {_scalar(item)}")
            prefix = separator
        append(levels.closing[depth] + "}")
        return
    prefix = "[" + levels.inner[depth]
    for item in value:
        item_kind = type(item)
        if item_kind is str:
            append(prefix + _string(item))
        elif item_kind is dict or item_kind is list or item_kind is tuple:
            append(prefix)
            _write(item, levels, child, out)
        else:
            append(prefix + _scalar(item))
        prefix = separator
    append(levels.closing[depth] + "]")


def dump_template(value: Any, indent: int | None = 1) -> bytes:
    """UTF-8 JSON text with JavaScript's number and spacing rules (no trailing newline)."""
    if indent is None:
        return json_stringify(value).encode("utf-8")
    out: list[str] = []
    _write(value, _Levels(" " * indent), 0, out)
    return "".join(out).encode("utf-8")


# --- compact text ------------------------------------------------------------------------------------

_NULL_TEXT = dumps(JSON_NULL_MARKER)
# The C encoder's text is JavaScript's except at a float Python writes otherwise (`5.0` for 5, `1e+16` to
# `1e+20` for whole numbers JavaScript writes out, `1e-05` and `1e-06` for `0.00001` and `0.000001`, `1e-07`
# to `1e-09` for `1e-7` to `1e-9`), at a key like an array index (JavaScript puts those first) and at the
# null marker. The tests look for a little more (`.0` at any number's end, any `+`): a string may hold such
# text too, and the exact writer is then used. Each test is one scan for a literal (`re` finds a leading
# literal fast); one pattern for all of them scans more slowly.
_WHOLE_FLOAT = re.compile(r"\.0(?:[,}\]]|\Z)")
_FLOAT_TEXT = re.compile(r"[0-9](?:\.0(?:[,}\]]|\Z)|e\+[0-9]|e-0[0-9])")
_DIGIT_KEY = re.compile(r'"[0-9][^"]*":')


def _is_javascript_text(text: str) -> bool:
    if ("+" in text or "e-0" in text or _WHOLE_FLOAT.search(text)) and _FLOAT_TEXT.search(text):
        return False
    if "\\" in text and _NULL_TEXT in text:
        return False  # the marker's text has escapes, which are rare
    return _DIGIT_KEY.search(text) is None


def _not_json(value: Any) -> Any:
    raise TypeError(f"cannot write {value!r} ({type(value).__name__}) as JSON")


# The json module's C encoder, made once (`json.dumps` with options makes a new encoder on every call).
_c_encoder = (
    c_make_encoder(None, _not_json, encode_string, None, ":", ",", False, False, False)
    if c_make_encoder is not None
    else None
)


def _encode(value: Any) -> str:
    if _c_encoder is not None:
        return "".join(_c_encoder(value, 0))
    import json  # deferred: only an interpreter without the json module's C half

    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_not_json)


def json_stringify(value: Any) -> str:
    """`JSON.stringify(value)` of a resolved value: compact, in JavaScript's key order and number text.

    The C encoder's text when it is JavaScript's (nearly always), else the exact writer's.
    """
    try:
        text = _encode(value)
    except ValueError:
        return _compact(value)  # NaN or an infinity, which JavaScript writes as null
    return text if _is_javascript_text(text) else _compact(value)


def _compact(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is dict:
        return "{" + ",".join(f"{encode_string(k)}:{_compact(v)}" for k, v in js_key_order(value)) + "}"
    if kind is list or kind is tuple:
        return "[" + ",".join(_compact(v) for v in value) + "]"
    return _scalar(value)
