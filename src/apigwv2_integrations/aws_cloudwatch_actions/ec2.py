"""Ec2Action: an alarm stops, terminates, recovers or reboots the EC2 instance it watches."""

from __future__ import annotations

from ..aws_cloudwatch import AlarmActionConfig, IAlarm
from ..core.construct import Construct
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack


class Ec2InstanceAction(SimpleEnum):
    """What happens to the instance."""

    STOP = "stop"
    TERMINATE = "terminate"
    RECOVER = "recover"
    REBOOT = "reboot"


class Ec2Action:
    """Act on the EC2 instance of the alarm's metric (its `InstanceId` dimension)."""

    def __init__(self, instance_action: Ec2InstanceAction) -> None:
        self.instance_action = instance_action

    def bind(self, scope: Construct, alarm: IAlarm) -> AlarmActionConfig:
        """The EC2 automation ARN of the action."""
        stack = Stack.of(scope)
        arn = f"arn:{stack.partition}:automate:{stack.region}:ec2:{self.instance_action.value}"
        return AlarmActionConfig(alarm_action_arn=arn)
