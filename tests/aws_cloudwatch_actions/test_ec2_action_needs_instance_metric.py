"""An EC2 alarm action with a literal ARN needs a per-instance metric (aws_cloudwatch/alarm.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations import aws_cloudwatch as cloudwatch
from apigwv2_integrations import aws_cloudwatch_actions as cw_actions
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _stack_with_literal_partition(tmp_path: Path) -> Stack:
    app = App(outdir=str(tmp_path / "cdk.out"), context={"@aws-cdk/core:enablePartitionLiterals": True})
    return Stack(app, "Test", env=Environment(account="123456789012", region="us-east-1"))


def _alarm(stack: Stack, dimensions: dict[str, str]) -> cloudwatch.Alarm:
    metric = cloudwatch.Metric(namespace="AWS/EC2", metric_name="CPUUtilization", dimensions_map=dimensions)
    return cloudwatch.Alarm(stack, "Alarm", metric=metric, threshold=90, evaluation_periods=1)


def test_alarm_action_rejects_a_metric_with_other_dimensions(tmp_path: Path) -> None:
    alarm = _alarm(_stack_with_literal_partition(tmp_path), {"InstanceId": "i-1", "Other": "x"})
    with pytest.raises(ValidationError) as error:
        alarm.add_alarm_action(cw_actions.Ec2Action(cw_actions.Ec2InstanceAction.REBOOT))
    assert str(error.value) == (
        "Test/Alarm: metric=CPUUtilization is not an EC2 per-instance metric, which the EC2 alarm action "
        "'arn:aws:automate:us-east-1:ec2:reboot' needs; use a metric whose only dimension is InstanceId"
    )


def test_alarm_action_accepts_a_per_instance_metric(tmp_path: Path, template: Render) -> None:
    stack = _stack_with_literal_partition(tmp_path)
    _alarm(stack, {"InstanceId": "i-1"}).add_alarm_action(
        cw_actions.Ec2Action(cw_actions.Ec2InstanceAction.STOP)
    )
    (alarm,) = resources_of_type(template(stack), "AWS::CloudWatch::Alarm").values()
    assert alarm["Properties"]["AlarmActions"] == ["arn:aws:automate:us-east-1:ec2:stop"]


def test_ok_action_and_token_arns_are_not_checked(tmp_path: Path, stack: Stack) -> None:
    _alarm(_stack_with_literal_partition(tmp_path), {}).add_ok_action(
        cw_actions.Ec2Action(cw_actions.Ec2InstanceAction.RECOVER)
    )
    # Without a literal partition the ARN holds a token, which the check does not recognise.
    _alarm(stack, {}).add_alarm_action(cw_actions.Ec2Action(cw_actions.Ec2InstanceAction.TERMINATE))
