"""HttpUserPoolAuthorizer: routes that require a JWT issued by a Cognito user pool."""

from __future__ import annotations

from collections.abc import Sequence

from ...aws_apigatewayv2 import (
    HttpAuthorizer,
    HttpAuthorizerType,
    HttpRouteAuthorizationType,
    HttpRouteAuthorizerConfig,
    IHttpRoute,
)
from ...aws_cognito import IUserPool, IUserPoolClient
from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.errors import ValidationError
from ...core.stack import Stack
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._lambda_authorizer import to_identity_source
from .._route_api import http_api_of


@lazy_frozen(kw_only=True)
class HttpUserPoolAuthorizerProps(metaclass=LazyAttrsMeta):
    """Options of an HttpUserPoolAuthorizer."""

    authorizer_name: str | None = None
    """The authorizer's name. Default: the id given to the constructor."""
    identity_source: Sequence[str] | None = field(default=None, converter=to_identity_source)
    """Where API Gateway reads the token from. Default: ['$request.header.Authorization']."""
    user_pool_clients: Sequence[IUserPoolClient] | None = field(default=None, converter=optional_tuple)
    """The clients whose tokens are accepted. Default: a new client `UserPoolAuthorizerClient` of the pool."""
    user_pool_region: str | None = None
    """The region of the user pool. Default: the region of the stack of the route's API."""


class HttpUserPoolAuthorizer:
    """Authorize callers with tokens of a Cognito user pool; the authorizer is created once per API."""

    authorization_type = HttpRouteAuthorizationType.JWT.value
    """The AuthorizationType of the routes that use this authorizer."""

    def __init__(
        self,
        id: str,
        pool: IUserPool,
        *,
        authorizer_name: str | None = None,
        identity_source: Sequence[str] | None = None,
        user_pool_clients: Sequence[IUserPoolClient] | None = None,
        user_pool_region: str | None = None,
    ) -> None:
        self.props = HttpUserPoolAuthorizerProps(
            authorizer_name=authorizer_name,
            identity_source=identity_source,
            user_pool_clients=user_pool_clients,
            user_pool_region=user_pool_region,
        )
        self.id = id
        self.pool = pool
        self._authorizer: HttpAuthorizer | None = None

    @property
    def authorizer_id(self) -> str:
        """The authorizer's id, once a route has used it."""
        if self._authorizer is None:
            raise ValidationError(
                None, f"HttpUserPoolAuthorizer {self.id!r} has no authorizer yet; bind it to a route first"
            )
        return self._authorizer.authorizer_id

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """Create the authorizer on first use and return the route's JWT authorization."""
        if self._authorizer is None:
            props = self.props
            # Only a missing region falls back to the stack's; an empty one is kept, as aws-cdk-lib keeps it.
            region = props.user_pool_region if props.user_pool_region is not None else Stack.of(scope).region
            clients = props.user_pool_clients
            if clients is not None and not clients:
                # Each client is an audience of the JWT authorizer, and API Gateway needs at least one.
                raise ValidationError(
                    scope,
                    f"HttpUserPoolAuthorizer {self.id!r}: user_pool_clients=[] names no client; pass at "
                    "least one user pool client, or leave user_pool_clients out to have one added to the "
                    "pool",
                )
            if clients is None:
                clients = (self.pool.add_client("UserPoolAuthorizerClient"),)
            self._authorizer = HttpAuthorizer(
                scope,
                self.id,
                http_api=http_api_of(route, authorizer=self, id=self.id, scope=scope),
                identity_source=(
                    props.identity_source
                    if props.identity_source is not None
                    else ["$request.header.Authorization"]
                ),
                type=HttpAuthorizerType.JWT,
                authorizer_name=props.authorizer_name if props.authorizer_name is not None else self.id,
                jwt_audience=[client.user_pool_client_id for client in clients],
                jwt_issuer=f"https://cognito-idp.{region}.amazonaws.com/{self.pool.user_pool_id}",
            )
        return HttpRouteAuthorizerConfig(
            authorization_type=HttpRouteAuthorizationType.JWT, authorizer_id=self._authorizer.authorizer_id
        )
