"""Destinations of asynchronous Lambda invocations: queues, topics, event buses, functions and buckets."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for what it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .event_bridge import EventBridgeDestination
    from .lambda_ import LambdaDestination, LambdaDestinationOptions
    from .s3 import S3Destination
    from .sns import SnsDestination
    from .sqs import SqsDestination
else:
    _SOURCES = {
        ".event_bridge": ("EventBridgeDestination",),
        ".lambda_": ("LambdaDestination", "LambdaDestinationOptions"),
        ".s3": ("S3Destination",),
        ".sns": ("SnsDestination",),
        ".sqs": ("SqsDestination",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "EventBridgeDestination",
    "LambdaDestination",
    "LambdaDestinationOptions",
    "S3Destination",
    "SnsDestination",
    "SqsDestination",
]
