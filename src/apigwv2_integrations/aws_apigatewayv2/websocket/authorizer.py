"""WebSocket API authorizers: the L2 WebSocketAuthorizer and the interface route authorizers implement."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ...cfn.aws_apigatewayv2 import CfnAuthorizer
from ...core.construct import Construct
from ...core.resource import Resource
from ...core.struct import lazy_frozen

if TYPE_CHECKING:
    from .api import IWebSocketApi
    from .route import IWebSocketRoute


class WebSocketAuthorizerType(enum.Enum):
    """Kinds of WebSocket API authorizer resources."""

    LAMBDA = "REQUEST"
    IAM = "AWS_IAM"


class WebSocketRouteAuthorizationType(enum.Enum):
    """The AuthorizationType of a WebSocket route."""

    NONE = "NONE"
    IAM = "AWS_IAM"
    LAMBDA = "CUSTOM"


@lazy_frozen(kw_only=True)
class WebSocketRouteAuthorizerConfig:
    """What an authorizer tells the route."""

    authorization_type: str
    authorizer_id: str | None = None


@runtime_checkable
class IWebSocketRouteAuthorizer(Protocol):
    """An authorizer that WebSocket routes can use."""

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        """Attach to a route and return what the route renders."""
        ...


class WebSocketNoneAuthorizer:
    """No authorization."""

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        return WebSocketRouteAuthorizerConfig(authorization_type=WebSocketRouteAuthorizationType.NONE.value)


class WebSocketAuthorizer(Resource):
    """An authorizer of a WebSocket API (`AWS::ApiGatewayV2::Authorizer`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        web_socket_api: IWebSocketApi,
        identity_source: Sequence[str],
        type: WebSocketAuthorizerType,  # noqa: A002 - aws_cdk's keyword
        authorizer_name: str | None = None,
        authorizer_uri: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        resource = CfnAuthorizer(
            self,
            "Resource",
            api_id=web_socket_api.api_id,
            authorizer_type=type.value,
            identity_source=list(identity_source),
            name=authorizer_name or id,
            authorizer_uri=authorizer_uri,
        )
        self.authorizer_id: str = resource.ref
