"""Application Auto Scaling: targets, schedules, tracking policies, and the scalable attributes of Lambda
aliases and DynamoDB tables."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import CfnParameter, Duration, Stack, TimeZone, ValidationError
from apigwv2_integrations.aws_applicationautoscaling import (
    PredefinedMetric,
    ScalableTarget,
    Schedule,
    ServiceNamespace,
    TargetTrackingScalingPolicy,
)
from apigwv2_integrations.aws_dynamodb import Attribute, AttributeType, BillingMode, Table
from apigwv2_integrations.aws_lambda import Alias, Code, Function, Runtime
from apigwv2_integrations.core.errors import ArgumentTypeError

Render = Callable[[Stack], dict[str, Any]]


def _target(stack: Stack, **overrides: Any) -> ScalableTarget:
    options: dict[str, Any] = {
        "service_namespace": ServiceNamespace.ECS,
        "resource_id": "service/cluster/svc",
        "scalable_dimension": "ecs:service:DesiredCount",
        "min_capacity": 1,
        "max_capacity": 4,
    }
    options.update(overrides)
    return ScalableTarget(stack, "Target", **options)


def test_schedules_write_aws_expressions() -> None:
    assert Schedule.cron(hour="8", minute="0").expression_string == "cron(0 8 * * ? *)"
    assert Schedule.cron(week_day="MON-FRI", hour="6").expression_string == "cron(* 6 ? * MON-FRI *)"
    assert Schedule.rate(Duration.minutes(1)).expression_string == "rate(1 minute)"
    assert Schedule.rate(Duration.hours(36)).expression_string == "rate(36 hours)"
    moment = datetime.datetime(2027, 1, 1, 10, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    assert Schedule.at(moment).expression_string == "at(2027-01-01T09:30:00)"
    with pytest.raises(ValidationError, match=r"day='1' and week_day='MON' are both set"):
        Schedule.cron(day="1", week_day="MON")


def test_schedule_at_refuses_a_naive_datetime() -> None:
    with pytest.raises(TypeError) as error:
        Schedule.at(datetime.datetime(2030, 1, 2, 3, 4, 5))
    assert str(error.value) == (
        "Schedule.at: moment=datetime.datetime(2030, 1, 2, 3, 4, 5) has no time zone; pass an aware "
        "datetime, e.g. datetime(2030, 1, 1, tzinfo=timezone.utc)"
    )


def test_scheduled_action_times_are_written_in_utc_and_must_be_aware(stack: Stack, template: Render) -> None:
    target = _target(stack)
    berlin_summer = datetime.timezone(datetime.timedelta(hours=2))
    target.scale_on_schedule(
        "Once",
        schedule=Schedule.rate(Duration.hours(1)),
        min_capacity=2,
        start_time=datetime.datetime(2029, 6, 1, tzinfo=berlin_summer),
    )
    with pytest.raises(TypeError) as error:
        target.scale_on_schedule(
            "Naive",
            schedule=Schedule.rate(Duration.hours(1)),
            min_capacity=2,
            end_time=datetime.datetime(2030, 1, 1),
        )
    assert str(error.value) == (
        "Test/Target: end_time=datetime.datetime(2030, 1, 1, 0, 0) has no time zone; pass an aware "
        "datetime, e.g. datetime(2030, 1, 1, tzinfo=timezone.utc)"
    )
    (action,) = template(stack)["Resources"]["Target3191CF44"]["Properties"]["ScheduledActions"]
    assert action["StartTime"] == "2029-05-31T22:00:00Z"


def test_a_scheduled_action_lists_its_keys_in_the_order_of_aws_cdk_lib(
    stack: Stack, template: Render
) -> None:
    _target(stack).scale_on_schedule(
        "Window",
        schedule=Schedule.cron(hour="8", minute="0"),
        min_capacity=2,
        start_time=datetime.datetime(2030, 1, 1, tzinfo=datetime.timezone.utc),
        end_time=datetime.datetime(2030, 2, 1, tzinfo=datetime.timezone.utc),
        time_zone=TimeZone.EUROPE_LONDON,
    )
    (action,) = template(stack)["Resources"]["Target3191CF44"]["Properties"]["ScheduledActions"]
    assert list(action) == [
        "EndTime",
        "ScalableTargetAction",
        "Schedule",
        "ScheduledActionName",
        "StartTime",
        "Timezone",
    ]


def test_a_cron_schedule_without_a_minute_warns_on_the_target(stack: Stack) -> None:
    from apigwv2_integrations.assertions import Annotations, Match

    target = _target(stack)
    target.scale_on_schedule("Morning", schedule=Schedule.cron(hour="8"), min_capacity=2)
    target.scale_on_schedule("Evening", schedule=Schedule.cron(hour="20", minute="0"), min_capacity=1)
    warnings = Annotations.from_stack(stack).find_warning("*", Match.any_value())
    assert [(w.id, w.entry.data) for w in warnings] == [
        (
            "/Test/Target",
            "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if "
            "that's what you intend, or 'minute: 0' to run once per hour instead. "
            "[ack: @aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute]",
        )
    ]


def test_capacities_and_scheduled_actions_are_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"^Test/Target: min_capacity=5 is above max_capacity=4"):
        _target(stack, min_capacity=5)
    target = _target(Stack(stack.node.scope, "Other"))
    with pytest.raises(
        ValidationError, match=r"scheduled action 'Nothing' sets neither min_capacity nor max_capacity"
    ):
        target.scale_on_schedule("Nothing", schedule=Schedule.rate(Duration.hours(1)))


def test_tracking_needs_one_metric_and_alb_counts_need_a_label(stack: Stack) -> None:
    target = _target(stack)
    with pytest.raises(ValidationError, match=r"give exactly one of custom_metric and predefined_metric"):
        target.scale_to_track_metric("None", target_value=1)
    with pytest.raises(ValidationError, match=r"ALB_REQUEST_COUNT_PER_TARGET needs resource_label="):
        target.scale_to_track_metric(
            "Alb", target_value=1, predefined_metric=PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET
        )


def test_a_target_imported_by_id_cannot_be_tracked(stack: Stack) -> None:
    imported = ScalableTarget.from_scalable_target_id(
        stack, "ById", "service/c/s|ecs:service:DesiredCount|ecs"
    )
    with pytest.raises(ValidationError, match=r"imported by id only has no reference for scaling policies"):
        TargetTrackingScalingPolicy(
            stack,
            "Policy",
            scaling_target=imported,
            target_value=50,
            predefined_metric=PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
        )


def test_alias_provisioned_concurrency_scales_once_within_range(stack: Stack, template: Render) -> None:
    fn = Function(
        stack, "Fn", runtime=Runtime.NODEJS_22_X, handler="index.handler", code=Code.from_inline("x")
    )
    alias = Alias(stack, "Live", alias_name="live", version=fn.current_version)
    scaling = alias.add_auto_scaling(max_capacity=10)
    with pytest.raises(
        ValidationError, match=r"utilization_target=0.95 is out of range; use a fraction from 0.1 to 0.9"
    ):
        scaling.scale_on_utilization(utilization_target=0.95)
    with pytest.raises(ValidationError, match=r"add_auto_scaling\(\) was called before"):
        alias.add_auto_scaling(max_capacity=5)
    (target,) = [
        r["Properties"]
        for r in template(stack)["Resources"].values()
        if r["Type"] == "AWS::ApplicationAutoScaling::ScalableTarget"
    ]
    assert (target["MinCapacity"], target["MaxCapacity"], target["ScalableDimension"]) == (
        1,
        10,
        "lambda:function:ProvisionedConcurrency",
    )


def test_table_capacity_scales_on_provisioned_tables_within_range(stack: Stack) -> None:
    table = Table(
        stack,
        "Table",
        partition_key=Attribute(name="pk", type=AttributeType.STRING),
        billing_mode=BillingMode.PROVISIONED,
    )
    reads = table.auto_scale_read_capacity(min_capacity=1, max_capacity=5)
    with pytest.raises(ValidationError, match=r"target_utilization_percent=95 is out of range; use 10 to 90"):
        reads.scale_on_utilization(target_utilization_percent=95)
    reads.scale_on_utilization(target_utilization_percent=50)
    with pytest.raises(ValidationError, match=r"scale_on_utilization\(\) was called before"):
        reads.scale_on_utilization(target_utilization_percent=60)
    with pytest.raises(ValidationError, match=r"auto scaling of the read capacity is already enabled"):
        table.auto_scale_read_capacity(min_capacity=1, max_capacity=5)


def test_a_rate_counts_whole_minutes(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Schedule.rate(Duration.seconds(90))
    assert str(error.value) == (
        "Schedule.rate: duration=Duration.seconds(90) is not a whole number of minutes; use whole minutes, "
        "hours or days, e.g. Duration.minutes(5)"
    )
    assert Schedule.rate(Duration.seconds(120)).expression_string == "rate(2 minutes)"


def test_a_rate_from_a_token_keeps_its_unit(stack: Stack) -> None:
    count = CfnParameter(stack, "Hours", type="Number").value_as_number
    assert stack.resolve(Schedule.rate(Duration.hours(count)).expression_string) == {
        "Fn::Join": ["", ["rate(", {"Ref": "Hours"}, " hours)"]]
    }
    seconds = CfnParameter(stack, "Seconds", type="Number").value_as_number
    with pytest.raises(ValidationError) as error:
        Schedule.rate(Duration.seconds(seconds))
    assert str(error.value).startswith("Schedule.rate: duration=Duration.seconds(")
    assert str(error.value).endswith(
        ") comes from a token in seconds; a rate from a token must be in minutes, hours or days, "
        "e.g. Duration.minutes(<token>)"
    )


def test_cooldowns_are_whole_seconds(stack: Stack) -> None:
    target = _target(stack)
    with pytest.raises(ValidationError) as error:
        target.scale_to_track_metric(
            "Cpu",
            target_value=50,
            predefined_metric=PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
            scale_in_cooldown=Duration.millis(1500),
        )
    assert str(error.value) == (
        "Test/Target/Cpu: scale_in_cooldown=Duration.millis(1500) is not a whole number of seconds; "
        "use Duration.seconds(...)"
    )
    minutes = CfnParameter(stack, "Minutes", type="Number").value_as_number
    with pytest.raises(ValidationError) as error:
        target.scale_to_track_metric(
            "Mem",
            target_value=50,
            predefined_metric=PredefinedMetric.ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
            scale_out_cooldown=Duration.minutes(minutes),
        )
    assert str(error.value).startswith("Test/Target/Mem: scale_out_cooldown=Duration.minutes(")
    assert str(error.value).endswith(
        ") comes from a token in minutes; give a token duration in seconds, e.g. Duration.seconds(<token>)"
    )


def test_the_scalable_attributes_check_their_arguments(stack: Stack) -> None:
    fn = Function(
        stack, "Fn", runtime=Runtime.PYTHON_3_12, handler="index.handler", code=Code.from_inline("x")
    )
    alias = Alias(stack, "Live", alias_name="live", version=fn.current_version)
    scaling = alias.add_auto_scaling(max_capacity=5)
    with pytest.raises(ArgumentTypeError) as error:
        scaling.scale_on_utilization(utilization_target="0.5")  # type: ignore[arg-type]
    assert str(error.value) == (
        "Test/Live/AliasScaling.scale_on_utilization: utilization_target='0.5' is a str; use a number"
    )
    table = Table(
        stack,
        "Table",
        partition_key=Attribute(name="pk", type=AttributeType.STRING),
        billing_mode=BillingMode.PROVISIONED,
    )
    read = table.auto_scale_read_capacity(min_capacity=1, max_capacity=10)
    with pytest.raises(ArgumentTypeError) as error:
        read.scale_on_schedule("Night", schedule="cron(0 8 * * ? *)", min_capacity=1)  # type: ignore[arg-type]
    assert str(error.value) == (
        "Test/Table/ReadScaling.scale_on_schedule: schedule='cron(0 8 * * ? *)' is a str; use a Schedule"
    )
