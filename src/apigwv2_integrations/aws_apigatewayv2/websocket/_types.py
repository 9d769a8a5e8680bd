"""The vocabulary the WebSocket API modules share: route authorization and the interfaces of APIs, routes,
stages, API keys and usage plans.

A leaf of `websocket/`: it imports no other module of the folder, and `api.py`, `route.py`,
`integration.py`, `authorizer.py`, `stage.py`, `api_key.py` and `usage_plan.py` import it, so their imports
all sit at the top and point one way (api -> route -> integration -> _types; authorizer, stage ->
_types; api_key -> usage_plan -> _types). The package `__init__` exports every public name from here.
"""

from __future__ import annotations

from ...cfn.aws_apigatewayv2 import ApiReference
from ...core.construct import Construct, IConstruct
from ...core.errors import ValidationError
from ...core.resource_types import IEnvironmentAware, IResource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ..common._base import IApi
from ..common._types import IStage
from ..common.route import IRoute

if TYPE_CHECKING:
    from ...cfn.aws_apigateway import ApiKeyReference, UsagePlanReference
    from ...interfaces.aws_apigateway import IApiKeyRef


class WebSocketRouteAuthorizationType(SimpleEnum):
    """The AuthorizationType of a WebSocket route."""

    NONE = "NONE"
    IAM = "AWS_IAM"
    LAMBDA = "CUSTOM"


@lazy_frozen(kw_only=True)
class WebSocketRouteAuthorizerConfig(metaclass=LazyAttrsMeta):
    """What an authorizer tells the route."""

    authorization_type: str
    authorizer_id: str | None = None


@runtime_checkable
class IWebSocketRouteAuthorizer(Protocol):
    """An authorizer that WebSocket routes can use."""

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        """Attach to a route and return what the route renders."""
        ...


@runtime_checkable
class IWebSocketApiRef(IConstruct, IEnvironmentAware, Protocol):
    """A reference to a WebSocket API."""

    @property
    def is_websocket_api(self) -> bool:
        """Always True: tells WebSocket APIs from HTTP APIs."""
        ...

    @property
    def api_ref(self) -> ApiReference:
        """A reference to this API (`ApiReference`)."""
        ...


@runtime_checkable
class IWebSocketApi(IApi, IWebSocketApiRef, Protocol):
    """A WebSocket API, defined here or imported."""


@runtime_checkable
class IWebSocketRoute(IRoute, Protocol):
    """A route of a WebSocket API."""

    @property
    def web_socket_api(self) -> IWebSocketApi:
        """The API of the route."""
        ...

    @property
    def route_key(self) -> str:
        """The route key (`$connect`, `sendmessage`, ...)."""
        ...


@runtime_checkable
class IWebSocketStage(IStage, Protocol):
    """A stage of a WebSocket API, defined here or imported."""

    @property
    def api(self) -> IWebSocketApi:
        """The API of the stage."""
        ...

    @property
    def callback_url(self) -> str:
        """The URL backends post messages to (`https://...`)."""
        ...


@runtime_checkable
class IApiKey(IResource, Protocol):
    """An API key, defined here or imported."""

    @property
    def key_id(self) -> str:
        """The API key's identifier."""
        ...

    @property
    def key_arn(self) -> str:
        """The API key's ARN."""
        ...

    @property
    def api_key_ref(self) -> ApiKeyReference:
        """A reference to this API key (`ApiKeyReference`)."""
        ...


@runtime_checkable
class IUsagePlan(IResource, Protocol):
    """A usage plan, defined here or imported."""

    @property
    def usage_plan_id(self) -> str:
        """The usage plan's identifier."""
        ...

    @property
    def usage_plan_ref(self) -> UsagePlanReference:
        """A reference to this usage plan (`UsagePlanReference`)."""
        ...

    def add_api_key(self, api_key: IApiKeyRef, *, override_logical_id: str | None = None) -> None:
        """Let `api_key` use this plan."""
        ...


def web_socket_api_of(holder: Construct, api: object) -> IWebSocketApi:
    """`api` as an IWebSocketApi; a ValidationError on `holder` when it is not one (a `CfnApi`, say)."""
    if getattr(api, "is_websocket_api", False) is True:
        return api  # type: ignore[return-value]
    raise ValidationError(
        holder,
        f"web_socket_api is a {type(api).__name__}, not an IWebSocketApi; use the API construct you passed, "
        "or pass a WebSocketApi or WebSocketApi.from_web_socket_api_attributes(...)",
    )
