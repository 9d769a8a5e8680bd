"""Destinations of CloudWatch Logs subscription filters: Lambda functions and Kinesis streams."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for what it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .kinesis import KinesisDestination, KinesisDestinationProps
    from .lambda_ import LambdaDestination, LambdaDestinationOptions
else:
    _SOURCES = {
        ".kinesis": ("KinesisDestination", "KinesisDestinationProps"),
        ".lambda_": ("LambdaDestination", "LambdaDestinationOptions"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = ["KinesisDestination", "KinesisDestinationProps", "LambdaDestination", "LambdaDestinationOptions"]
