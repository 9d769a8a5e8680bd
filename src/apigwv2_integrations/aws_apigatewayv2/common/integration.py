"""IIntegration, and how a route binds its integration: one contract for HTTP and WebSocket APIs.

An integration object a user passes to a route (`HttpLambdaIntegration("Books", fn)`, any
`HttpRouteIntegration` or `WebSocketRouteIntegration`) is not a construct. The route turns it into
resources in five steps, the same for both kinds of API (`RouteIntegrationBase._bind_to_route`):

1. The route (`HttpRoute`, `WebSocketRoute`) calls `integration._bind_to_route(route=self, scope=self)`
   while it is being built, before it renders its own `AWS::ApiGatewayV2::Route`.
2. The integration checks that it serves the route's API: one integration object belongs to one API,
   the API of the first route that bound it. A route of another API is a `ValidationError` that asks for
   one instance per API.
3. It calls the public `bind(route=..., scope=...)`, which returns the configuration
   (`HttpRouteIntegrationConfig`, `WebSocketRouteIntegrationConfig`). HTTP integrations call it once per
   API, for the first route; WebSocket integrations call it for every route, because their `bind` does
   per-route work (`WebSocketLambdaIntegration` adds the route's Lambda permission there), as in
   aws-cdk-lib. While binding, a private HTTP integration without `vpc_link` asks the API for one:
   `http_api.add_vpc_link(vpc=...)` creates `VpcLink-1`, `VpcLink-2`, ... under the API, one per VPC.
4. For the first route it creates the integration construct (`HttpIntegration`, `WebSocketIntegration`)
   under that route, with the integration object's id as construct id (so `HttpApi/GET--books/Books`);
   later routes of the same API share it.
5. `_complete_bind(route=..., scope=...)` runs for every route: per-route work that is not part of the
   configuration. `HttpLambdaIntegration` adds the Lambda permission of the route there, or, with
   `scope_permission_to_route=False`, one permission for the whole API: it looks that permission up in
   the construct tree (a `CfnPermission` with the id `ApiPermission.ApiScoped.{function}.{api}` in the
   route's stack, as aws-cdk-lib does) and adds it only when no route has yet.

The route then renders `Target: integrations/{integration_id}` with the id `_bind_to_route` returned.
"""

from __future__ import annotations

from ...core.construct import Construct
from ...core.errors import ArgumentTypeError, ValidationError
from ...core.resource_types import IResource
from ...core.runtime_typing import TYPE_CHECKING, Generic, Protocol, TypeVar, runtime_checkable
from ...core.struct_callbacks import call_with_struct
from ._base import IApi
from .route import IRoute

if TYPE_CHECKING:
    from typing import ClassVar

    from ...cfn.aws_apigatewayv2 import IntegrationReference


@runtime_checkable
class IIntegration(IResource, Protocol):
    """An integration of an API."""

    @property
    def integration_id(self) -> str:
        """The integration's identifier."""
        ...

    @property
    def integration_ref(self) -> IntegrationReference:
        """A reference to this integration (`IntegrationReference`)."""
        ...


def api_label(api: IApi) -> str:
    """How an error names an API: its construct path."""
    return repr(api.node.path)


RouteT = TypeVar("RouteT", bound=IRoute)
ConfigT = TypeVar("ConfigT")
IntegrationT = TypeVar("IntegrationT", bound=IIntegration)


class RouteIntegrationBase(Generic[RouteT, ConfigT, IntegrationT]):
    """The bind step routes run on their integration (see the module docstring for the sequence)."""

    # Declared for mypy alone: typing.get_type_hints on an app's subclass could not read ClassVar here.
    if TYPE_CHECKING:
        _binds_every_route: ClassVar[bool]
        """Whether `bind` runs for every route (WebSocket) or for the first route of the API (HTTP)."""
        _config_class: ClassVar[type]
        """What `bind` must return (HttpRouteIntegrationConfig or WebSocketRouteIntegrationConfig)."""
        _bind_options_class: ClassVar[type]
        """What an app's `bind(self, options)` receives (HttpRouteIntegrationBindOptions or the
        WebSocket one)."""

    def __init__(self, id: str) -> None:
        self.id = id
        self._integration: IntegrationT | None = None
        self._api: IApi | None = None

    def _bind_to_route(self, *, route: RouteT, scope: Construct) -> str:
        """Bind to `route`: create the integration construct for the API's first route; return its id."""
        api = self._api_of(route)
        if self._api is not None and self._api is not api:
            raise ValidationError(
                scope,
                f"integration {self.id!r} already belongs to {api_label(self._api)}; "
                "a single integration cannot serve two APIs, so create one instance per API",
            )
        integration = self._integration
        if integration is None or self._binds_every_route:
            config = call_with_struct(self.bind, self._bind_options_class, route=route, scope=scope)
            if not isinstance(config, self._config_class):
                raise ArgumentTypeError(
                    f"{scope.node.path}: integration {self.id!r} returned {config!r} from bind(); "
                    f"bind() must return {self._config_class.__name__}(...)"
                )
            if integration is None:
                integration = self._integration = self._create_integration(scope, route, config)
                self._api = api
        self._complete_bind(route=route, scope=scope)
        return integration.integration_id

    def bind(self, *, route: RouteT, scope: Construct) -> ConfigT:
        """Return the integration's configuration for `route` (step 3 of the module docstring)."""
        raise NotImplementedError(f"{type(self).__name__} must implement bind(*, route, scope)")

    def _complete_bind(self, *, route: RouteT, scope: Construct) -> None:
        """Per-route work after binding (such as Lambda permissions); nothing by default."""

    def _api_of(self, route: RouteT) -> IApi:
        """The API of `route`."""
        raise NotImplementedError

    def _create_integration(self, scope: Construct, route: RouteT, config: ConfigT) -> IntegrationT:
        """The integration construct for `config`, under `scope` (the first route)."""
        raise NotImplementedError
