"""IIntegration: what HTTP and WebSocket integrations share."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class IIntegration(Protocol):
    """An integration of an API."""

    @property
    def integration_id(self) -> str:
        """The integration's identifier."""
        ...
