"""How tokens hide inside strings, numbers and lists, and the map back to their objects."""

from __future__ import annotations

import re
import struct

from ..errors import InvalidValueError
from ..lazy_pattern import LazyPattern
from ..runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from .resolvable import IResolvable

STRING_MARKER = "${Token["
LIST_MARKER = "#{Token["
# Number tokens are doubles whose top 16 bits are this marker: finite, negative and huge (about -1.9e289).
_DOUBLE_MARKER = 0xFBFF
_DOUBLE_PAYLOAD_BITS = 48

_STRING_TOKEN = r"\$\{Token\[[^\]]*?\.\d+\]\}"
_DOUBLE_STRING = r"-1\.\d+e\+289"
_SPLIT_PATTERN = re.compile(f"({_STRING_TOKEN}|{_DOUBLE_STRING})")
_LIST_TOKEN_PATTERN = LazyPattern(r"^#\{Token\[[^\]]*?\.\d+\]\}$")
_HINT_PATTERN = LazyPattern(r"[^A-Za-z0-9_.-]")
# Display hints as keys use them: an app has a handful of hints ("Resource.Arn", "Lazy") for thousands
# of tokens.
_clean_hints: dict[str, str] = {}
_MAX_CLEAN_HINTS = 1024


class TokenMap:
    """The process-wide registry of token objects and their encoded forms."""

    def __init__(self) -> None:
        self._by_key: dict[str, IResolvable] = {}
        self._string_of: dict[int, str] = {}
        self._list_of: dict[int, str] = {}
        self._numbers: list[IResolvable] = []
        self._number_of: dict[int, float] = {}
        self._counter = 0

    def _next_key(self, hint: str) -> str:
        self._counter += 1
        clean = _clean_hints.get(hint)
        if clean is None:
            clean = hint if _is_clean_hint(hint) else (_HINT_PATTERN.sub("", hint) or "TOKEN")
            if len(_clean_hints) < _MAX_CLEAN_HINTS:
                _clean_hints[hint] = clean
        return f"{clean}.{self._counter}"

    def register_string(self, token: IResolvable, hint: str = "") -> str:
        existing = self._string_of.get(id(token))
        if existing is not None:
            return existing
        encoded = f"{STRING_MARKER}{self._next_key(hint)}]}}"
        self._by_key[encoded] = token
        self._string_of[id(token)] = encoded
        return encoded

    def register_list(self, token: IResolvable, hint: str = "") -> list[str]:
        existing = self._list_of.get(id(token))
        if existing is None:
            existing = f"{LIST_MARKER}{self._next_key(hint)}]}}"
            self._by_key[existing] = token
            self._list_of[id(token)] = existing
        return [existing]

    def register_number(self, token: IResolvable) -> float:
        existing = self._number_of.get(id(token))
        if existing is not None:
            return existing
        index = len(self._numbers)
        self._numbers.append(token)
        bits = (_DOUBLE_MARKER << _DOUBLE_PAYLOAD_BITS) | index
        value: float = struct.unpack("<d", struct.pack("<Q", bits))[0]
        self._number_of[id(token)] = value
        return value

    def lookup_string(self, encoded: str) -> IResolvable | None:
        token = self._by_key.get(encoded)
        if token is None and encoded.startswith("-1."):
            try:
                return self.lookup_number(float(encoded))
            except ValueError:
                return None
        return token

    def lookup_number(self, value: float) -> IResolvable | None:
        bits: int = struct.unpack("<Q", struct.pack("<d", value))[0]
        if bits >> _DOUBLE_PAYLOAD_BITS != _DOUBLE_MARKER:
            return None
        index = bits & ((1 << _DOUBLE_PAYLOAD_BITS) - 1)
        return self._numbers[index] if index < len(self._numbers) else None


TOKEN_MAP = TokenMap()


def string_has_token(value: str) -> bool:
    """Return True when `value` carries an encoded token."""
    if "{Token[" in value:
        return True
    return "e+289" in value and _SPLIT_PATTERN.search(value) is not None and _has_number_token(value)


def _has_number_token(value: str) -> bool:
    return any(
        TOKEN_MAP.lookup_string(part) is not None for part in _SPLIT_PATTERN.findall(value) if part[0] == "-"
    )


def is_number_token(value: float) -> bool:
    """Return True when `value` is an encoded number token."""
    return value < -1e288 and TOKEN_MAP.lookup_number(value) is not None


def _is_clean_hint(hint: str) -> bool:
    """True when the hint has only the characters a key keeps (most do: no pattern to compile)."""
    return hint.isascii() and hint.replace("_", "").replace(".", "").replace("-", "").isalnum()


def is_list_token_string(value: str) -> bool:
    """Return True when `value` is the single element of an encoded list token."""
    return value.startswith(LIST_MARKER) and _LIST_TOKEN_PATTERN.match(value) is not None


def split_string(value: str) -> list[str | IResolvable]:
    """Split a string into literal parts and the token objects between them (empty literals dropped)."""
    fragments: list[str | IResolvable] = []
    parts = _SPLIT_PATTERN.split(value)
    # re.split puts the literal text at even indexes and the matched token strings at odd ones.
    for index in range(0, len(parts), 2):
        literal = parts[index]
        if literal:
            fragments.append(literal)
        if index + 1 < len(parts):
            part = parts[index + 1]
            token = TOKEN_MAP.lookup_string(part)
            fragments.append(token if token is not None else part)
    if LIST_MARKER in value:
        raise InvalidValueError(
            f"found an encoded list token inside the string {value!r}; "
            "use Fn.join or Fn.select to turn a list into a string"
        )
    return fragments


def lookup_any(value: Any) -> IResolvable | None:
    """Return the token object that `value` encodes, if it is exactly one token."""
    if isinstance(value, str):
        if is_list_token_string(value):
            return TOKEN_MAP.lookup_string(value)
        fragments = split_string(value) if string_has_token(value) else []
        if len(fragments) == 1 and not isinstance(fragments[0], str):
            return fragments[0]
        return None
    if isinstance(value, float):
        return TOKEN_MAP.lookup_number(value)
    if (
        isinstance(value, list)
        and len(value) == 1
        and isinstance(value[0], str)
        and is_list_token_string(value[0])
    ):
        return TOKEN_MAP.lookup_string(value[0])
    return None
