"""WebSocketApi: a WebSocket API with routes selected from the message body."""

from __future__ import annotations

from collections.abc import Mapping

from ...cfn.aws_apigatewayv2 import CfnApi
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.stack import Stack
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import Token
from ..common._base import ApiBase
from ..common._types import IpAddressType
from ._types import IWebSocketApi, IWebSocketRouteAuthorizer
from .integration import WebSocketRouteIntegration
from .route import WebSocketRoute, WebSocketRouteOptions

if TYPE_CHECKING:
    from typing import Any

    from ...aws_iam import Grant, IGrantable


class WebSocketApiKeySelectionExpression:
    """Where API Gateway reads the API key of a request."""

    HEADER_X_API_KEY: WebSocketApiKeySelectionExpression
    AUTHORIZER_USAGE_IDENTIFIER_KEY: WebSocketApiKeySelectionExpression

    def __init__(self, custom_api_key_selector: str) -> None:
        self.custom_api_key_selector = custom_api_key_selector

    def __repr__(self) -> str:
        return f"WebSocketApiKeySelectionExpression({self.custom_api_key_selector!r})"


WebSocketApiKeySelectionExpression.HEADER_X_API_KEY = WebSocketApiKeySelectionExpression(
    "$request.header.x-api-key"
)
WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY = WebSocketApiKeySelectionExpression(
    "$context.authorizer.usageIdentifierKey"
)

# The only two values API Gateway accepts (API Gateway Developer Guide, "WebSocket selection expressions",
# section "API key selection expressions").
_API_KEY_SELECTORS = (
    WebSocketApiKeySelectionExpression.HEADER_X_API_KEY.custom_api_key_selector,
    WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY.custom_api_key_selector,
)


def _to_route_options(
    value: WebSocketRouteOptions | Mapping[str, Any] | None,
) -> WebSocketRouteOptions | None:
    return WebSocketRouteOptions(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class WebSocketApiProps(metaclass=LazyAttrsMeta):
    """Properties of a WebSocketApi."""

    api_key_selection_expression: WebSocketApiKeySelectionExpression | None = None
    """Where API keys are read. Default: none."""
    api_name: str | None = None
    """Name of the API. Default: the construct id."""
    connect_route_options: WebSocketRouteOptions | None = field(default=None, converter=_to_route_options)
    """The `$connect` route. Default: none."""
    default_route_options: WebSocketRouteOptions | None = field(default=None, converter=_to_route_options)
    """The `$default` route. Default: none."""
    description: str | None = None
    """Description of the API. Default: none."""
    disable_schema_validation: bool | None = None
    """Skip schema validation of imported definitions. Default: False."""
    disconnect_route_options: WebSocketRouteOptions | None = field(default=None, converter=_to_route_options)
    """The `$disconnect` route. Default: none."""
    ip_address_type: IpAddressType | None = None
    """IP address types. Default: IPv4."""
    route_selection_expression: str | None = None
    """How the route key is read from messages. Default: `$request.body.action`."""


@lazy_frozen(kw_only=True)
class WebSocketApiAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing WebSocket API."""

    web_socket_id: str
    api_endpoint: str | None = None


class _WebSocketApiBase(ApiBase):
    api_id: str

    @property
    def is_websocket_api(self) -> bool:
        """Always True: tells WebSocket APIs from HTTP APIs."""
        return True


# As in aws-cdk-lib, an imported API has only what IWebSocketApi offers: no grant_manage_connections and
# no arn_for_execute_api_v2 (calling them is an AttributeError there too).
class _ImportedWebSocketApi(_WebSocketApiBase):
    def __init__(self, scope: Construct, id: str, attributes: WebSocketApiAttributes) -> None:
        super().__init__(scope, id)
        self.api_id = attributes.web_socket_id
        self.web_socket_api_name: str | None = None
        self._api_endpoint = attributes.api_endpoint

    @property
    def api_endpoint(self) -> str:
        if self._api_endpoint is None:
            raise ValidationError(
                self, "api_endpoint is not known; pass api_endpoint=... to from_web_socket_api_attributes"
            )
        return self._api_endpoint


class WebSocketApi(_WebSocketApiBase):
    """A WebSocket API (`AWS::ApiGatewayV2::Api` with protocol WEBSOCKET)."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.WebSocketApi"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_key_selection_expression: WebSocketApiKeySelectionExpression | None = None,
        api_name: str | None = None,
        connect_route_options: WebSocketRouteOptions | Mapping[str, Any] | None = None,
        default_route_options: WebSocketRouteOptions | Mapping[str, Any] | None = None,
        description: str | None = None,
        disable_schema_validation: bool | None = None,
        disconnect_route_options: WebSocketRouteOptions | Mapping[str, Any] | None = None,
        ip_address_type: IpAddressType | None = None,
        route_selection_expression: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = WebSocketApiProps(
            api_key_selection_expression=api_key_selection_expression,
            api_name=api_name,
            connect_route_options=connect_route_options,
            default_route_options=default_route_options,
            description=description,
            disable_schema_validation=disable_schema_validation,
            disconnect_route_options=disconnect_route_options,
            ip_address_type=ip_address_type,
            route_selection_expression=route_selection_expression,
        )
        # As aws-cdk-lib: only None falls back to the defaults; an empty string is rendered as given.
        self.web_socket_api_name = props.api_name if props.api_name is not None else id
        selector = props.api_key_selection_expression
        if selector is not None:
            self._check_api_key_selector(selector)
        resource = CfnApi(
            self,
            "Resource",
            name=self.web_socket_api_name,
            protocol_type="WEBSOCKET",
            description=props.description,
            api_key_selection_expression=selector.custom_api_key_selector if selector else None,
            route_selection_expression=(
                props.route_selection_expression
                if props.route_selection_expression is not None
                else "$request.body.action"
            ),
            disable_schema_validation=props.disable_schema_validation,
            ip_address_type=props.ip_address_type.value if props.ip_address_type else None,
        )
        self.api_id: str = resource.ref
        self.api_endpoint: str = resource.attr_api_endpoint
        for route_key, options in (
            ("$connect", props.connect_route_options),
            ("$disconnect", props.disconnect_route_options),
            ("$default", props.default_route_options),
        ):
            if options is not None:
                self._add_route_with(route_key, options)

    def _check_api_key_selector(self, selector: WebSocketApiKeySelectionExpression) -> None:
        """Deploy-time rule: API Gateway reads WebSocket API keys from two places only."""
        expression = selector.custom_api_key_selector
        if Token.is_unresolved(expression) or expression in _API_KEY_SELECTORS:
            return
        raise ValidationError(
            self,
            f"api_key_selection_expression={selector!r} is rejected by API Gateway; use "
            "WebSocketApiKeySelectionExpression.HEADER_X_API_KEY ('$request.header.x-api-key') or "
            "WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY "
            "('$context.authorizer.usageIdentifierKey')",
        )

    @staticmethod
    def from_web_socket_api_attributes(
        scope: Construct, id: str, *, web_socket_id: str, api_endpoint: str | None = None
    ) -> IWebSocketApi:
        """An existing WebSocket API."""
        return _ImportedWebSocketApi(
            scope, id, WebSocketApiAttributes(web_socket_id=web_socket_id, api_endpoint=api_endpoint)
        )

    def arn_for_execute_api(
        self, method: str | None = None, path: str | None = None, stage: str | None = None
    ) -> str:
        """Deprecated: use `arn_for_execute_api_v2`. The execute-api ARN of a method, path and stage."""
        if path and not Token.is_unresolved(path) and not path.startswith("/"):
            raise ValidationError(self, f"path={path!r} must start with '/'; use a path like '/books'")
        # Only None falls back to the wildcard, as in aws-cdk-lib; an empty string is kept.
        if method is not None and not Token.is_unresolved(method) and method.upper() == "ANY":
            method = "*"
        return Stack.of(self).format_arn(
            service="execute-api",
            resource=self.api_id,
            resource_name=(
                f"{'*' if stage is None else stage}/{'*' if method is None else method}"
                f"{'/*' if path is None else path}"
            ),
        )

    def arn_for_execute_api_v2(self, route: str | None = None, stage: str | None = None) -> str:
        """The execute-api ARN of a route and stage (`*` where not given)."""
        # Only None falls back to the wildcard, as in aws-cdk-lib; an empty string is kept.
        return Stack.of(self).format_arn(
            service="execute-api",
            resource=self.api_id,
            resource_name=f"{'*' if stage is None else stage}/{'*' if route is None else route}",
        )

    def grant_manage_connections(self, identity: IGrantable) -> Grant:
        """Allow `identity` to post to and manage connections in every stage."""
        # Deferred for import speed: aws_iam's grant modules (~2 ms) load only in apps that grant access.
        from ...aws_iam import Grant

        arn = Stack.of(self).format_arn(service="execute-api", resource=self.api_id)
        return Grant.add_to_principal(
            grantee=identity,
            actions=["execute-api:ManageConnections"],
            resource_arns=[f"{arn}/*/*/@connections/*"],
        )

    def add_route(
        self,
        route_key: str,
        *,
        integration: WebSocketRouteIntegration,
        authorizer: IWebSocketRouteAuthorizer | None = None,
        return_response: bool | None = None,
    ) -> WebSocketRoute:
        """Add a route; its construct id is `{route_key}-Route`."""
        return self._add_route_with(
            route_key,
            WebSocketRouteOptions(
                integration=integration,
                authorizer=authorizer,
                return_response=return_response,
            ),
        )

    def _add_route_with(self, route_key: str, options: WebSocketRouteOptions) -> WebSocketRoute:
        if Token.is_unresolved(route_key):
            # The key names the route's construct, and a logical id cannot be made from a token.
            raise ValidationError(
                self,
                f"route_key={route_key!r} holds a value known only at deployment, but add_route names the "
                "route's construct after its key; use a literal key, or a WebSocketRoute with an id of your "
                "own",
            )
        route_id = f"{route_key}-Route"
        # The key names the route's construct, so a repeated key would otherwise fail as a duplicate id.
        existing = self.node.try_find_child(route_id)
        if isinstance(existing, WebSocketRoute):
            raise ValidationError(
                self,
                f"route_key={route_key!r} is already the key of {existing.node.path} on the same API; "
                "each route key may appear once per API",
            )
        return WebSocketRoute(
            self,
            route_id,
            web_socket_api=self,
            route_key=route_key,
            integration=options.integration,
            authorizer=options.authorizer,
            return_response=options.return_response,
        )
