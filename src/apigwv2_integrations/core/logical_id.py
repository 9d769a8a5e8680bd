"""Construct path -> logical ID, computed exactly as aws-cdk-lib computes it."""

from __future__ import annotations

from collections.abc import Sequence

from ._digests import md5
from .errors import InvalidValueError
from .lazy_pattern import LazyPattern
from .tokens._encoding import string_has_token

HIDDEN_ID = "Default"
HIDDEN_FROM_HUMAN_ID = "Resource"
_PATH_SEP = "/"
_HASH_LEN = 8
_MAX_HUMAN_LEN = 240
_MAX_ID_LEN = 255
_NON_ALPHANUMERIC = LazyPattern(r"[^A-Za-z0-9]")


def remove_non_alphanumeric(s: str) -> str:
    """Drop every character outside A-Z, a-z and 0-9."""
    if s.isascii() and s.isalnum():
        return s  # most construct ids: nothing to drop, and no pattern to run
    return _NON_ALPHANUMERIC.sub("", s)


def path_hash(components: Sequence[str]) -> str:
    """First 8 hex digits, upper-case, of the MD5 of the components joined by `/`."""
    return _hash_of(_PATH_SEP.join(components))


def _hash_of(path: str) -> str:
    digest = md5(path.encode("utf-8"), usedforsecurity=False)
    return digest.hexdigest()[:_HASH_LEN].upper()


def remove_dupes(components: Sequence[str]) -> list[str]:
    """Drop a component when the one before it ends with it (`Vpc/Vpc`, `MyVpc/Vpc`)."""
    kept: list[str] = []
    for component in components:
        if not kept or not kept[-1].endswith(component):
            kept.append(component)
    return kept


def make_unique_id(components: Sequence[str]) -> str:
    """Return the unique id for a path: human-readable part plus an 8-digit hash of the path."""
    visible = [c for c in components if c != HIDDEN_ID]
    if not visible:
        raise InvalidValueError("cannot compute a unique id for an empty path")
    path = _PATH_SEP.join(visible)
    # One look at the whole path first: a token is rare, and each marker check is a substring search.
    if ("{Token[" in path or "e+289" in path) and any(string_has_token(c) for c in visible):
        raise InvalidValueError(f"cannot compute a unique id from tokens in {path!r}; use literal ids")
    if len(visible) == 1:
        top_level = remove_non_alphanumeric(visible[0])
        if len(top_level) <= _MAX_ID_LEN:
            return top_level
    human = remove_non_alphanumeric("".join(c for c in remove_dupes(visible) if c != HIDDEN_FROM_HUMAN_ID))
    return human[:_MAX_HUMAN_LEN] + _hash_of(path)
