"""Sorting strings the way JavaScript's `String.localeCompare` does, which aws-cdk-lib relies on."""

from __future__ import annotations

# JavaScript's String.localeCompare order (ICU root collation) for the ASCII characters tag keys use:
# punctuation first in this order, then digits, then letters ignoring case, lower case first on ties.
_ICU_PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"
_PUNCTUATION_RANK = {c: i for i, c in enumerate(_ICU_PUNCTUATION)}
# A character's (class, rank) pair as one number, so that a key is a tuple of numbers: the pairs of any
# two characters compare as their numbers do.
_CLASS_STEP = 0x200000


class _CharacterRanks(dict[str, int]):
    """The number of each character met so far (a dict lookup in C once a character has been seen)."""

    def __missing__(self, character: str) -> int:
        if character.isdigit():
            rank = _CLASS_STEP + ord(character)
        elif character.isalpha():
            # (The first character of the lower case: 'İ' lowers to two.)
            rank = 2 * _CLASS_STEP + ord(character.lower()[0])
        else:
            rank = _PUNCTUATION_RANK.get(character, 100 + ord(character))
        self[character] = rank
        return rank


class _UpperCase(dict[str, int]):
    """1 for an upper-case character, else 0 (the tie-break: lower case first)."""

    def __missing__(self, character: str) -> int:
        found = self[character] = 1 if character.isupper() else 0
        return found


_ranks = _CharacterRanks()
_upper_case = _UpperCase()


def locale_compare_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sort key that orders ASCII strings as JavaScript's `localeCompare` does."""
    return tuple(map(_ranks.__getitem__, text)), tuple(map(_upper_case.__getitem__, text))
