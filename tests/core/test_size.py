"""Size conversions and rounding (core/size.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Size, SizeRoundingBehavior


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
