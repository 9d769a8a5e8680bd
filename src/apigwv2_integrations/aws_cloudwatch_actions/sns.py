"""SnsAction: an alarm notifies an SNS topic."""

from __future__ import annotations

from ..aws_cloudwatch import AlarmActionConfig, IAlarm
from ..aws_sns import ITopic
from ..core.construct import Construct


class SnsAction:
    """Publish to a topic when the alarm changes state."""

    def __init__(self, topic: ITopic) -> None:
        self.topic = topic

    def bind(self, scope: Construct, alarm: IAlarm) -> AlarmActionConfig:
        """The topic's ARN."""
        return AlarmActionConfig(alarm_action_arn=self.topic.topic_arn)
