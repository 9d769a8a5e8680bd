"""IRoute: what HTTP and WebSocket routes share."""

from __future__ import annotations

from ...core.resource_types import IResource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ...cfn.aws_apigatewayv2 import RouteReference


@runtime_checkable
class IRoute(IResource, Protocol):
    """A route of an API."""

    @property
    def route_id(self) -> str:
        """The route's identifier."""
        ...

    @property
    def route_ref(self) -> RouteReference:
        """A reference to this route (`RouteReference`)."""
        ...
