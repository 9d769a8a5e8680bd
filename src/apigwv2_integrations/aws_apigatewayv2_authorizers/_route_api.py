"""The API of the route an authorizer binds to, checked to be the kind of API the authorizer serves."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ..aws_apigatewayv2 import IHttpApi, IHttpRoute, IWebSocketApi, IWebSocketRoute


def _wrong_kind(authorizer: object, id: str, route: object, scope: Construct, serves: str, use: str) -> None:
    located = route if isinstance(route, Construct) else scope
    is_kind = "an HTTP API route" if serves == "WebSocket APIs" else "a WebSocket API route"
    raise ValidationError(
        located,
        f"authorizer {type(authorizer).__name__} {id!r} serves the routes of {serves} only, and this is "
        f"{is_kind}; use {use} here",
    )


def http_api_of(route: IHttpRoute, *, authorizer: object, id: str, scope: Construct) -> IHttpApi:
    """`route.http_api`; a WebSocket route is an error naming the authorizers WebSocket routes take."""
    api = getattr(route, "http_api", None)
    if api is None:
        _wrong_kind(
            authorizer, id, route, scope, "HTTP APIs", "WebSocketLambdaAuthorizer or WebSocketIamAuthorizer"
        )
    return cast("IHttpApi", api)


def web_socket_api_of(
    route: IWebSocketRoute, *, authorizer: object, id: str, scope: Construct
) -> IWebSocketApi:
    """`route.web_socket_api`; an HTTP route is an error naming the authorizers HTTP routes take."""
    api = getattr(route, "web_socket_api", None)
    if api is None:
        _wrong_kind(
            authorizer,
            id,
            route,
            scope,
            "WebSocket APIs",
            "HttpLambdaAuthorizer, HttpJwtAuthorizer, HttpUserPoolAuthorizer or HttpIamAuthorizer",
        )
    return cast("IWebSocketApi", api)
