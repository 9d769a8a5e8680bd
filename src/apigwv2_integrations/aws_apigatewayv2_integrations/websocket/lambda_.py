"""WebSocketLambdaIntegration: routes WebSocket messages to a Lambda function."""

from __future__ import annotations

from ...aws_apigatewayv2 import (
    ContentHandling,
    IWebSocketRoute,
    WebSocketIntegrationType,
    WebSocketRouteIntegration,
    WebSocketRouteIntegrationConfig,
)
from ...aws_iam import ServicePrincipal
from ...core.construct import Construct
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    # Only for annotations: the function passed in has loaded aws_lambda already.
    from ...aws_lambda import IFunction
    from ...core.duration import Duration


@lazy_frozen(kw_only=True)
class WebSocketLambdaIntegrationProps(metaclass=LazyAttrsMeta):
    """Options of a WebSocketLambdaIntegration."""

    content_handling: ContentHandling | None = None
    """Payload conversion. Default: passthrough."""
    timeout: Duration | None = None
    """Integration timeout, 50 milliseconds to 29 seconds. Default: 29 seconds."""


class WebSocketLambdaIntegration(WebSocketRouteIntegration):
    """Route WebSocket messages to a Lambda function (AWS_PROXY); every route gets its own permission."""

    def __init__(
        self,
        id: str,
        handler: IFunction,
        *,
        content_handling: ContentHandling | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(id)
        self.handler = handler
        self.props = WebSocketLambdaIntegrationProps(content_handling=content_handling, timeout=timeout)

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        stack = route.stack
        # No slash before the route key: aws-cdk-lib scopes the permission as `{api}/*{routeKey}`.
        self.handler.add_permission(
            f"{self.id}-Permission",
            scope=scope,
            principal=ServicePrincipal("apigateway.amazonaws.com"),
            source_arn=stack.format_arn(
                service="execute-api",
                resource=route.web_socket_api.api_id,
                resource_name=f"*{route.route_key}",
            ),
        )
        uri = (
            f"arn:{stack.partition}:apigateway:{stack.region}:lambda:path/2015-03-31/functions/"
            f"{self.handler.function_arn}/invocations"
        )
        return WebSocketRouteIntegrationConfig(
            type=WebSocketIntegrationType.AWS_PROXY,
            uri=uri,
            content_handling=self.props.content_handling,
            timeout=self.props.timeout,
        )
