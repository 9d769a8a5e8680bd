"""Expiration: points in time from a timestamp, a date, a string or a duration from now."""

from __future__ import annotations

import datetime

import pytest

from apigwv2_integrations import Duration, Expiration


def test_to_epoch_rounds_milliseconds_half_up() -> None:
    assert Expiration.at_timestamp(1700000000123).to_epoch() == 1700000000
    assert Expiration.at_timestamp(1700000000500).to_epoch() == 1700000001


def test_date_is_an_aware_utc_datetime() -> None:
    assert Expiration.at_timestamp(1700000000123).date == datetime.datetime(
        2023, 11, 14, 22, 13, 20, 123000, tzinfo=datetime.timezone.utc
    )


def test_at_date_converts_the_time_zone() -> None:
    plus_two = datetime.timezone(datetime.timedelta(hours=2))
    assert Expiration.at_date(datetime.datetime(2030, 1, 1, 12, tzinfo=plus_two)).to_epoch() == 1893492000


def test_at_date_rejects_a_naive_datetime() -> None:
    with pytest.raises(TypeError) as error:
        Expiration.at_date(datetime.datetime(2030, 1, 1))
    assert str(error.value) == (
        "Expiration.at_date: d=datetime.datetime(2030, 1, 1, 0, 0) has no time zone; pass an aware "
        "datetime, e.g. datetime(2030, 1, 1, tzinfo=timezone.utc)"
    )


def test_from_string_reads_iso_8601_and_takes_utc_without_a_zone() -> None:
    assert Expiration.from_string("2030-01-01T00:00:00Z").to_epoch() == 1893456000
    assert Expiration.from_string("2030-01-01T00:00:00").to_epoch() == 1893456000


def test_after_is_before_and_after_compare_with_now() -> None:
    expiration = Expiration.after(Duration.days(1))
    assert expiration.is_before(Duration.days(2))
    assert expiration.is_after(Duration.hours(1))
    assert not expiration.is_after(Duration.days(2))
