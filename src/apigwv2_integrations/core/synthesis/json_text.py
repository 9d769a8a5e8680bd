"""JSON text exactly as JavaScript's `JSON.stringify(value, undefined, indent)` writes it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..tokens.json import JSON_NULL_MARKER

# The C encoder of the json module writes a string literal exactly as JSON.stringify does for text.
encode_string: Callable[[str], str] = getattr(json.encoder, "c_encode_basestring", None) or (
    json.encoder.py_encode_basestring
)


def number_text(value: float) -> str:
    """`JSON.stringify` of a float: `null` for NaN and infinities, whole numbers without `.0`."""
    if value != value or value in (float("inf"), float("-inf")):
        return "null"
    if value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    text = repr(value)
    if "e" in text:
        mantissa, exponent = text.split("e")
        sign = exponent[0] if exponent[0] in "+-" else "+"
        text = f"{mantissa}e{sign}{int(exponent.lstrip('+-'))}"
    return text


_MAX_ARRAY_INDEX = 2**32 - 2


def _is_array_index(key: str) -> bool:
    return key.isdigit() and key.isascii() and (key == "0" or key[0] != "0") and int(key) <= _MAX_ARRAY_INDEX


def js_key_order(mapping: dict[str, Any]) -> list[tuple[str, Any]]:
    """Items in JavaScript's object key order: integer-like keys ascending first, then insertion order."""
    items = list(mapping.items())
    if not any(key[:1].isdigit() for key in mapping):
        return items
    indexes = sorted((kv for kv in items if _is_array_index(kv[0])), key=lambda kv: int(kv[0]))
    return indexes + [kv for kv in items if not _is_array_index(kv[0])]


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
    out: list[str] = []
    if indent is None:
        text = json.dumps(_reordered(value), separators=(",", ":"), ensure_ascii=False)
        return text.replace(json.dumps(JSON_NULL_MARKER), "null").encode("utf-8")
    _write(value, _Levels(" " * indent), 0, out)
    return "".join(out).encode("utf-8")


def json_stringify(value: Any) -> str:
    """`JSON.stringify(value)`: compact JSON text in JavaScript's key order (for hashes that must match)."""
    return dump_template(value, indent=None).decode("utf-8")


def _reordered(value: Any) -> Any:
    if type(value) is dict:
        return {k: _reordered(v) for k, v in js_key_order(value)}
    if type(value) is list:
        return [_reordered(v) for v in value]
    return value
