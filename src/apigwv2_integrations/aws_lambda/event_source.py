"""IEventSource: a source of events (a queue, a stream) that `Function.add_event_source` connects."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .function_base import IFunction


@runtime_checkable
class IEventSource(Protocol):
    """A source of events that invokes a function, such as `aws_lambda_event_sources.SqsEventSource`."""

    def bind(self, target: IFunction) -> None:
        """Connect the source to `target`: its event source mapping and the permissions it needs."""
        ...
