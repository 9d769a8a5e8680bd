"""SnsDestination: an SNS topic receives the records of asynchronous invocations."""

from __future__ import annotations

from ..aws_lambda import DestinationConfig, DestinationType, IFunction
from ..aws_sns import ITopic
from ..core.construct import Construct


class SnsDestination:
    """Publish invocation records to a topic (the function may publish to it)."""

    def __init__(self, topic: ITopic) -> None:
        self.topic = topic

    def bind(
        self,
        scope: Construct,
        fn: IFunction,
        *,
        # None when an event source mapping binds this as its on-failure destination: aws-cdk-lib
        # passes no options there.
        type: DestinationType | None = None,  # noqa: A002 - aws_cdk's keyword
    ) -> DestinationConfig:
        """Let the function publish to the topic and return the topic's ARN."""
        self.topic.grant_publish(fn)
        return DestinationConfig(destination=self.topic.topic_arn)
