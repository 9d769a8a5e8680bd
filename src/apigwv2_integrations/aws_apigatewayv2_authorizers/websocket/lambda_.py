"""WebSocketLambdaAuthorizer: a $connect route that a Lambda function authorizes."""

from __future__ import annotations

from collections.abc import Sequence

from ...aws_apigatewayv2 import (
    IWebSocketApi,
    IWebSocketRoute,
    WebSocketAuthorizer,
    WebSocketAuthorizerType,
    WebSocketRouteAuthorizationType,
    WebSocketRouteAuthorizerConfig,
)
from ...aws_lambda import IFunction
from ...core.construct import Construct
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._lambda_authorizer import _LambdaAuthorizer, to_identity_source
from .._route_api import web_socket_api_of


@lazy_frozen(kw_only=True)
class WebSocketLambdaAuthorizerProps(metaclass=LazyAttrsMeta):
    """Options of a WebSocketLambdaAuthorizer."""

    authorizer_name: str | None = None
    """The authorizer's name. Default: the id given to the constructor."""
    identity_source: Sequence[str] | None = field(default=None, converter=to_identity_source)
    """Where API Gateway reads the caller's identity from (`route.request.header.*`,
    `route.request.querystring.*`, `stageVariables.*`, `context.*`).
    Default: ['route.request.header.Authorization']."""


class WebSocketLambdaAuthorizer(_LambdaAuthorizer[IWebSocketApi]):
    """Authorize WebSocket connections with a Lambda function; the authorizer is created once per API."""

    def __init__(
        self,
        id: str,
        handler: IFunction,
        *,
        authorizer_name: str | None = None,
        identity_source: Sequence[str] | None = None,
    ) -> None:
        self.props = WebSocketLambdaAuthorizerProps(
            authorizer_name=authorizer_name, identity_source=identity_source
        )
        super().__init__(id, handler)

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        """Return the route's CUSTOM authorization; the first bind creates the authorizer and permission."""
        authorizer_id = self._bind_authorizer(
            api=web_socket_api_of(route, authorizer=self, id=self.id, scope=scope), route=route, scope=scope
        )
        return WebSocketRouteAuthorizerConfig(
            authorization_type=WebSocketRouteAuthorizationType.LAMBDA.value, authorizer_id=authorizer_id
        )

    def _create_authorizer(
        self, scope: Construct, api: IWebSocketApi, authorizer_uri: str
    ) -> WebSocketAuthorizer:
        props = self.props
        return WebSocketAuthorizer(
            scope,
            self.id,
            web_socket_api=api,
            # An empty list stays empty: aws-cdk-lib only fills in a missing identity source.
            identity_source=(
                props.identity_source
                if props.identity_source is not None
                else ["route.request.header.Authorization"]
            ),
            type=WebSocketAuthorizerType.LAMBDA,
            authorizer_name=props.authorizer_name if props.authorizer_name is not None else self.id,
            authorizer_uri=authorizer_uri,
        )
