"""WebSocketIamAuthorizer: a $connect route that requires IAM (SigV4) authorization."""

from __future__ import annotations

from ...aws_apigatewayv2 import (
    IWebSocketRoute,
    WebSocketRouteAuthorizationType,
    WebSocketRouteAuthorizerConfig,
)
from ...core.construct import Construct


class WebSocketIamAuthorizer:
    """Authorize WebSocket connections with IAM; callers need `execute-api:Invoke` on the API."""

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        """Return the route's IAM authorization."""
        return WebSocketRouteAuthorizerConfig(authorization_type=WebSocketRouteAuthorizationType.IAM.value)
