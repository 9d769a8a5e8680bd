"""SnsDlq: an SNS topic as the failure destination of a stream event source."""

from __future__ import annotations

from ..aws_lambda import DlqDestinationConfig, IEventSourceMapping, IFunction
from ..aws_sns import ITopic


class SnsDlq:
    """Publish the records a function failed to process to an SNS topic."""

    def __init__(self, topic: ITopic) -> None:
        self.topic = topic

    def bind(self, target: IEventSourceMapping, target_handler: IFunction) -> DlqDestinationConfig:
        """Let the function publish to the topic and return the topic's ARN."""
        self.topic.grant_publish(target_handler)
        return DlqDestinationConfig(destination=self.topic.topic_arn)
