"""Duration conversions and errors (core/duration.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from apigwv2_integrations import App, Duration, Fn, Lazy, Stack, Token
from apigwv2_integrations.core.duration import TimeUnit, whole_units
from apigwv2_integrations.core.errors import ValidationError
from tests.core.test_error_report import run


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


def test_a_fraction_in_the_same_unit_is_an_error_unless_integral_is_false() -> None:
    with pytest.raises(ValueError) as error:
        Duration.minutes(1.5).to_minutes()
    assert str(error.value) == (
        "Duration.minutes(1.5) is not a whole number of minutes; pass a whole number or integral=False"
    )
    assert Duration.minutes(1.5).to_minutes(integral=False) == 1.5
    with pytest.raises(ValueError) as to_hours:
        Duration.minutes(90).to_hours()
    assert str(to_hours.value) == (
        "Duration.minutes(90) cannot be converted into a whole number of hours; "
        "use a multiple of an hour or pass integral=False"
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


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        (Duration.minutes(90), "1 hour 30 minutes"),
        (Duration.minutes(60), "1 hour"),
        (Duration.days(1), "1 day"),
        (Duration.hours(25), "1 day 1 hour"),
        (Duration.hours(48), "2 days"),
        (Duration.millis(1500), "1 second 500 millis"),
        (Duration.millis(1), "1 milli"),
        (Duration.parse("PT1H30M"), "1 hour 30 minutes"),
        (Duration.parse("P1DT2H"), "1 day 2 hours"),
        # At most two units: the seconds of 1 hour 1 minute 1 second are dropped.
        (Duration.seconds(3661), "1 hour 1 minute"),
        (Duration.seconds(3601), "1 hour 1 second"),
        (Duration.millis(86_400_001), "1 day 1 milli"),
        (Duration.seconds(1.5), "1 second 500 millis"),
        (Duration.minutes(1.5), "1 minute 30 seconds"),
        (Duration.days(0.3), "7 hours 12 minutes"),
        (Duration.hours(1 / 3), "20 minutes"),
        (Duration.seconds(59.999), "59 seconds 999 millis"),
        (Duration.millis(2.5), "2.5 millis"),
        (Duration.millis(0.00011), "0.00011 millis"),
        (Duration.days(400), "400 days"),
        (Duration.millis(123_456_789_012), "1428 days 21 hours"),
        (Duration.seconds(9_007_199_254_740_993), "104249991374 days 7 hours"),
        (Duration.days(1e21), "999999999999999900000 days"),
    ],
)
def test_human_string_breaks_the_amount_into_units(duration: Duration, expected: str) -> None:
    # Each value is what aws-cdk-lib 2.275.0 gives.
    assert duration.to_human_string() == expected


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        (Duration.minutes(0), "0 minutes"),
        (Duration.seconds(0), "0 seconds"),
        (Duration.millis(0), "0 millis"),
        (Duration.parse("PT0S"), "0 millis"),
        # Less than 0.0001 ms left over is no part at all.
        (Duration.millis(0.0001), ""),
        (Duration.seconds(1e-7), ""),
    ],
)
def test_human_string_of_nothing_keeps_the_unit(duration: Duration, expected: str) -> None:
    assert duration.to_human_string() == expected


def test_human_string_of_a_token_amount_names_only_the_unit() -> None:
    assert Duration.minutes(Token.as_number(Fn.ref("X"))).to_human_string() == "<token> minutes"


def test_a_token_amount_shows_as_the_token() -> None:
    duration = Duration.seconds(Token.as_number(Fn.ref("Timeout")))
    with pytest.raises(ValueError) as error:
        duration.to_minutes()
    assert re.fullmatch(
        r"Duration\.seconds\(\$\{Token\[Timeout\.\d+\]\}\) comes from a token and cannot be converted to "
        r"minutes; give the duration in minutes directly",
        str(error.value),
    )


def test_whole_units_converts_a_whole_amount_and_names_the_option_of_a_fraction() -> None:
    stack = Stack(App(), "Test")
    assert whole_units(stack, "ttl", Duration.minutes(2), TimeUnit.SECONDS) == 120
    with pytest.raises(ValidationError) as raised:
        whole_units(stack, "ttl", Duration.millis(1500), TimeUnit.SECONDS)
    assert str(raised.value) == (
        "Test: ttl=Duration.millis(1500) is not a whole number of seconds; use Duration.seconds(...)"
    )
    token = Token.as_number(Lazy.number(lambda: 5))
    assert whole_units(None, "age", Duration.seconds(token), TimeUnit.SECONDS) == token


def test_a_conversion_that_cannot_be_made_is_a_value_error_reported_short(tmp_path: Path) -> None:
    source = "import apigwv2_integrations as cdk\n\nseconds = cdk.Duration.millis(1500).to_seconds()\n"
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: Duration.millis(1500) cannot be converted into a whole number of seconds; use a multiple "
        "of a second or pass integral=False\n"
        "  at app.py:3: seconds = cdk.Duration.millis(1500).to_seconds()\n"
    )
    with pytest.raises(ValueError):
        Duration.millis(1500).to_seconds()


def test_a_whole_float_amount_reads_back_as_an_int_as_javascript_prints_it() -> None:
    seconds = Duration.seconds(30.0).to_seconds()
    assert (seconds, type(seconds)) == (30, int)
    assert Duration.seconds(1.5).to_seconds(integral=False) == 1.5
