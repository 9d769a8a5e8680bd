"""WebSocketAwsIntegration: calls an AWS service action for WebSocket messages."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_apigatewayv2 import (
    ContentHandling,
    IWebSocketRoute,
    PassthroughBehavior,
    WebSocketIntegrationType,
    WebSocketRouteIntegration,
    WebSocketRouteIntegrationConfig,
)
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from ...aws_iam import IRole


@lazy_frozen(kw_only=True)
class WebSocketAwsIntegrationProps(metaclass=LazyAttrsMeta):
    """Options of a WebSocketAwsIntegration."""

    integration_uri: str
    """The AWS service action URI."""
    integration_method: str
    """The HTTP method of the action."""
    content_handling: ContentHandling | None = None
    """Payload conversion. Default: passthrough."""
    credentials_role: IRole | None = None
    """Role API Gateway assumes. Default: none."""
    passthrough_behavior: PassthroughBehavior | None = None
    """What to do with unmatched requests. Default: none."""
    request_parameters: Mapping[str, str] | None = None
    """Request parameter mappings. Default: none."""
    request_templates: Mapping[str, str] | None = None
    """Request templates by content type. Default: none."""
    template_selection_expression: str | None = None
    """Template selection expression. Default: none."""
    timeout: Duration | None = None
    """Integration timeout, 50 milliseconds to 29 seconds. Default: 29 seconds."""


class WebSocketAwsIntegration(WebSocketRouteIntegration):
    """An AWS integration (calls a service action)."""

    def __init__(
        self,
        id: str,
        *,
        integration_uri: str,
        integration_method: str,
        content_handling: ContentHandling | None = None,
        credentials_role: IRole | None = None,
        passthrough_behavior: PassthroughBehavior | None = None,
        request_parameters: Mapping[str, str] | None = None,
        request_templates: Mapping[str, str] | None = None,
        template_selection_expression: str | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(id)
        self.props = WebSocketAwsIntegrationProps(
            integration_uri=integration_uri,
            integration_method=integration_method,
            content_handling=content_handling,
            credentials_role=credentials_role,
            passthrough_behavior=passthrough_behavior,
            request_parameters=request_parameters,
            request_templates=request_templates,
            template_selection_expression=template_selection_expression,
            timeout=timeout,
        )

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        props = self.props
        return WebSocketRouteIntegrationConfig(
            type=WebSocketIntegrationType.AWS,
            uri=props.integration_uri,
            method=props.integration_method,
            content_handling=props.content_handling,
            credentials_role=props.credentials_role,
            passthrough_behavior=props.passthrough_behavior,
            request_parameters=props.request_parameters,
            request_templates=props.request_templates,
            template_selection_expression=props.template_selection_expression,
            timeout=props.timeout,
        )
