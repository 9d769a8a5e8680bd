"""HTTP API authorizers: the L2 HttpAuthorizer and the interface route authorizers implement."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ...cfn.aws_apigatewayv2 import CfnAuthorizer
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.resource import Resource
from ...core.struct import lazy_frozen

if TYPE_CHECKING:
    from .api import IHttpApi
    from .route import IHttpRoute


class HttpAuthorizerType(enum.Enum):
    """Kinds of HTTP API authorizer resources."""

    JWT = "JWT"
    LAMBDA = "REQUEST"


class HttpRouteAuthorizationType(enum.Enum):
    """The AuthorizationType of a route."""

    AWS_IAM = "AWS_IAM"
    JWT = "JWT"
    CUSTOM = "CUSTOM"
    NONE = "NONE"


@lazy_frozen(kw_only=True)
class HttpRouteAuthorizerConfig:
    """What an authorizer tells the route."""

    authorization_type: HttpRouteAuthorizationType
    authorization_scopes: Sequence[str] | None = None
    authorizer_id: str | None = None


@runtime_checkable
class IHttpRouteAuthorizer(Protocol):
    """An authorizer that routes can use."""

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """Attach to a route and return what the route renders."""
        ...


class HttpNoneAuthorizer:
    """Explicitly no authorization (overrides an API's default authorizer)."""

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        return HttpRouteAuthorizerConfig(authorization_type=HttpRouteAuthorizationType.NONE)


class HttpAuthorizer(Resource):
    """An authorizer of an HTTP API (`AWS::ApiGatewayV2::Authorizer`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IHttpApi,
        identity_source: Sequence[str],
        type: HttpAuthorizerType,  # noqa: A002 - aws_cdk's keyword
        authorizer_name: str | None = None,
        authorizer_uri: str | None = None,
        enable_simple_responses: bool | None = None,
        jwt_audience: Sequence[str] | None = None,
        jwt_issuer: str | None = None,
        payload_format_version: Any = None,
        results_cache_ttl: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        if type is HttpAuthorizerType.JWT and (not jwt_audience or jwt_issuer is None):
            raise ValidationError(self, "JWT authorizers need jwt_audience and jwt_issuer; pass both")
        if type is HttpAuthorizerType.LAMBDA and authorizer_uri is None:
            raise ValidationError(
                self, "authorizer_uri=None; Lambda authorizers need the function's invoke URI"
            )
        if type is not HttpAuthorizerType.LAMBDA and enable_simple_responses is not None:
            raise ValidationError(
                self, "enable_simple_responses applies to Lambda authorizers only; remove it"
            )
        resource = CfnAuthorizer(
            self,
            "Resource",
            api_id=http_api.api_id,
            authorizer_type=type.value,
            identity_source=list(identity_source),
            name=authorizer_name or id,
            authorizer_uri=authorizer_uri,
            authorizer_payload_format_version=payload_format_version.version
            if payload_format_version
            else None,
            enable_simple_responses=enable_simple_responses,
            authorizer_result_ttl_in_seconds=results_cache_ttl.to_seconds() if results_cache_ttl else None,
            jwt_configuration=(
                {"audience": list(jwt_audience or []), "issuer": jwt_issuer}
                if type is HttpAuthorizerType.JWT
                else None
            ),
        )
        self.authorizer_id: str = resource.ref
