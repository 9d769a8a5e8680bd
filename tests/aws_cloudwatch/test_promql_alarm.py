"""PromQLAlarm: PromQL criteria, actions, imports, mute rules and the range checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack, Token
from apigwv2_integrations.aws_cloudwatch import (
    AlarmActionConfig,
    AlarmRule,
    CompositeAlarm,
    PromQLAlarm,
    ScheduleExpression,
)
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _Topic:
    def bind(self, scope: Construct, alarm: Any) -> AlarmActionConfig:
        return AlarmActionConfig(alarm_action_arn="arn:aws:sns:us-east-1:111111111111:topic")


def _alarm_properties(stack: Stack, template: Render) -> dict[str, Any]:
    (alarm,) = resources_of_type(template(stack), "AWS::CloudWatch::Alarm").values()
    return dict(alarm["Properties"])


def test_renders_the_query_and_periods_in_seconds(stack: Stack, template: Render) -> None:
    PromQLAlarm(
        stack,
        "Latency",
        alarm_name="latency",
        alarm_description="p99 over 500ms",
        query="histogram_quantile(0.99, rate(x[5m])) > 0.5",
        evaluation_interval=Duration.minutes(1),
        pending_period=Duration.minutes(5),
        recovery_period=Duration.seconds(0),
        actions_enabled=False,
    )
    assert _alarm_properties(stack, template) == {
        "ActionsEnabled": False,
        "AlarmDescription": "p99 over 500ms",
        "AlarmName": "latency",
        "EvaluationCriteria": {
            "PromQLCriteria": {
                "PendingPeriod": 300,
                "Query": "histogram_quantile(0.99, rate(x[5m])) > 0.5",
                "RecoveryPeriod": 0,
            }
        },
        "EvaluationInterval": 60,
    }


def test_actions_are_added_after_construction(stack: Stack, template: Render) -> None:
    alarm = PromQLAlarm(stack, "Down", query="up == 0", evaluation_interval=Duration.seconds(30))
    alarm.add_alarm_action(_Topic())
    alarm.add_ok_action(_Topic())
    properties = _alarm_properties(stack, template)
    assert (
        properties["AlarmActions"] == properties["OKActions"] == ["arn:aws:sns:us-east-1:111111111111:topic"]
    )
    assert "InsufficientDataActions" not in properties


def test_imports_by_arn_and_by_name_work_in_composite_rules(stack: Stack) -> None:
    by_arn = PromQLAlarm.from_prom_ql_alarm_arn(
        stack, "A", "arn:aws:cloudwatch:us-east-1:111111111111:alarm:a"
    )
    by_name = PromQLAlarm.from_prom_ql_alarm_name(stack, "B", "b")
    assert by_arn.alarm_name == "a"
    assert stack.resolve(by_name.alarm_arn)["Fn::Join"][1][-1] == ":alarm:b"
    rule = AlarmRule.all_of(by_arn)
    assert rule.render_alarm_rule() == '(ALARM("arn:aws:cloudwatch:us-east-1:111111111111:alarm:a"))'
    CompositeAlarm(stack, "C", alarm_rule=AlarmRule.any_of(by_arn, by_name))


def test_add_alarm_mute_rule_mutes_the_alarm(stack: Stack, template: Render) -> None:
    alarm = PromQLAlarm(stack, "P", query="up == 0", evaluation_interval=Duration.seconds(30))
    alarm.add_alarm_mute_rule(
        "Mute", schedule=ScheduleExpression.cron(minute="0", hour="2"), duration=Duration.hours(2)
    )
    (rule,) = resources_of_type(template(stack), "AWS::CloudWatch::AlarmMuteRule").values()
    assert rule["Properties"]["MuteTargets"] == {"AlarmNames": [stack.resolve(alarm.alarm_name)]}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"evaluation_interval": Duration.seconds(5)},
            "evaluation_interval=Duration.seconds(5) is out of range",
        ),
        ({"evaluation_interval": Duration.hours(2)}, "evaluation_interval=Duration.hours(2) is out of range"),
        ({"pending_period": Duration.days(2)}, "pending_period=Duration.days(2) is out of range"),
        ({"recovery_period": Duration.hours(25)}, "recovery_period=Duration.hours(25) is out of range"),
        ({"query": ""}, "query has 0 characters"),
    ],
)
def test_rejects_values_out_of_range(stack: Stack, changes: dict[str, Any], message: str) -> None:
    props: dict[str, Any] = {"query": "up", "evaluation_interval": Duration.seconds(60), **changes}
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        PromQLAlarm(stack, "P", **props)


def test_whole_seconds_are_required_and_tokens_pass(stack: Stack, template: Render) -> None:
    with pytest.raises(ValueError, match="whole number of seconds"):
        PromQLAlarm(stack, "Millis", query="up", evaluation_interval=Duration.millis(10_500))
    interval = Duration.seconds(Token.as_number({"Ref": "Interval"}))
    PromQLAlarm(stack, "Token", query="up", evaluation_interval=interval)
    assert _alarm_properties(stack, template)["EvaluationInterval"] == {"Ref": "Interval"}
