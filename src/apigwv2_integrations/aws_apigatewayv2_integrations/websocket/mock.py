"""WebSocketMockIntegration: answers WebSocket messages from API Gateway itself."""

from __future__ import annotations

from ...aws_apigatewayv2 import (
    IWebSocketRoute,
    WebSocketIntegrationType,
    WebSocketRouteIntegration,
    WebSocketRouteIntegrationConfig,
)
from ...core.construct import Construct


class WebSocketMockIntegration(WebSocketRouteIntegration):
    """A MOCK integration."""

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        return WebSocketRouteIntegrationConfig(type=WebSocketIntegrationType.MOCK, uri="")
