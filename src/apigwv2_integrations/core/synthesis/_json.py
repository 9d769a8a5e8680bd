"""JSON text exactly as JavaScript's `JSON.stringify(value, undefined, indent)` writes it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

# The C encoder of the json module writes a string literal exactly as JSON.stringify does for text.
_encode_string: Callable[[str], str] = getattr(json.encoder, "c_encode_basestring", None) or (
    json.encoder.py_encode_basestring
)


def _number(value: float) -> str:
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


def _write(value: Any, indent: str, depth: int, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(_encode_string(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = "\n" + indent * (depth + 1)
        out.append("{")
        first = True
        for key, item in js_key_order(value):
            out.append(inner if first else "," + inner)
            first = False
            out.append(_encode_string(key))
            out.append(": ")
            _write(item, indent, depth + 1, out)
        out.append("\n" + indent * depth + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = "\n" + indent * (depth + 1)
        out.append("[")
        first = True
        for item in value:
            out.append(inner if first else "," + inner)
            first = False
            _write(item, indent, depth + 1, out)
        out.append("\n" + indent * depth + "]")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif value is None:
        out.append("null")
    elif kind is int:
        out.append(str(value))
    elif kind is float:
        out.append(_number(value))
    else:
        raise TypeError(f"cannot write {value!r} ({kind.__name__}) as JSON")


def dump_template(value: Any, indent: int | None = 1) -> bytes:
    """UTF-8 JSON text with JavaScript's number and spacing rules (no trailing newline)."""
    out: list[str] = []
    if indent is None:
        return json.dumps(_reordered(value), separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    _write(value, " " * indent, 0, out)
    return "".join(out).encode("utf-8")


def _reordered(value: Any) -> Any:
    if type(value) is dict:
        return {k: _reordered(v) for k, v in js_key_order(value)}
    if type(value) is list:
        return [_reordered(v) for v in value]
    return value
