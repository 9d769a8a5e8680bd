"""JSON text exactly as JavaScript's `JSON.stringify(value, undefined, indent)` writes it."""

from __future__ import annotations

import json
from typing import Any

_encode_string = json.encoder.py_encode_basestring  # replaced by the C version below when available
try:
    from _json import encode_basestring as _c_encode_string  # type: ignore[import-not-found]

    _encode_string = _c_encode_string
except ImportError:  # pragma: no cover - CPython always has it
    pass


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
        for key, item in value.items():
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
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    _write(value, " " * indent, 0, out)
    return "".join(out).encode("utf-8")
