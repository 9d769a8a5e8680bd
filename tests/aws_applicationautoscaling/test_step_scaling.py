"""Step scaling: ScalableTarget.scale_on_metric, StepScalingPolicy and StepScalingAction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations.aws_applicationautoscaling import (
    AdjustmentType,
    MetricAggregationType,
    ScalableTarget,
    ScalingInterval,
    ServiceNamespace,
    StepScalingAction,
    StepScalingPolicy,
)
from apigwv2_integrations.aws_cloudwatch import MathExpression, Metric

Render = Callable[[Stack], dict[str, Any]]

TARGET_REF = {"Ref": "TD925BC7E"}
BACKLOG = Metric(
    namespace="App",
    metric_name="Backlog",
    dimensions_map={"Q": "jobs"},
    statistic="Maximum",
    period=Duration.minutes(1),
)


def _target(stack: Stack) -> ScalableTarget:
    return ScalableTarget(
        stack,
        "T",
        service_namespace=ServiceNamespace.ECS,
        resource_id="service/c/s",
        scalable_dimension="ecs:service:DesiredCount",
        min_capacity=1,
        max_capacity=20,
    )


def _properties(stack: Stack, template: Render, logical_id: str) -> dict[str, Any]:
    properties: dict[str, Any] = template(stack)["Resources"][logical_id]["Properties"]
    return properties


def test_scale_on_metric_puts_alarms_on_both_sides_of_the_no_change_range(
    template: Render,
) -> None:
    stack = Stack(None, "Steps")
    _target(stack).scale_on_metric(
        "Gap",
        metric=BACKLOG,
        scaling_steps=[
            {"upper": 5, "change": -2},
            {"lower": 5, "upper": 10, "change": -1},
            {"lower": 50, "upper": 80, "change": 2},
            {"lower": 80, "change": 4},
        ],
        evaluation_periods=3,
        datapoints_to_alarm=2,
        cooldown=Duration.seconds(90),
    )

    rendered = template(stack)["Resources"]
    assert rendered["TGapLowerPolicy70787AE8"]["Properties"] == {
        "PolicyName": "StepsTGapLowerPolicy02F5D985",
        "PolicyType": "StepScaling",
        "ScalingTargetId": TARGET_REF,
        "StepScalingPolicyConfiguration": {
            "AdjustmentType": "ChangeInCapacity",
            "Cooldown": 90,
            "MetricAggregationType": "Maximum",
            "StepAdjustments": [
                {"MetricIntervalLowerBound": -5, "MetricIntervalUpperBound": 0, "ScalingAdjustment": -1},
                {"MetricIntervalUpperBound": -5, "ScalingAdjustment": -2},
            ],
        },
    }
    assert rendered["TGapUpperPolicyDC37108B"]["Properties"]["StepScalingPolicyConfiguration"][
        "StepAdjustments"
    ] == [
        {"MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 30, "ScalingAdjustment": 2},
        {"MetricIntervalLowerBound": 30, "ScalingAdjustment": 4},
    ]
    lower_alarm = rendered["TGapLowerAlarmEE1F343F"]["Properties"]
    assert lower_alarm["AlarmActions"] == [{"Ref": "TGapLowerPolicy70787AE8"}]
    assert lower_alarm["AlarmDescription"] == "Lower threshold scaling alarm"
    assert lower_alarm["ComparisonOperator"] == "LessThanOrEqualToThreshold"
    assert (lower_alarm["Threshold"], lower_alarm["EvaluationPeriods"], lower_alarm["DatapointsToAlarm"]) == (
        10,
        3,
        2,
    )
    upper_alarm = rendered["TGapUpperAlarm72215367"]["Properties"]
    assert upper_alarm["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"
    assert upper_alarm["Threshold"] == 50


def test_steps_without_a_no_change_range_split_in_the_middle(template: Render) -> None:
    stack = Stack(None, "Steps")
    _target(stack).scale_on_metric(
        "NoGap",
        metric=BACKLOG,
        scaling_steps=[
            ScalingInterval(upper=10, change=-1),
            ScalingInterval(lower=10, upper=20, change=1),
            ScalingInterval(lower=20, change=2),
        ],
        metric_aggregation_type=MetricAggregationType.AVERAGE,
    )

    rendered = template(stack)["Resources"]
    assert rendered["TNoGapLowerAlarmE21BD7B0"]["Properties"]["Threshold"] == 10
    assert rendered["TNoGapUpperAlarm418F0E81"]["Properties"]["Threshold"] == 10
    assert rendered["TNoGapLowerPolicy5E7AF882"]["Properties"]["StepScalingPolicyConfiguration"] == {
        "AdjustmentType": "ChangeInCapacity",
        "MetricAggregationType": "Average",
        "StepAdjustments": [{"MetricIntervalUpperBound": 0, "ScalingAdjustment": -1}],
    }


def test_a_zero_change_is_a_capacity_only_with_exact_capacity() -> None:
    stack = Stack(None, "Steps")
    target = _target(stack)
    steps = [ScalingInterval(lower=0, upper=70, change=0), ScalingInterval(lower=70, change=3)]

    relative = target.scale_on_metric("Relative", metric=BACKLOG, scaling_steps=steps)
    exact = target.scale_on_metric(
        "Exact", metric=BACKLOG, scaling_steps=steps, adjustment_type=AdjustmentType.EXACT_CAPACITY
    )

    assert (relative.lower_alarm, relative.upper_alarm is not None) == (None, True)
    assert (exact.lower_alarm is not None, exact.upper_alarm is not None) == (True, True)


def test_a_math_expression_leaves_the_aggregation_type_unset(template: Render) -> None:
    stack = Stack(None, "Steps")
    _target(stack).scale_on_metric(
        "Pct",
        metric=MathExpression(
            expression="a+b", using_metrics={"a": BACKLOG, "b": Metric(namespace="App", metric_name="Other")}
        ),
        adjustment_type=AdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
        min_adjustment_magnitude=2,
        scaling_steps=[ScalingInterval(upper=10, change=-10), ScalingInterval(lower=100, change=50)],
    )

    configuration = _properties(stack, template, "TPctUpperPolicyE3E086D4")["StepScalingPolicyConfiguration"]
    assert configuration == {
        "AdjustmentType": "PercentChangeInCapacity",
        "MinAdjustmentMagnitude": 2,
        "StepAdjustments": [{"MetricIntervalLowerBound": 0, "ScalingAdjustment": 50}],
    }


def test_a_step_scaling_action_without_adjustments_writes_an_empty_list(template: Render) -> None:
    stack = Stack(None, "Steps")
    StepScalingAction(stack, "Empty", scaling_target=_target(stack))

    assert _properties(stack, template, "Empty8E0066A8") == {
        "PolicyName": "StepsEmpty4C84FB23",
        "PolicyType": "StepScaling",
        "ScalingTargetId": TARGET_REF,
        "StepScalingPolicyConfiguration": {"StepAdjustments": []},
    }


def test_add_adjustment_needs_a_bound() -> None:
    stack = Stack(None, "S")
    action = StepScalingAction(stack, "A", scaling_target=_target(stack))

    with pytest.raises(ValidationError) as raised:
        action.add_adjustment(adjustment=1)

    assert str(raised.value) == (
        "S/A: add_adjustment(adjustment=1) has neither lower_bound nor upper_bound; give at least one"
    )


_TWO_STEPS = [ScalingInterval(upper=1, change=-1), ScalingInterval(lower=5, change=1)]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"scaling_steps": [ScalingInterval(lower=1, change=1)]},
            "scaling_steps has 1 step(s); give at least 2 intervals",
        ),
        (
            {"scaling_steps": [ScalingInterval(lower=i, upper=i + 1, change=1) for i in range(41)]},
            "scaling_steps has 41 steps; give at most 40",
        ),
        (
            {"scaling_steps": _TWO_STEPS, "evaluation_periods": 0},
            "evaluation_periods=0 is less than 1; use 1 or more",
        ),
        (
            {"scaling_steps": _TWO_STEPS, "datapoints_to_alarm": 2},
            "datapoints_to_alarm=2 needs evaluation_periods; set it too",
        ),
        (
            {"scaling_steps": _TWO_STEPS, "datapoints_to_alarm": 3, "evaluation_periods": 2},
            "datapoints_to_alarm=3 is more than evaluation_periods=2; use at most evaluation_periods",
        ),
        (
            {
                "scaling_steps": [
                    ScalingInterval(lower=0, upper=10, change=-1),
                    ScalingInterval(lower=5, change=1),
                ]
            },
            'scaling_steps has overlapping steps ({"lower": 0, "upper": 10, "change": -1} and '
            '{"lower": 5, "change": 1}); make each step end where the next begins',
        ),
        (
            {"scaling_steps": [ScalingInterval(change=-1), ScalingInterval(lower=5, change=1)]},
            'scaling_steps has a step without bounds ({"change": -1}); give it lower, upper or both',
        ),
        (
            {
                "scaling_steps": [
                    ScalingInterval(lower=1, upper=3, change=1),
                    ScalingInterval(lower=7, change=2),
                ]
            },
            'scaling_steps leave 2 ranges without a change ({"lower": 0, "upper": 1}, {"lower": 3, "upper": 7}); '
            "there can be at most one: cover the gaps between the steps",
        ),
    ],
)
def test_step_scaling_policy_rejects_steps_and_alarm_options(options: dict[str, Any], message: str) -> None:
    stack = Stack(None, "S")
    target = _target(stack)

    with pytest.raises(ValidationError) as raised:
        StepScalingPolicy(stack, "P", scaling_target=target, metric=BACKLOG, **options)

    assert str(raised.value) == f"S/P: {message}"
