"""What HTTP and WebSocket Lambda authorizers share: one authorizer per API and API Gateway's permission."""

from __future__ import annotations

import abc
from collections.abc import Sequence

from ..aws_apigatewayv2 import HttpAuthorizer, IHttpApi, IRoute, IWebSocketApi, WebSocketAuthorizer
from ..aws_iam import ServicePrincipal
from ..aws_lambda import IFunction
from ..core.construct import Construct
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.names import Names
from ..core.runtime_typing import Generic, TypeVar
from ..core.stack import Stack

_ApiT = TypeVar("_ApiT", IHttpApi, IWebSocketApi)


def to_identity_source(value: Sequence[str] | None) -> tuple[str, ...] | None:
    """The identity sources as a tuple; a bare string is a TypeError, not a list of characters."""
    if isinstance(value, str):
        raise ArgumentTypeError(f"identity_source must be a list of strings, got {value!r}")
    return None if value is None else tuple(value)


class _LambdaAuthorizer(abc.ABC, Generic[_ApiT]):
    """Creates the authorizer on the first bind, lets API Gateway invoke the handler, and serves one API."""

    def __init__(self, id: str, handler: IFunction) -> None:
        self.id = id
        self.handler = handler
        self._api: _ApiT | None = None
        self._authorizer: HttpAuthorizer | WebSocketAuthorizer | None = None

    @abc.abstractmethod
    def _create_authorizer(
        self, scope: Construct, api: _ApiT, authorizer_uri: str
    ) -> HttpAuthorizer | WebSocketAuthorizer:
        """Create the authorizer resource of `api` under `scope`."""

    def _bind_authorizer(self, *, api: _ApiT, route: IRoute, scope: Construct) -> str:
        """The authorizer's id; the first call creates the authorizer and its invoke permission."""
        route_scope = route if isinstance(route, Construct) else scope
        if self._api is not None and self._api.api_id != api.api_id:
            name = type(self).__name__
            first = self._api.node.path
            raise ValidationError(
                route_scope,
                f"authorizer {name} {self.id!r} is already bound to the API {first}; an authorizer serves "
                f"one API only, so create another {name} for this API",
            )
        if self._authorizer is None:
            self._api = api
            self._authorizer = self._create_authorizer(scope, api, self._authorizer_uri(scope))
            if self._invoked_with_role():
                # As aws-cdk-lib: API Gateway assumes the role, so the function needs no resource policy.
                return self._authorizer.authorizer_id
            self.handler.add_permission(
                f"{Names.node_unique_id(self._authorizer.node)}-Permission",
                scope=scope,
                principal=ServicePrincipal("apigateway.amazonaws.com"),
                # Matches aws-cdk-lib: the permission sits under the API, its ARN is in the route's stack.
                source_arn=Stack.of(route_scope).format_arn(
                    service="execute-api",
                    resource=api.api_id,
                    resource_name=f"authorizers/{self._authorizer.authorizer_id}",
                ),
            )
        return self._authorizer.authorizer_id

    def _invoked_with_role(self) -> bool:
        """True when API Gateway invokes the handler with a role instead of a Lambda permission."""
        return False

    def _authorizer_uri(self, scope: Construct) -> str:
        # Matches aws-cdk-lib: the region is that of the handler's stack, not the API's.
        stack = Stack.of(self.handler if isinstance(self.handler, Construct) else scope)
        return (
            f"arn:{stack.partition}:apigateway:{stack.region}:lambda:path/2015-03-31/functions/"
            f"{self.handler.function_arn}/invocations"
        )
