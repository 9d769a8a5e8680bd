"""WebSocketRoute: a route of a WebSocket API."""

from __future__ import annotations

from ...cfn.aws_apigatewayv2 import CfnRoute, RouteReference
from ...core.construct import Construct
from ...core.errors import ArgumentTypeError, ValidationError
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.struct_callbacks import call_with_struct
from ...core.tokens.token import Token
from ..common._api_quotas import claim_route_key
from ._types import (
    IWebSocketApi,
    IWebSocketRouteAuthorizer,
    WebSocketRouteAuthorizationType,
    WebSocketRouteAuthorizerConfig,
)
from .integration import WebSocketRouteIntegration

if TYPE_CHECKING:
    from typing import ClassVar

# API Gateway reserves keys starting with `$` for its predefined routes.
_PREDEFINED_ROUTE_KEYS = ("$connect", "$disconnect", "$default")


@lazy_frozen(kw_only=True)
class WebSocketRouteOptions(metaclass=LazyAttrsMeta):
    """Options of a WebSocket route."""

    integration: WebSocketRouteIntegration
    """Where the route's messages go."""
    authorizer: IWebSocketRouteAuthorizer | None = None
    """The authorizer (only on `$connect`). Default: none."""
    return_response: bool | None = None
    """Send the integration's response back to the client. Default: False."""


@lazy_frozen(kw_only=True)
class WebSocketRouteProps(WebSocketRouteOptions, metaclass=LazyAttrsMeta):
    """Properties of a WebSocketRoute."""

    web_socket_api: IWebSocketApi
    """The API of the route."""
    route_key: str
    """The route key."""
    api_key_required: bool | None = None
    """Require an API key (read as the API's `api_key_selection_expression` says). Default: False."""


class WebSocketRoute(Resource):
    """A route of a WebSocket API (`AWS::ApiGatewayV2::Route`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-apigatewayv2.WebSocketRoute"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    @property
    def route_ref(self) -> RouteReference:
        """A reference to this route (`RouteReference`)."""
        return RouteReference(api_id=self.web_socket_api.api_id, route_id=self.route_id)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        web_socket_api: IWebSocketApi,
        route_key: str,
        integration: WebSocketRouteIntegration,
        api_key_required: bool | None = None,
        authorizer: IWebSocketRouteAuthorizer | None = None,
        return_response: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = WebSocketRouteProps(
            web_socket_api=web_socket_api,
            route_key=route_key,
            integration=integration,
            api_key_required=api_key_required,
            authorizer=authorizer,
            return_response=return_response,
        )
        self._check_route_key(props.web_socket_api, props.route_key)
        if props.authorizer is not None and props.route_key != "$connect":
            raise ValidationError(
                self,
                f"authorizer is set on route_key={props.route_key!r}; WebSocket authorizers work only on "
                "the $connect route",
            )
        self.web_socket_api = props.web_socket_api
        self.route_key = props.route_key
        integration_id = props.integration._bind_to_route(route=self, scope=self)
        api_scope = self.web_socket_api if isinstance(self.web_socket_api, Construct) else self
        if props.authorizer is not None:
            # Deferred: an app without authorizers does not load the authorizer module.
            from .authorizer import WebSocketRouteAuthorizerBindOptions

            auth = call_with_struct(
                props.authorizer.bind, WebSocketRouteAuthorizerBindOptions, route=self, scope=api_scope
            )
        else:
            # Without an authorizer the route renders NONE, as WebSocketNoneAuthorizer would.
            auth = WebSocketRouteAuthorizerConfig(
                authorization_type=WebSocketRouteAuthorizationType.NONE.value
            )
        if not isinstance(auth, WebSocketRouteAuthorizerConfig):
            auth = self._from_http_authorization(props.authorizer, auth)
        if not isinstance(auth, WebSocketRouteAuthorizerConfig):
            raise ArgumentTypeError(
                f"{self.node.path}: authorizer {type(props.authorizer).__name__} returned {auth!r} from "
                "bind(); bind() must return WebSocketRouteAuthorizerConfig(...)"
            )
        resource = CfnRoute(
            self,
            "Resource",
            api_id=self.web_socket_api.api_id,
            api_key_required=props.api_key_required,
            route_key=props.route_key,
            target=f"integrations/{integration_id}",
            authorizer_id=auth.authorizer_id,
            authorization_type=auth.authorization_type,
            route_response_selection_expression="$default" if props.return_response else None,
        )
        self.route_id: str = resource.ref
        # Declared by aws-cdk-lib and never set there either: routes create no integration response.
        self.integration_response_id: str | None = None
        if props.return_response:
            from ...cfn.aws_apigatewayv2 import CfnRouteResponse  # deferred: only a returning route needs it

            CfnRouteResponse(
                self,
                "Response",
                api_id=self.web_socket_api.api_id,
                route_id=resource.ref,
                route_response_key="$default",
            )

    def _from_http_authorization(self, authorizer: object, auth: object) -> object:
        """An HTTP route's IAM or NONE authorization reads as the same WebSocket one, as in aws-cdk-lib."""
        from ..http._types import HttpRouteAuthorizationType, HttpRouteAuthorizerConfig  # deferred: rare

        if not isinstance(auth, HttpRouteAuthorizerConfig):
            return auth
        kind = auth.authorization_type
        if kind not in (HttpRouteAuthorizationType.AWS_IAM, HttpRouteAuthorizationType.NONE):
            raise ValidationError(
                self,
                f"authorizer {type(authorizer).__name__} returned authorization_type="
                f"{getattr(kind, 'value', kind)!r}, which WebSocket routes do not take; use "
                "WebSocketLambdaAuthorizer or WebSocketIamAuthorizer",
            )
        return WebSocketRouteAuthorizerConfig(authorization_type=kind.value, authorizer_id=auth.authorizer_id)

    def _check_route_key(self, api: IWebSocketApi, route_key: str) -> None:
        """Deploy-time rules: a predefined or custom key, used once per API."""
        if Token.is_unresolved(route_key):
            return
        if route_key == "" or (route_key.startswith("$") and route_key not in _PREDEFINED_ROUTE_KEYS):
            raise ValidationError(
                self,
                f"route_key={route_key!r} is rejected by API Gateway; use '$connect', '$disconnect', "
                "'$default' or a custom key that does not start with '$', e.g. 'sendmessage'",
            )
        claim_route_key(self, api, route_key)
