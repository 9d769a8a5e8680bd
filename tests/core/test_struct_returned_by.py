"""What an app's own bind() returns is read as aws_cdk's binding reads it (core/struct_callbacks.py), at
each place the package calls such a bind: EventBridge targets, SNS subscriptions, log subscription
destinations, alarm actions and Route 53 alias targets."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Stack
from apigwv2_integrations import aws_cloudwatch as cloudwatch
from apigwv2_integrations import aws_events as events
from apigwv2_integrations.core.errors import ArgumentTypeError
from apigwv2_integrations.core.struct_callbacks import struct_returned_by

TARGET_ARN = "arn:aws:sqs:us-east-1:123456789012:queue"
ACTION_ARN = "arn:aws:sns:us-east-1:123456789012:topic"


def test_a_struct_is_returned_as_it_is() -> None:
    config = events.RuleTargetConfig(arn=TARGET_ARN)
    assert struct_returned_by(config, events.RuleTargetConfig, where="S/R", method="T.bind") is config


def test_a_dict_keeps_the_keys_javascript_sees() -> None:
    # camelCase and one-word keys are seen; a snake_case key of a longer field is not (aws_cdk drops it).
    config = struct_returned_by(
        {"arn": TARGET_ARN, "retry_policy": {"maximum_retry_attempts": 2}, "deadLetterConfig": None},
        events.RuleTargetConfig,
        where="S/R",
        method="T.bind",
    )
    assert (config.arn, config.retry_policy) == (TARGET_ARN, None)


def test_anything_else_is_a_type_error_naming_the_construct_and_the_method() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        struct_returned_by(None, events.RuleTargetConfig, where="S/R", method="MyTarget.bind")
    assert str(error.value) == (
        "S/R: MyTarget.bind() returned None; return a RuleTargetConfig(...) or a dict of its fields"
    )


class _DictTarget:
    def bind(self, rule: Any, id: str) -> dict[str, Any]:
        return {"arn": TARGET_ARN, "id": "Custom"}


class _DictAction:
    def bind(self, scope: Any, alarm: Any) -> dict[str, Any]:
        return {"alarmActionArn": ACTION_ARN}


def _template(stack: Stack) -> dict[str, Any]:
    from apigwv2_integrations.assertions import Template

    return Template.from_stack(stack).to_json()


def test_an_app_target_and_an_app_alarm_action_may_return_dicts() -> None:
    stack = Stack(App(), "S")
    rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(Duration.minutes(5)))
    rule.add_target(_DictTarget())
    metric = cloudwatch.Metric(namespace="N", metric_name="M")
    alarm = cloudwatch.Alarm(stack, "Alarm", metric=metric, threshold=1, evaluation_periods=1)
    alarm.add_alarm_action(_DictAction())
    resources = _template(stack)["Resources"]
    targets = next(r for r in resources.values() if r["Type"] == "AWS::Events::Rule")["Properties"]["Targets"]
    # `id` is no field of RuleTargetConfig: aws_cdk drops it too, and the rule names the target.
    assert targets == [{"Arn": TARGET_ARN, "Id": "Target0"}]
    alarm_properties = next(r for r in resources.values() if r["Type"] == "AWS::CloudWatch::Alarm")[
        "Properties"
    ]
    assert alarm_properties["AlarmActions"] == [ACTION_ARN]


def test_the_values_of_a_dict_are_checked_as_the_structs_keywords() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        struct_returned_by({"arn": 5}, events.RuleTargetConfig, where="S/R", method="MyTarget.bind")
    assert str(error.value) == "S/R: MyTarget.bind() returned RuleTargetConfig: arn=5 is an int; use a str"
