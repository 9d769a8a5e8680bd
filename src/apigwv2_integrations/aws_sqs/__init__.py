"""Amazon SQS: queues, dead-letter queues, queue policies and grants, and every `Cfn*` class."""

import typing as _typing

from ..cfn.aws_sqs import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# The Cfn* names load on first use; mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_sqs import *  # noqa: F403
else:
    __getattr__, __dir__ = _lazy_exports(__name__, dict.fromkeys(_cfn_all, "..cfn.aws_sqs"))

from .policy import QueuePolicy, QueuePolicyProps
from .queue import (
    DeadLetterQueue,
    DeduplicationScope,
    FifoThroughputLimit,
    Queue,
    QueueAttributes,
    QueueProps,
    RedriveAllowPolicy,
    RedrivePermission,
)
from .queue_base import IQueue, QueueBase, QueueEncryption
from .sqs_grants import QueueGrants

__all__ = [
    *_cfn_all,
    "DeadLetterQueue",
    "DeduplicationScope",
    "FifoThroughputLimit",
    "IQueue",
    "Queue",
    "QueueAttributes",
    "QueueBase",
    "QueueEncryption",
    "QueueGrants",
    "QueuePolicy",
    "QueuePolicyProps",
    "QueueProps",
    "RedriveAllowPolicy",
    "RedrivePermission",
]
