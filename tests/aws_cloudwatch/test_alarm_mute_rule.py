"""ScheduleExpression: one-time dates, cron schedules and written expressions, with their errors."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack, TimeZone, Token, ValidationError
from apigwv2_integrations.aws_cloudwatch import CalendarDateTime, ScheduleExpression


def _date(**changes: float) -> CalendarDateTime:
    return CalendarDateTime(**{"year": 2024, "month": 2, "day": 3, "hour": 4, "minute": 5, **changes})


def test_at_pads_every_field_but_the_year() -> None:
    schedule = ScheduleExpression.at(_date(year=24))
    assert (schedule.expression_string, schedule.time_zone) == ("at(24-02-03T04:05)", None)


def test_at_takes_a_dict_and_a_time_zone() -> None:
    schedule = ScheduleExpression.at(
        {"year": 2024, "month": 12, "day": 31, "hour": 23, "minute": 59}, TimeZone.EUROPE_LONDON
    )
    assert schedule.expression_string == "at(2024-12-31T23:59)"
    assert schedule.time_zone == TimeZone.EUROPE_LONDON


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"month": 13, "hour": 30}, "month=13 is out of range; use 1 to 12"),
        ({"day": 0}, "day=0 is out of range; use 1 to 31"),
        ({"hour": 24}, "hour=24 is out of range; use 0 to 23"),
        ({"minute": -1}, "minute=-1 is out of range; use 0 to 59"),
    ],
)
def test_at_rejects_fields_out_of_range(changes: dict[str, float], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        ScheduleExpression.at(_date(**changes))
    assert str(error.value) == message


def test_cron_fills_missing_fields_with_stars() -> None:
    assert ScheduleExpression.cron(minute="0").expression_string == "cron(0 * * * *)"
    schedule = ScheduleExpression.cron(minute="*/5", hour="8-17", month="JAN", week_day="MON-FRI")
    assert schedule.expression_string == "cron(*/5 8-17 * JAN MON-FRI)"
    assert ScheduleExpression.cron(minute="0", hour="8", day="1").expression_string == "cron(0 8 1 * *)"


def test_cron_rejects_day_with_week_day() -> None:
    with pytest.raises(ValidationError) as error:
        ScheduleExpression.cron(minute="0", day="?", week_day="MON")
    assert str(error.value) == "day='?' and week_day='MON' cannot both be given; give at most one of them"


def test_expression_is_kept_as_written() -> None:
    schedule = ScheduleExpression.expression("rate(1 day)", TimeZone.ETC_UTC)
    assert (schedule.expression_string, schedule.time_zone) == ("rate(1 day)", TimeZone.ETC_UTC)
    assert repr(schedule) == "ScheduleExpression.expression('rate(1 day)', TimeZone.of('Etc/UTC'))"


def test_at_keeps_a_token_year(stack: Stack) -> None:
    schedule = ScheduleExpression.at(_date(year=Token.as_number(stack.account)))
    assert stack.resolve(schedule.expression_string) == {
        "Fn::Join": ["", ["at(", {"Ref": "AWS::AccountId"}, "-02-03T04:05)"]]
    }
