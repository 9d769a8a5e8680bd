"""IRoute: what HTTP and WebSocket routes share."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class IRoute(Protocol):
    """A route of an API."""

    @property
    def route_id(self) -> str:
        """The route's identifier."""
        ...
