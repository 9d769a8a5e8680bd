"""Destinations of S3 bucket notifications: Lambda functions, SQS queues and SNS topics."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for what it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .lambda_ import LambdaDestination
    from .sns import SnsDestination
    from .sqs import SqsDestination
else:
    _SOURCES = {
        ".lambda_": ("LambdaDestination",),
        ".sns": ("SnsDestination",),
        ".sqs": ("SqsDestination",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "LambdaDestination",
    "SnsDestination",
    "SqsDestination",
]
