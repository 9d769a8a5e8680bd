"""Amazon SQS: queues, dead-letter queues, queue policies and grants, and every `Cfn*` class."""

from ..cfn.aws_sqs import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_sqs import *  # noqa: F403
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
else:
    _L2_SOURCES = {
        ".policy": ("QueuePolicy", "QueuePolicyProps"),
        ".queue": (
            "DeadLetterQueue",
            "DeduplicationScope",
            "FifoThroughputLimit",
            "Queue",
            "QueueAttributes",
            "QueueProps",
            "RedriveAllowPolicy",
            "RedrivePermission",
        ),
        ".queue_base": ("IQueue", "QueueBase", "QueueEncryption"),
        ".sqs_grants": ("QueueGrants",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_sqs"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


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
