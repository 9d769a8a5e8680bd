"""WebSocketMockIntegration: answers WebSocket messages from API Gateway itself."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_apigatewayv2 import (
    IWebSocketRoute,
    WebSocketIntegrationType,
    WebSocketRouteIntegration,
    WebSocketRouteIntegrationConfig,
)
from ...core.construct import Construct
from ...core.struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class WebSocketMockIntegrationProps(metaclass=LazyAttrsMeta):
    """Options of a WebSocketMockIntegration."""

    request_templates: Mapping[str, str] | None = None
    """Request templates by content type. Default: none."""
    template_selection_expression: str | None = None
    """Template selection expression. Default: none."""


class WebSocketMockIntegration(WebSocketRouteIntegration):
    """A MOCK integration."""

    def __init__(
        self,
        id: str,
        *,
        request_templates: Mapping[str, str] | None = None,
        template_selection_expression: str | None = None,
    ) -> None:
        super().__init__(id)
        self.props = WebSocketMockIntegrationProps(
            request_templates=request_templates, template_selection_expression=template_selection_expression
        )

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        return WebSocketRouteIntegrationConfig(
            type=WebSocketIntegrationType.MOCK,
            uri="",
            request_templates=self.props.request_templates,
            template_selection_expression=self.props.template_selection_expression,
        )
