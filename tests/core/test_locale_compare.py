"""locale_compare_key: the order of JavaScript's `localeCompare` for ASCII strings (core/locale_compare.py)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from apigwv2_integrations.core.locale_compare import locale_compare_key

_PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"


def _pairs_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """The order as (class, rank) pairs per character: punctuation in ICU's order, then other symbols,
    digits, letters ignoring case; lower case first on a tie."""
    primary = []
    for c in text:
        if c.isdigit():
            primary.append((1, ord(c)))
        elif c.isalpha():
            primary.append((2, ord(c.lower()[0])))
        else:
            rank = _PUNCTUATION.index(c) if c in _PUNCTUATION else 100 + ord(c)
            primary.append((0, rank))
    return tuple(primary), tuple(1 if c.isupper() else 0 for c in text)


def test_orders_as_aws_cdk_lib_sorts_names() -> None:
    names = ["authParameters", "authorizationType", "Zeta", "zeta", "a-b", "a_b", "a1", "aB", "ab", "a.b", ""]
    assert sorted(names, key=locale_compare_key) == [
        "",
        "a_b",
        "a-b",
        "a.b",
        "a1",
        "ab",
        "aB",
        "authorizationType",
        "authParameters",
        "zeta",
        "Zeta",
    ]


@example(["İ", "i", "I"])
@given(st.lists(st.text(alphabet=st.characters(max_codepoint=0x2FF)), max_size=12))
def test_any_strings_sort_as_by_class_and_rank_pairs(texts: list[str]) -> None:
    assert sorted(texts, key=locale_compare_key) == sorted(texts, key=_pairs_key)
