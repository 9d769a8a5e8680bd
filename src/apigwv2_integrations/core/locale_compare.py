"""Sorting strings the way JavaScript's `String.localeCompare` does, which aws-cdk-lib relies on."""

from __future__ import annotations

# JavaScript's String.localeCompare order (ICU root collation) for the ASCII characters tag keys use:
# punctuation first in this order, then digits, then letters ignoring case, lower case first on ties.
_ICU_PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"
_PUNCTUATION_RANK = {c: i for i, c in enumerate(_ICU_PUNCTUATION)}


def locale_compare_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """Sort key that orders ASCII strings as JavaScript's `localeCompare` does."""
    primary = []
    for c in text:
        if c.isdigit():
            primary.append((1, ord(c)))
        elif c.isalpha():
            primary.append((2, ord(c.lower())))
        else:
            primary.append((0, _PUNCTUATION_RANK.get(c, 100 + ord(c))))
    tertiary = tuple(0 if not c.isupper() else 1 for c in text)
    return tuple(primary), tertiary
