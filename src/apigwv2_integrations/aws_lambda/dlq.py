"""IEventSourceDlq: where an event source mapping sends the records a function failed to process."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from .event_source_mapping import IEventSourceMapping
    from .function_base import IFunction


@lazy_frozen(kw_only=True)
class DlqDestinationConfig(metaclass=LazyAttrsMeta):
    """The failure destination of an event source mapping."""

    destination: str
    """The ARN of the destination (a queue, a topic or a bucket)."""


@runtime_checkable
class IEventSourceDlq(Protocol):
    """A failure destination of an event source mapping, such as `aws_lambda_event_sources.SqsDlq`."""

    def bind(self, target: IEventSourceMapping, target_handler: IFunction) -> DlqDestinationConfig:
        """Give `target_handler` access to the destination and return its ARN."""
        ...
