"""`json.dumps` without the `json` package: the C half of the json module, which `json.dumps` itself uses.

Importing `json` costs about 2 % of a small app's run (its decoder and encoder compile six regular
expressions when they load), and the package writes JSON on every synth but reads it only when it is
given some (`cdk.json`, `CDK_CONTEXT_JSON`, an assembly read back). `dumps` gives the text
`json.dumps(value, separators=..., sort_keys=..., ensure_ascii=..., default=...)` gives; on an
interpreter without the C half it is `json.dumps` itself.
"""

from __future__ import annotations

from collections.abc import Callable

from .runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

__all__ = ["c_make_encoder", "dumps", "encode_string"]

_make_encoder: Any
try:
    from _json import encode_basestring, encode_basestring_ascii
    from _json import make_encoder as _c_make_encoder

    _make_encoder = _c_make_encoder
except ImportError:  # pragma: no cover - CPython always builds it
    _make_encoder = None

# The C encoder factory, None without the C half.
c_make_encoder: Any = _make_encoder


def _encode_string_without_c(text: str) -> str:
    import json  # deferred: only without the C half

    return json.dumps(text, ensure_ascii=False)


# The JSON literal of a string, non-ASCII characters kept (`json.dumps(text, ensure_ascii=False)`): the C
# function itself, called for every string of every template written.
encode_string: Callable[[str], str] = (
    encode_basestring if _make_encoder is not None else _encode_string_without_c
)


def dumps(
    value: Any,
    *,
    separators: tuple[str, str] = (", ", ": "),
    sort_keys: bool = False,
    ensure_ascii: bool = True,
    default: Callable[[Any], Any] | None = None,
) -> str:
    """`json.dumps(value, separators=separators, sort_keys=sort_keys, ensure_ascii=ensure_ascii,
    default=default)`."""
    if _make_encoder is None:
        import json  # deferred: only without the C half

        return json.dumps(
            value, separators=separators, sort_keys=sort_keys, ensure_ascii=ensure_ascii, default=default
        )
    encode = encode_basestring_ascii if ensure_ascii else encode_basestring
    if isinstance(value, str):
        return str(encode(value))  # as json.JSONEncoder.encode
    item_separator, key_separator = separators
    # A new encoder per call, as json.dumps makes one: its table of the containers being written (which
    # finds a circular reference) starts empty.
    encoder = _make_encoder(
        {}, default or _not_serializable, encode, None, key_separator, item_separator, sort_keys, False, True
    )
    return "".join(encoder(value, 0))


def _not_serializable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
