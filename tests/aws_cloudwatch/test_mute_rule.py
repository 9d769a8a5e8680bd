"""AlarmMuteRule: schedules, dates, targets added later, imports and the range checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack, TimeZone, Token
from apigwv2_integrations.aws_cloudwatch import (
    Alarm,
    AlarmMuteRule,
    CalendarDateTime,
    Metric,
    ScheduleExpression,
)
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

_DAILY = ScheduleExpression.cron(minute="0", hour="0")


def _alarm(stack: Stack, id: str) -> Alarm:
    return Alarm(stack, id, metric=Metric(namespace="NS", metric_name="M"), threshold=1, evaluation_periods=1)


def _rule_properties(stack: Stack, template: Render) -> dict[str, Any]:
    (rule,) = resources_of_type(template(stack), "AWS::CloudWatch::AlarmMuteRule").values()
    return dict(rule["Properties"])


def test_alarms_given_and_added_later_are_muted(stack: Stack, template: Render) -> None:
    first, second = _alarm(stack, "First"), _alarm(stack, "Second")
    rule = AlarmMuteRule(stack, "Rule", alarms=[first], schedule=_DAILY, duration=Duration.hours(1))
    rule.add_alarm(second)
    assert _rule_properties(stack, template) == {
        "MuteTargets": {"AlarmNames": [stack.resolve(first.alarm_name), stack.resolve(second.alarm_name)]},
        "Rule": {"Schedule": {"Duration": "PT1H", "Expression": "cron(0 0 * * *)"}},
    }


def test_every_option_renders(stack: Stack, template: Render) -> None:
    AlarmMuteRule(
        stack,
        "Rule",
        alarm_mute_rule_name="maintenance",
        description="weekly maintenance",
        schedule=ScheduleExpression.cron(
            minute="0", hour="2", week_day="SUN", time_zone=TimeZone.EUROPE_LONDON
        ),
        duration=Duration.minutes(90),
        start={"year": 2026, "month": 1, "day": 2, "hour": 3, "minute": 4},
        expire=CalendarDateTime(year=2027, month=12, day=31, hour=23, minute=59),
        tags={"team": "ops", "app": "web"},
    )
    assert _rule_properties(stack, template) == {
        "Description": "weekly maintenance",
        "ExpireDate": "2027-12-31T23:59",
        "Name": "maintenance",
        "Rule": {
            "Schedule": {
                "Duration": "PT1H30M",
                "Expression": "cron(0 2 * * SUN)",
                "Timezone": "Europe/London",
            }
        },
        "StartDate": "2026-01-02T03:04",
        "Tags": [{"Key": "app", "Value": "web"}, {"Key": "team", "Value": "ops"}],
    }


def test_imports_by_name_and_by_arn(stack: Stack) -> None:
    by_name = AlarmMuteRule.from_alarm_mute_rule_name(stack, "ByName", "rule-x")
    by_arn = AlarmMuteRule.from_alarm_mute_rule_arn(
        stack, "ByArn", "arn:aws:cloudwatch:us-east-1:111111111111:alarm-mute-rule:rule-y"
    )
    assert stack.resolve(by_name.alarm_mute_rule_arn)["Fn::Join"][1][-1] == ":alarm-mute-rule:rule-x"
    assert by_arn.alarm_mute_rule_name == "rule-y"
    assert by_arn.alarm_mute_rule_ref.alarm_mute_rule_arn == by_arn.alarm_mute_rule_arn
    with pytest.raises(ValidationError, match="names no mute rule"):
        AlarmMuteRule.from_alarm_mute_rule_arn(stack, "Bad", "arn:aws:cloudwatch:us-east-1:111111111111:rule")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"duration": Duration.days(16)}, "duration=Duration.days(16) is out of range"),
        ({"duration": Duration.minutes(0)}, "duration=Duration.minutes(0) is out of range"),
        ({"alarm_mute_rule_name": ""}, "alarm_mute_rule_name='' has 0 characters"),
        (
            {"start": {"year": 2026, "month": 13, "day": 1, "hour": 0, "minute": 0}},
            "start.month=13 is out of range",
        ),
        (
            {"expire": CalendarDateTime(year=2026, month=1, day=1, hour=24, minute=0)},
            "expire.hour=24 is out of",
        ),
    ],
)
def test_rejects_values_out_of_range(stack: Stack, changes: dict[str, Any], message: str) -> None:
    props: dict[str, Any] = {"schedule": _DAILY, "duration": Duration.hours(1), **changes}
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        AlarmMuteRule(stack, "Rule", **props)


def test_duration_needs_whole_minutes(stack: Stack) -> None:
    with pytest.raises(ValueError, match="whole number of minutes"):
        AlarmMuteRule(stack, "Rule", schedule=_DAILY, duration=Duration.seconds(30))
    with pytest.raises(ValueError, match="comes from a token"):
        AlarmMuteRule(
            stack, "Token", schedule=_DAILY, duration=Duration.minutes(Token.as_number({"Ref": "M"}))
        )


def test_more_than_a_hundred_alarms_fail_at_synthesis(stack: Stack, template: Render) -> None:
    alarm = Alarm.from_alarm_name(stack, "Imported", "a")
    AlarmMuteRule(stack, "Rule", alarms=[alarm] * 101, schedule=_DAILY, duration=Duration.hours(1))
    with pytest.raises(SynthesisError, match="101 alarms are muted; a mute rule mutes at most 100"):
        template(stack)


def test_every_alarm_makes_a_mute_rule_of_its_own_under_it(stack: Stack, template: Render) -> None:
    alarm = _alarm(stack, "Alarm")
    rule = alarm.add_alarm_mute_rule("Mute", duration=Duration.hours(2), schedule=_DAILY)
    assert rule.node.scope is alarm
    assert _rule_properties(stack, template)["MuteTargets"] == {
        "AlarmNames": [stack.resolve(alarm.alarm_name)]
    }
