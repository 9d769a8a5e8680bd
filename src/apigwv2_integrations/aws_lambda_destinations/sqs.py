"""SqsDestination: an SQS queue receives the records of asynchronous invocations."""

from __future__ import annotations

from ..aws_lambda import DestinationConfig, DestinationType, IFunction
from ..aws_sqs import IQueue
from ..core.construct import Construct


class SqsDestination:
    """Send invocation records to a queue (the function may send messages to it)."""

    def __init__(self, queue: IQueue) -> None:
        self.queue = queue

    def bind(
        self,
        scope: Construct,
        fn: IFunction,
        *,
        # None when an event source mapping binds this as its on-failure destination: aws-cdk-lib
        # passes no options there.
        type: DestinationType | None = None,  # noqa: A002 - aws_cdk's keyword
    ) -> DestinationConfig:
        """Let the function send to the queue and return the queue's ARN."""
        self.queue.grant_send_messages(fn)
        return DestinationConfig(destination=self.queue.queue_arn)
