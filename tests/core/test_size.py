"""Size conversions and rounding (core/size.py)."""

from __future__ import annotations

import re

import pytest

from apigwv2_integrations import Fn, Size, SizeRoundingBehavior, Token


def test_conversions() -> None:
    assert Size.mebibytes(1).to_kibibytes() == 1024
    assert Size.gibibytes(1).to_mebibytes() == 1024
    assert Size.kibibytes(2).to_bytes() == 2048


def test_inexact_conversion_fails_unless_rounding_is_given() -> None:
    with pytest.raises(ValueError) as error:
        Size.kibibytes(1536).to_mebibytes()
    assert str(error.value) == (
        "Size.kibibytes(1536) cannot be converted into a whole number of mebibytes; pass rounding=FLOOR or NONE"
    )
    assert Size.kibibytes(1536).to_mebibytes(rounding=SizeRoundingBehavior.FLOOR) == 1
    assert Size.kibibytes(1536).to_mebibytes(rounding=SizeRoundingBehavior.NONE) == 1.5


def test_negative_size_is_an_error() -> None:
    with pytest.raises(ValueError) as error:
        Size.bytes(-1)
    assert str(error.value) == "Size amounts cannot be negative; got -1 bytes"


@pytest.mark.parametrize(
    ("size", "human"),
    [
        (Size.mebibytes(1536), "1.5 GiB"),
        (Size.kibibytes(1), "1 KiB"),
        (Size.bytes(1000), "1000 bytes"),
        (Size.bytes(0), "0 bytes"),
        (Size.pebibytes(2), "2 PiB"),
    ],
    ids=lambda value: value if isinstance(value, str) else value.to_string(),
)
def test_human_string_uses_the_largest_unit_reached(size: Size, human: str) -> None:
    assert size.to_human_string() == human


def test_to_string_is_the_call_that_builds_the_size() -> None:
    assert Size.gibibytes(1.5).to_string() == "Size.gibibytes(1.5)"
    assert Size.mebibytes(512.0).to_string() == "Size.mebibytes(512)"


def test_tebibytes_and_pebibytes_conversions() -> None:
    assert Size.pebibytes(1).to_tebibytes() == 1024
    assert Size.tebibytes(2048).to_pebibytes() == 2
    with pytest.raises(ValueError) as error:
        Size.tebibytes(2).to_pebibytes()
    assert str(error.value) == (
        "Size.tebibytes(2) cannot be converted into a whole number of pebibytes; pass rounding=FLOOR or NONE"
    )


def test_a_token_amount_shows_as_the_token() -> None:
    size = Size.mebibytes(Token.as_number(Fn.ref("Memory")))
    with pytest.raises(ValueError) as error:
        size.to_kibibytes()
    assert re.fullmatch(
        r"Size\.mebibytes\(\$\{Token\[Memory\.\d+\]\}\) comes from a token and cannot be converted to kibibytes",
        str(error.value),
    )
