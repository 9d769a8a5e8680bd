"""IAuthorizer: what HTTP and WebSocket authorizer resources share."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class IAuthorizer(Protocol):
    """An authorizer resource of an API."""

    @property
    def authorizer_id(self) -> str:
        """The authorizer's identifier."""
        ...
