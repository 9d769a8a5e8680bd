"""Amazon SQS: queues, and every `Cfn*` class of the service."""

from ..cfn.aws_sqs import *  # noqa: F403
from ..cfn.aws_sqs import __all__ as _cfn_all
from .queue import IQueue, Queue, QueueProps

__all__ = [*_cfn_all, "IQueue", "Queue", "QueueProps"]
