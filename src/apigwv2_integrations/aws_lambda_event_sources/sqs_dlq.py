"""SqsDlq: an SQS queue as the failure destination of a stream event source."""

from __future__ import annotations

from ..aws_lambda import DlqDestinationConfig, IEventSourceMapping, IFunction
from ..aws_sqs import IQueue


class SqsDlq:
    """Send the records a function failed to process to an SQS queue."""

    def __init__(self, queue: IQueue) -> None:
        self.queue = queue

    def bind(self, target: IEventSourceMapping, target_handler: IFunction) -> DlqDestinationConfig:
        """Let the function send messages to the queue and return the queue's ARN."""
        self.queue.grant_send_messages(target_handler)
        return DlqDestinationConfig(destination=self.queue.queue_arn)
