"""Bitrate: data rates and their conversions (core/bitrate.py)."""

from __future__ import annotations

import re

import pytest

from apigwv2_integrations import App, Bitrate, CfnParameter, Stack
from apigwv2_integrations.core.errors import InvalidValueError


def test_units_are_decimal() -> None:
    assert (Bitrate.kbps(500).to_bps(), Bitrate.mbps(10).to_kbps(), Bitrate.gbps(1).to_mbps()) == (
        500_000,
        10_000,
        1000,
    )


def test_a_conversion_to_a_larger_unit_gives_a_fraction() -> None:
    assert (Bitrate.bps(1500).to_kbps(), Bitrate.kbps(123).to_mbps(), Bitrate.kbps(3).to_gbps()) == (
        1.5,
        0.123,
        3e-06,
    )


def test_a_negative_amount_is_refused() -> None:
    with pytest.raises(InvalidValueError) as error:
        Bitrate.bps(-1)
    assert str(error.value) == "Bitrate amounts cannot be negative; got -1 bps"


def test_a_token_amount_converts_only_to_its_own_unit() -> None:
    amount = CfnParameter(Stack(App(), "S"), "Rate", type="Number").value_as_number
    rate = Bitrate.mbps(amount)
    assert rate.is_unresolved() and rate.to_mbps() == amount
    with pytest.raises(InvalidValueError) as error:
        rate.to_bps()
    assert re.fullmatch(
        r"Bitrate\.mbps\(\$\{Token\[Rate\.Ref\.\d+\]\}\) comes from a token and cannot be converted to bps; "
        r"build it with Bitrate\.bps\(\)",
        str(error.value),
    )
