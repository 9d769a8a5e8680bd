"""The order of a JavaScript object's keys, which aws-cdk-lib's output follows.

A JavaScript object lists the keys that look like array indexes (`"0"`, `"7"`, `"10"`) first, in
ascending number order, then the others in insertion order. aws-cdk-lib keeps a construct's children in
such an object, so every walk of its tree (templates, metadata, `tree.json`) meets a child named `"10"`
before one named `"b"` added earlier, and `JSON.stringify` writes objects in that order.
"""

from __future__ import annotations

from collections.abc import Mapping

from .runtime_typing import TypeVar

__all__ = ["is_array_index", "js_key_order"]

_MAX_ARRAY_INDEX = 2**32 - 2
_V = TypeVar("_V")


def is_array_index(key: str) -> bool:
    """True for a key JavaScript treats as an array index: a canonical integer from 0 to 2**32 - 2."""
    return key.isdigit() and key.isascii() and (key == "0" or key[0] != "0") and int(key) <= _MAX_ARRAY_INDEX


def js_key_order(mapping: Mapping[str, _V]) -> list[tuple[str, _V]]:
    """Items in JavaScript's object key order: integer-like keys ascending first, then insertion order."""
    items = list(mapping.items())
    if not any(key[:1].isdigit() for key in mapping):
        return items
    indexes = sorted((kv for kv in items if is_array_index(kv[0])), key=lambda kv: int(kv[0]))
    return indexes + [kv for kv in items if not is_array_index(kv[0])]
