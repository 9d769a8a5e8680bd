"""AlarmRule.at_least and at_least_not: counts, percentages, and the errors raised when rendered."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack, Token, ValidationError
from apigwv2_integrations.aws_cloudwatch import Alarm, AlarmRule, AlarmState, AtLeastThreshold, Metric


def _alarms(stack: Stack, count: int) -> list[Alarm]:
    metric = Metric(namespace="N", metric_name="M")
    return [Alarm(stack, f"A{i}", metric=metric, threshold=1, evaluation_periods=1) for i in range(count)]


def test_at_least_a_count_of_alarms_in_a_state(stack: Stack) -> None:
    a0, a1 = _alarms(stack, 2)
    rule = AlarmRule.at_least(AlarmState.ALARM, operands=[a0, a1], threshold=AtLeastThreshold.count(1))
    assert stack.resolve(rule.render_alarm_rule()) == {
        "Fn::Join": [
            "",
            [
                'AT_LEAST(1, ALARM, ("',
                {"Fn::GetAtt": ["A0F9D5A97A", "Arn"]},
                '", "',
                {"Fn::GetAtt": ["A1310A24E2", "Arn"]},
                '"))',
            ],
        ]
    }


def test_at_least_not_a_percentage(stack: Stack) -> None:
    (a0,) = _alarms(stack, 1)
    rule = AlarmRule.at_least_not(AlarmState.OK, operands=[a0], threshold=AtLeastThreshold.percentage(100))
    assert rule.render_alarm_rule().startswith('AT_LEAST(100%, NOT OK, ("')


def test_at_least_keeps_a_token_count(stack: Stack) -> None:
    (a0,) = _alarms(stack, 1)
    count = Token.as_number(stack.account)
    rule = AlarmRule.at_least(AlarmState.ALARM, operands=[a0], threshold=AtLeastThreshold.count(count))
    assert stack.resolve(rule.render_alarm_rule())["Fn::Join"][1][:2] == [
        "AT_LEAST(",
        {"Ref": "AWS::AccountId"},
    ]


@pytest.mark.parametrize("count", [0, 3, 1.5])
def test_at_least_count_out_of_range(stack: Stack, count: float) -> None:
    alarms = _alarms(stack, 2)
    rule = AlarmRule.at_least(AlarmState.ALARM, operands=alarms, threshold=AtLeastThreshold.count(count))
    with pytest.raises(ValidationError) as error:
        rule.render_alarm_rule()
    assert str(error.value) == (
        f"threshold=AtLeastThreshold.count({count!r}) is out of range; use a whole number from 1 to the "
        "number of operands (2)"
    )


@pytest.mark.parametrize("percentage", [0, 101, 12.5])
def test_at_least_percentage_out_of_range(stack: Stack, percentage: float) -> None:
    alarms = _alarms(stack, 2)
    threshold = AtLeastThreshold.percentage(percentage)
    rule = AlarmRule.at_least_not(AlarmState.ALARM, operands=alarms, threshold=threshold)
    with pytest.raises(ValidationError) as error:
        rule.render_alarm_rule()
    assert str(error.value) == (
        f"threshold=AtLeastThreshold.percentage({percentage!r}) is out of range; use a whole number from 1 to 100"
    )


def test_at_least_without_operands() -> None:
    rule = AlarmRule.at_least(AlarmState.ALARM, operands=[], threshold=AtLeastThreshold.count(1))
    with pytest.raises(ValidationError) as error:
        rule.render_alarm_rule()
    assert str(error.value) == "AlarmRule.at_least() got operands=[]; give at least one alarm"
