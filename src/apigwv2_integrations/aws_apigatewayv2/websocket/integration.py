"""WebSocket API integrations: the L2 WebSocketIntegration and the base that routes bind."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...cfn.aws_apigatewayv2 import CfnIntegration, IntegrationReference
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.lazy_pattern import LazyPattern
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.tokens.token import Token
from .._integration_timeout import WEBSOCKET_MAX_TIMEOUT_MS, timeout_millis, timeout_problem
from ..common._api_quotas import count_integration
from ..common.integration import IIntegration, RouteIntegrationBase
from ._types import IWebSocketApi, IWebSocketRoute, web_socket_api_of

if TYPE_CHECKING:
    from typing import ClassVar

    from ...aws_iam import IRole
    from ...core.duration import Duration
    from ...interfaces.aws_apigatewayv2 import IApiRef


# API Gateway's forms of a WebSocket integration's request parameters: the key names an integration request
# header, query string or path parameter; the value reads a route request parameter ($connect only for the
# header and query string ones), the body, a context or stage variable, or is a static 'value'.
_REQUEST_PARAMETER_KEY = LazyPattern(r"integration\.request\.(header|querystring|path)\.[a-zA-Z0-9._$-]+")
_REQUEST_PARAMETER_VALUE = LazyPattern(
    r"route\.request\.((header|querystring|multivalueheader|multivaluequerystring)\.[a-zA-Z0-9._$-]+|body\..+)"
    r"|context\.[a-zA-Z0-9_.]+|stageVariables\.[a-zA-Z0-9_]+|'.*'",
    re.DOTALL,
)


def _request_parameter_problem(key: str, value: str) -> str | None:
    """Why API Gateway would reject the mapping `key: value`, or None (unresolved tokens are not checked)."""
    if not Token.is_unresolved(key) and not _REQUEST_PARAMETER_KEY.fullmatch(key):
        return (
            f"request_parameters key {key!r} is rejected by API Gateway; use "
            "'integration.request.header.NAME', 'integration.request.querystring.NAME' or "
            "'integration.request.path.NAME'"
        )
    if not Token.is_unresolved(value) and not _REQUEST_PARAMETER_VALUE.fullmatch(value):
        return (
            f"request_parameters[{key!r}]={value!r} is rejected by API Gateway; use "
            "'route.request.header.NAME', 'route.request.querystring.NAME' (on $connect), "
            "'route.request.body.PATH', 'context.NAME', 'stageVariables.NAME' or a static value in single "
            "quotes, e.g. \"'application/json'\""
        )
    return None


class WebSocketIntegrationType(SimpleEnum):
    """How API Gateway talks to the backend."""

    AWS_PROXY = "AWS_PROXY"
    MOCK = "MOCK"
    AWS = "AWS"


class ContentHandling(SimpleEnum):
    """How payloads are converted."""

    CONVERT_TO_BINARY = "CONVERT_TO_BINARY"
    CONVERT_TO_TEXT = "CONVERT_TO_TEXT"


class PassthroughBehavior(SimpleEnum):
    """What happens to requests that no template matches."""

    WHEN_NO_MATCH = "WHEN_NO_MATCH"
    NEVER = "NEVER"
    WHEN_NO_TEMPLATES = "WHEN_NO_TEMPLATES"


@runtime_checkable
class IWebSocketIntegration(IIntegration, Protocol):
    """An integration of a WebSocket API."""

    @property
    def web_socket_api(self) -> IWebSocketApi:
        """The API the integration belongs to."""
        ...


@lazy_frozen(kw_only=True)
class WebSocketIntegrationProps(metaclass=LazyAttrsMeta):
    """Properties of a WebSocketIntegration."""

    web_socket_api: IApiRef
    """The API the integration belongs to (a `WebSocketApi`, an imported one or a `CfnApi`)."""
    integration_type: WebSocketIntegrationType
    """How API Gateway talks to the backend."""
    integration_uri: str
    """The backend URI."""
    content_handling: ContentHandling | None = None
    """Payload conversion. Default: passthrough."""
    credentials_role: IRole | None = None
    """Role API Gateway assumes. Default: none."""
    integration_method: str | None = None
    """HTTP method used to call the backend. Default: none."""
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


class WebSocketIntegration(Resource):
    """An integration of a WebSocket API (`AWS::ApiGatewayV2::Integration`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-apigatewayv2.WebSocketIntegration"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    @property
    def integration_ref(self) -> IntegrationReference:
        """A reference to this integration (`IntegrationReference`)."""
        # As aws-cdk-lib: through `web_socket_api`, so an integration of a `CfnApi` has no reference.
        return IntegrationReference(
            api_id=self.web_socket_api.api_ref.api_id, integration_id=self.integration_id
        )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        web_socket_api: IApiRef,
        integration_type: WebSocketIntegrationType,
        integration_uri: str,
        content_handling: ContentHandling | None = None,
        credentials_role: IRole | None = None,
        integration_method: str | None = None,
        passthrough_behavior: PassthroughBehavior | None = None,
        request_parameters: Mapping[str, str] | None = None,
        request_templates: Mapping[str, str] | None = None,
        template_selection_expression: str | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = WebSocketIntegrationProps(
            web_socket_api=web_socket_api,
            integration_type=integration_type,
            integration_uri=integration_uri,
            content_handling=content_handling,
            credentials_role=credentials_role,
            integration_method=integration_method,
            passthrough_behavior=passthrough_behavior,
            request_parameters=request_parameters,
            request_templates=request_templates,
            template_selection_expression=template_selection_expression,
            timeout=timeout,
        )
        problem = timeout_problem(props.timeout, WEBSOCKET_MAX_TIMEOUT_MS)
        if problem is not None:
            raise ValidationError(self, problem)
        for key, value in (props.request_parameters or {}).items():
            # Differs from aws-cdk-lib: it writes any mapping; API Gateway rejects a bad one at deployment.
            problem = _request_parameter_problem(key, value)
            if problem is not None:
                raise ValidationError(self, problem)
        count_integration(self, props.web_socket_api, is_fixed_limit=False)
        # As aws-cdk-lib: an empty mapping is rendered as `{}`; only None leaves the property out.
        request_parameters = props.request_parameters
        request_templates = props.request_templates
        resource = CfnIntegration(
            self,
            "Resource",
            api_id=props.web_socket_api.api_ref.api_id,
            integration_type=props.integration_type.value,
            integration_uri=props.integration_uri,
            integration_method=props.integration_method,
            content_handling_strategy=props.content_handling.value if props.content_handling else None,
            credentials_arn=props.credentials_role.role_arn if props.credentials_role is not None else None,
            request_parameters=dict(request_parameters) if request_parameters is not None else None,
            request_templates=dict(request_templates) if request_templates is not None else None,
            passthrough_behavior=props.passthrough_behavior.value if props.passthrough_behavior else None,
            template_selection_expression=props.template_selection_expression,
            timeout_in_millis=timeout_millis(props.timeout),
        )
        self.integration_id: str = resource.ref
        self._web_socket_api = props.web_socket_api

    @property
    def web_socket_api(self) -> IWebSocketApi:
        """The API of the integration (an error when it was given as a `CfnApi`, as in aws-cdk-lib)."""
        return web_socket_api_of(self, self._web_socket_api)


@lazy_frozen(kw_only=True)
class WebSocketRouteIntegrationBindOptions(metaclass=LazyAttrsMeta):
    """What an integration is bound to."""

    route: IWebSocketRoute
    scope: Construct


@lazy_frozen(kw_only=True)
class WebSocketRouteIntegrationConfig(metaclass=LazyAttrsMeta):
    """What a WebSocketRouteIntegration asks the route to create."""

    type: WebSocketIntegrationType
    uri: str
    content_handling: ContentHandling | None = None
    credentials_role: IRole | None = None
    method: str | None = None
    passthrough_behavior: PassthroughBehavior | None = None
    request_parameters: Mapping[str, str] | None = None
    request_templates: Mapping[str, str] | None = None
    template_selection_expression: str | None = None
    timeout: Duration | None = None


class WebSocketRouteIntegration(
    RouteIntegrationBase[IWebSocketRoute, WebSocketRouteIntegrationConfig, WebSocketIntegration]
):
    """The base of integrations that WebSocket routes bind.

    `bind` runs for every route (so per-route work such as Lambda permissions happens there);
    the first route creates the integration resource and later routes share it. The whole sequence
    is described in `aws_apigatewayv2/common/integration.py`.
    """

    _binds_every_route = True
    _config_class = WebSocketRouteIntegrationConfig
    _bind_options_class = WebSocketRouteIntegrationBindOptions

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        """Return the integration's configuration (called for every route that uses it)."""
        raise NotImplementedError(f"{type(self).__name__} must implement bind(*, route, scope)")

    def _api_of(self, route: IWebSocketRoute) -> IWebSocketApi:
        return route.web_socket_api

    def _create_integration(
        self, scope: Construct, route: IWebSocketRoute, config: WebSocketRouteIntegrationConfig
    ) -> WebSocketIntegration:
        return WebSocketIntegration(
            scope,
            self.id,
            web_socket_api=route.web_socket_api,
            integration_type=config.type,
            integration_uri=config.uri,
            integration_method=config.method,
            content_handling=config.content_handling,
            credentials_role=config.credentials_role,
            request_parameters=config.request_parameters,
            request_templates=config.request_templates,
            passthrough_behavior=config.passthrough_behavior,
            template_selection_expression=config.template_selection_expression,
            timeout=config.timeout,
        )
