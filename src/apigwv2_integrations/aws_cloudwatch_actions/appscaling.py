"""ApplicationScalingAction: an alarm runs an Application Auto Scaling step scaling action."""

from __future__ import annotations

from ..aws_applicationautoscaling import StepScalingAction
from ..aws_cloudwatch import AlarmActionConfig, IAlarm
from ..core.construct import Construct


class ApplicationScalingAction:
    """Run a step scaling action (of `StepScalingPolicy` or `StepScalingAction`) when the alarm changes
    state."""

    def __init__(self, step_scaling_action: StepScalingAction) -> None:
        self.step_scaling_action = step_scaling_action

    def bind(self, scope: Construct, alarm: IAlarm) -> AlarmActionConfig:
        """The scaling policy's ARN."""
        return AlarmActionConfig(alarm_action_arn=self.step_scaling_action.scaling_policy_arn)
