"""HttpJwtAuthorizer: routes that require a JSON Web Token from an issuer."""

from __future__ import annotations

from collections.abc import Sequence

from ...aws_apigatewayv2 import (
    HttpAuthorizer,
    HttpAuthorizerType,
    HttpRouteAuthorizationType,
    HttpRouteAuthorizerConfig,
    IHttpRoute,
)
from ...core.construct import Construct
from ...core.converters import to_tuple
from ...core.errors import ValidationError
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._lambda_authorizer import to_identity_source
from .._route_api import http_api_of


@lazy_frozen(kw_only=True)
class HttpJwtAuthorizerProps(metaclass=LazyAttrsMeta):
    """Options of an HttpJwtAuthorizer."""

    jwt_audience: Sequence[str] = field(converter=to_tuple)
    """The audiences a token must name (at least one)."""
    authorizer_name: str | None = None
    """The authorizer's name. Default: the id given to the constructor."""
    identity_source: Sequence[str] | None = field(default=None, converter=to_identity_source)
    """Where API Gateway reads the token from. Default: ['$request.header.Authorization']."""


class HttpJwtAuthorizer:
    """Authorize callers with a JWT; the authorizer resource is created once per API."""

    # A str, as aws-cdk-lib's, so it can be used wherever a string goes (a CfnOutput value).
    authorization_type = HttpRouteAuthorizationType.JWT.value
    """The AuthorizationType of the routes that use this authorizer."""

    def __init__(
        self,
        id: str,
        jwt_issuer: str,
        *,
        jwt_audience: Sequence[str],
        authorizer_name: str | None = None,
        identity_source: Sequence[str] | None = None,
    ) -> None:
        props = HttpJwtAuthorizerProps(
            jwt_audience=jwt_audience, authorizer_name=authorizer_name, identity_source=identity_source
        )
        self.id = id
        self.jwt_issuer = jwt_issuer
        self.jwt_audience = list(props.jwt_audience)
        self.authorizer_name = props.authorizer_name
        self.identity_source = (
            list(props.identity_source)
            if props.identity_source is not None
            else ["$request.header.Authorization"]
        )
        self._authorizer: HttpAuthorizer | None = None

    @property
    def authorizer_id(self) -> str:
        """The authorizer's id, once a route has used it."""
        if self._authorizer is None:
            raise ValidationError(
                None, f"HttpJwtAuthorizer {self.id!r} has no authorizer yet; bind it to a route first"
            )
        return self._authorizer.authorizer_id

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """Create the authorizer on first use and return the route's JWT authorization."""
        if self._authorizer is None:
            self._authorizer = HttpAuthorizer(
                scope,
                self.id,
                http_api=http_api_of(route, authorizer=self, id=self.id, scope=scope),
                identity_source=self.identity_source,
                type=HttpAuthorizerType.JWT,
                authorizer_name=self.authorizer_name if self.authorizer_name is not None else self.id,
                jwt_audience=self.jwt_audience,
                jwt_issuer=self.jwt_issuer,
            )
        return HttpRouteAuthorizerConfig(
            authorization_type=HttpRouteAuthorizationType.JWT, authorizer_id=self._authorizer.authorizer_id
        )
