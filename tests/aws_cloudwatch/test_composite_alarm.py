"""CompositeAlarm, AlarmRule, AnomalyDetectionAlarm and the alarm widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_cloudwatch import (
    Alarm,
    AlarmRule,
    AlarmState,
    AlarmStatusWidget,
    AlarmStatusWidgetSortBy,
    AlarmWidget,
    AnomalyDetectionAlarm,
    CompositeAlarm,
    Dashboard,
    Metric,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.cfn_lint import assert_cfn_lint_clean

Render = Callable[[Stack], dict[str, Any]]


def test_alarm_rules_render_as_cloudwatch_writes_them(stack: Stack) -> None:
    alarm = Alarm.from_alarm_arn(stack, "A", "arn:aws:cloudwatch:us-east-1:111111111111:alarm:a")
    rule = AlarmRule.any_of(
        AlarmRule.all_of(alarm, AlarmRule.from_boolean(True)),
        AlarmRule.not_(AlarmRule.from_alarm(alarm, AlarmState.INSUFFICIENT_DATA)),
    )
    assert rule.render_alarm_rule() == (
        '((ALARM("arn:aws:cloudwatch:us-east-1:111111111111:alarm:a") AND TRUE) OR '
        '(NOT (INSUFFICIENT_DATA("arn:aws:cloudwatch:us-east-1:111111111111:alarm:a"))))'
    )


def test_alarm_rule_without_operands_is_an_error() -> None:
    with pytest.raises(ValidationError) as error:
        AlarmRule.all_of().render_alarm_rule()
    assert str(error.value) == "AlarmRule.all_of() got no operands; give at least one rule or alarm"


def test_composite_alarm_rejects_suppressor_periods_without_a_suppressor(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        CompositeAlarm(
            stack,
            "Composite",
            alarm_rule=AlarmRule.from_boolean(False),
            actions_suppressor_wait_period=Duration.minutes(2),
        )
    assert str(error.value) == (
        "Test/Composite: actions_suppressor_extension_period and actions_suppressor_wait_period need an "
        "actions_suppressor; give one or drop the periods"
    )


def test_composite_alarms_template(stack: Stack, template: Render, snapshot_json: SnapshotAssertion) -> None:
    errors = Metric(namespace="Books", metric_name="Errors", statistic="Sum", period=Duration.minutes(1))
    high = Alarm(stack, "High", metric=errors, threshold=10, evaluation_periods=1)
    anomaly = AnomalyDetectionAlarm(stack, "Anomaly", metric=errors, evaluation_periods=3, std_devs=2.5)
    composite = CompositeAlarm(
        stack,
        "Composite",
        alarm_rule=AlarmRule.all_of(high, anomaly),
        actions_suppressor=high,
        alarm_description="errors high and unusual",
    )
    dashboard = Dashboard(stack, "Dashboard")
    dashboard.add_widgets(
        AlarmWidget(alarm=high, title="Errors"),
        AlarmStatusWidget(alarms=[high, composite], sort_by=AlarmStatusWidgetSortBy.STATE_UPDATED_TIMESTAMP),
    )
    rendered = template(stack)
    assert_cfn_lint_clean(rendered)
    assert rendered == snapshot_json
