"""Duration conversions and errors (core/duration.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Duration, Fn, Token


def test_conversions_between_units() -> None:
    assert Duration.minutes(1.5).to_seconds() == 90
    assert Duration.hours(2).to_minutes() == 120
    assert Duration.days(1).to_hours() == 24
    assert Duration.seconds(2).to_milliseconds() == 2000
    assert Duration.seconds(90).to_minutes(integral=False) == 1.5


def test_conversion_to_a_fraction_is_an_error() -> None:
    with pytest.raises(ValueError) as error:
        Duration.seconds(90).to_minutes()
    assert str(error.value) == (
        "Duration.seconds(90) cannot be converted into a whole number of minutes; "
        "use a multiple of a minute or pass integral=False"
    )


def test_negative_amount_is_an_error() -> None:
    with pytest.raises(ValueError) as error:
        Duration.seconds(-1)
    assert str(error.value) == "Duration amounts cannot be negative; got -1 seconds"


def test_token_amount_converts_only_to_its_own_unit() -> None:
    amount = Token.as_number(Fn.ref("Timeout"))
    duration = Duration.seconds(amount)
    assert duration.is_unresolved() and duration.to_seconds() == amount
    with pytest.raises(ValueError) as error:
        duration.to_minutes()
    assert str(error.value).endswith(
        "comes from a token and cannot be converted to minutes; give the duration in minutes directly"
    )


def test_parse_iso_8601() -> None:
    assert Duration.parse("PT1H30M").to_minutes() == 90
    assert Duration.parse("P1DT2S").to_seconds() == 86402


def test_parse_rejects_other_text() -> None:
    with pytest.raises(ValueError) as error:
        Duration.parse("bad")
    assert str(error.value) == "Duration.parse: 'bad' is not an ISO 8601 duration; use a form like 'PT1H30M'"


def test_iso_and_human_strings() -> None:
    assert [d.to_iso_string() for d in (Duration.hours(1), Duration.seconds(0), Duration.millis(1500))] == [
        "PT1H",
        "PT0S",
        "PT1.5S",
    ]
    assert Duration.days(1).plus(Duration.hours(2)).to_iso_string() == "P1DT2H"
    assert Duration.seconds(30).to_human_string() == "30 seconds"
    assert Duration.minutes(2).minus(Duration.seconds(30)).to_seconds() == 90


def test_equality_across_units_and_repr() -> None:
    assert Duration.seconds(60) == Duration.minutes(1)
    assert hash(Duration.seconds(60)) == hash(Duration.minutes(1))
    assert repr(Duration.seconds(40)) == "Duration.seconds(40)"
    assert Duration.minutes(3).unit_label() == "minutes"


def test_to_string_is_the_call_that_builds_the_duration() -> None:
    assert Duration.minutes(5).to_string() == "Duration.minutes(5)"
    assert Duration.seconds(1.5).to_string() == "Duration.seconds(1.5)"
