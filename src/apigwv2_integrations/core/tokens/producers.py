"""The producer interfaces of `Lazy` values (`IStringProducer`, ...): what a producer object looks like.
`Lazy` takes any object with a `produce` method, or a callable, so only an app that names one loads them."""

from __future__ import annotations

from ..runtime_typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from typing import Any

    from .resolvable import IResolveContext


class IStringProducer(Protocol):
    """Produces a string at synth."""

    def produce(self, context: IResolveContext) -> str | None:
        """Return the value."""
        ...


class IAnyProducer(Protocol):
    """Produces any value at synth."""

    def produce(self, context: IResolveContext) -> Any:
        """Return the value."""
        ...


class INumberProducer(Protocol):
    """Produces a number at synth."""

    def produce(self, context: IResolveContext) -> float | None:
        """Return the value."""
        ...


class IListProducer(Protocol):
    """Produces a list of strings at synth."""

    def produce(self, context: IResolveContext) -> list[str] | None:
        """Return the value."""
        ...


class IStableStringProducer(Protocol):
    """Produces a string at synth, without looking at the context."""

    def produce(self) -> str | None:
        """Return the value."""
        ...


class IStableAnyProducer(Protocol):
    """Produces any value at synth, without looking at the context."""

    def produce(self) -> Any:
        """Return the value."""
        ...


class IStableNumberProducer(Protocol):
    """Produces a number at synth, without looking at the context."""

    def produce(self) -> float | None:
        """Return the value."""
        ...


class IStableListProducer(Protocol):
    """Produces a list of strings at synth, without looking at the context."""

    def produce(self) -> list[str] | None:
        """Return the value."""
        ...
