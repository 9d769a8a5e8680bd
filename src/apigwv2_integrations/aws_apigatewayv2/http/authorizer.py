"""HTTP API authorizers: the L2 HttpAuthorizer and the interface route authorizers implement."""

from __future__ import annotations

from collections.abc import Sequence

from ...cfn.aws_apigatewayv2 import AuthorizerReference, CfnAuthorizer
from ...core.construct import Construct
from ...core.converters import optional_tuple, to_tuple
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import Token
from .._identity_source import check_http_jwt_identity_source, check_http_lambda_identity_source
from ..common._api_quotas import count_authorizer
from ..common.authorizer import IAuthorizer
from ._types import (
    HttpRouteAuthorizationType,
    HttpRouteAuthorizerConfig,
    IHttpRoute,
    IHttpRouteAuthorizer,
    PayloadFormatVersion,
)

if TYPE_CHECKING:
    from ...interfaces.aws_apigatewayv2 import IApiRef
    from ...interfaces.aws_iam import IRoleRef

# API Gateway caches authorizer results for at most an hour.
_MAX_RESULTS_CACHE_TTL_SECONDS = 3600
# API Gateway's fixed limit of audiences of a JWT authorizer.
_MAX_JWT_AUDIENCES = 50


class HttpAuthorizerType(SimpleEnum):
    """Kinds of HTTP API authorizer resources."""

    IAM = "AWS_IAM"
    JWT = "JWT"
    LAMBDA = "REQUEST"


class AuthorizerPayloadVersion(SimpleEnum):
    """The event format sent to Lambda authorizers."""

    VERSION_1_0 = "1.0"
    VERSION_2_0 = "2.0"


@lazy_frozen(kw_only=True)
class HttpRouteAuthorizerBindOptions(metaclass=LazyAttrsMeta):
    """What an authorizer is bound to."""

    route: IHttpRoute
    """The route the authorizer is bound to."""
    scope: Construct
    """The scope of the resources the authorizer creates."""


@runtime_checkable
class IHttpAuthorizer(IAuthorizer, Protocol):
    """An authorizer resource of an HTTP API."""


class HttpNoneAuthorizer:
    """Explicitly no authorization (overrides an API's default authorizer)."""

    @property
    def authorization_type(self) -> str:
        """The AuthorizationType of the routes that use this authorizer: `NONE`."""
        return HttpRouteAuthorizationType.NONE.value

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """Return the route's `NONE` authorization."""
        return HttpRouteAuthorizerConfig(authorization_type=HttpRouteAuthorizationType.NONE)


@lazy_frozen(kw_only=True)
class HttpAuthorizerProps(metaclass=LazyAttrsMeta):
    """Properties of an HttpAuthorizer."""

    http_api: IApiRef
    """The API the authorizer belongs to (an `HttpApi`, an imported one or a `CfnApi`)."""
    identity_source: Sequence[str] = field(converter=to_tuple)
    """Where API Gateway reads the caller's identity from."""
    type: HttpAuthorizerType
    """The kind of authorizer."""
    authorizer_name: str | None = None
    """The authorizer's name. Default: the construct id."""
    authorizer_uri: str | None = None
    """The invoke URI of the Lambda function (Lambda authorizers only)."""
    enable_simple_responses: bool | None = None
    """Let the Lambda function return a boolean `isAuthorized`. Default: False."""
    jwt_audience: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Audiences a JWT must name (JWT authorizers only)."""
    jwt_issuer: str | None = None
    """The issuer of the JWTs (JWT authorizers only)."""
    payload_format_version: AuthorizerPayloadVersion | PayloadFormatVersion | None = None
    """The event format sent to the Lambda function. Default: 2.0 for Lambda authorizers."""
    results_cache_ttl: Duration | None = None
    """How long results are cached. Default: no caching."""
    role: IRoleRef | None = None
    """The role API Gateway assumes to invoke the Lambda function (Lambda authorizers only).
    Default: none; the function's resource policy must allow API Gateway."""


@lazy_frozen(kw_only=True)
class HttpAuthorizerAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing HTTP API authorizer."""

    authorizer_id: str
    """The authorizer's identifier."""
    authorizer_type: str
    """The AuthorizationType routes render for it: `CUSTOM`, `JWT`, `AWS_IAM` or `NONE`."""


class _ImportedHttpAuthorizer(Resource):
    def __init__(self, scope: Construct, id: str, attributes: HttpAuthorizerAttributes) -> None:
        super().__init__(scope, id)
        allowed = [t.value for t in HttpRouteAuthorizationType]
        authorizer_type = attributes.authorizer_type
        # Differs from aws-cdk-lib, which renders any string and lets the deployment fail.
        if not Token.is_unresolved(authorizer_type) and authorizer_type not in allowed:
            raise ValidationError(
                self,
                f"authorizer_type={authorizer_type!r} is not a route authorization type; "
                f"use one of {', '.join(repr(v) for v in allowed)}",
            )
        self.authorizer_id = attributes.authorizer_id
        self.authorizer_type = authorizer_type

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """Return the route's authorization by this authorizer."""
        return HttpRouteAuthorizerConfig(
            authorization_type=self.authorizer_type,
            authorizer_id=self.authorizer_id,
        )


def _payload_version_string(version: AuthorizerPayloadVersion | PayloadFormatVersion | None) -> str | None:
    if isinstance(version, AuthorizerPayloadVersion):
        return version.value
    return version.version if version is not None else None


class HttpAuthorizer(Resource):
    """An authorizer of an HTTP API (`AWS::ApiGatewayV2::Authorizer`)."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.HttpAuthorizer"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    @property
    def authorizer_ref(self) -> AuthorizerReference:
        """A reference to this authorizer (`AuthorizerReference`)."""
        return self._resource.authorizer_ref

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IApiRef,
        identity_source: Sequence[str],
        type: HttpAuthorizerType,  # noqa: A002 - aws_cdk's keyword
        authorizer_name: str | None = None,
        authorizer_uri: str | None = None,
        enable_simple_responses: bool | None = None,
        jwt_audience: Sequence[str] | None = None,
        jwt_issuer: str | None = None,
        payload_format_version: AuthorizerPayloadVersion | PayloadFormatVersion | None = None,
        results_cache_ttl: Duration | None = None,
        role: IRoleRef | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = HttpAuthorizerProps(
            http_api=http_api,
            identity_source=identity_source,
            type=type,
            authorizer_name=authorizer_name,
            authorizer_uri=authorizer_uri,
            enable_simple_responses=enable_simple_responses,
            jwt_audience=jwt_audience,
            jwt_issuer=jwt_issuer,
            payload_format_version=payload_format_version,
            results_cache_ttl=results_cache_ttl,
            role=role,
        )
        if type is not HttpAuthorizerType.LAMBDA and props.role is not None:
            raise ValidationError(
                self,
                f"role is set on a {type.name} authorizer; only Lambda authorizers take a role, remove it",
            )
        # As aws-cdk-lib: Lambda authorizers default to payload format 2.0.
        if props.payload_format_version is None and type is HttpAuthorizerType.LAMBDA:
            payload_format_version = AuthorizerPayloadVersion.VERSION_2_0
        # An empty issuer or URI counts as missing, as in aws-cdk-lib.
        if type is HttpAuthorizerType.JWT and (not jwt_audience or not jwt_issuer):
            raise ValidationError(self, "JWT authorizers need jwt_audience and jwt_issuer; pass both")
        if type is HttpAuthorizerType.LAMBDA and not authorizer_uri:
            raise ValidationError(
                self, f"authorizer_uri={authorizer_uri!r}; Lambda authorizers need the function's invoke URI"
            )
        if type is not HttpAuthorizerType.LAMBDA and enable_simple_responses is not None:
            raise ValidationError(
                self, "enable_simple_responses applies to Lambda authorizers only; remove it"
            )
        if (
            results_cache_ttl is not None
            and not Token.is_unresolved(results_cache_ttl.amount)
            and results_cache_ttl.to_seconds() > _MAX_RESULTS_CACHE_TTL_SECONDS
        ):
            raise ValidationError(
                self,
                f"results_cache_ttl={results_cache_ttl!r} is over API Gateway's limit of one hour; "
                "use at most Duration.hours(1), or Duration.seconds(0) to turn caching off",
            )
        if jwt_audience is not None and len(jwt_audience) > _MAX_JWT_AUDIENCES:
            raise ValidationError(
                self,
                f"jwt_audience has {len(jwt_audience)} entries; API Gateway allows at most "
                f"{_MAX_JWT_AUDIENCES} audiences per authorizer",
            )
        if type is HttpAuthorizerType.LAMBDA:
            check_http_lambda_identity_source(self, props.identity_source)
        elif type is HttpAuthorizerType.JWT:
            check_http_jwt_identity_source(self, props.identity_source)
        count_authorizer(self, props.http_api)
        resource = CfnAuthorizer(
            self,
            "Resource",
            api_id=http_api.api_ref.api_id,
            authorizer_type=type.value,
            identity_source=list(identity_source),
            # Only a missing name falls back to the id; an empty one is kept, as aws-cdk-lib keeps it.
            name=authorizer_name if authorizer_name is not None else id,
            authorizer_uri=authorizer_uri,
            authorizer_payload_format_version=_payload_version_string(payload_format_version),
            enable_simple_responses=enable_simple_responses,
            authorizer_result_ttl_in_seconds=results_cache_ttl.to_seconds() if results_cache_ttl else None,
            jwt_configuration=(
                {"audience": list(jwt_audience or []), "issuer": jwt_issuer}
                if type is HttpAuthorizerType.JWT
                else None
            ),
            authorizer_credentials_arn=props.role.role_ref.role_arn if props.role is not None else None,
        )
        self._resource = resource
        self.authorizer_id: str = resource.ref

    @staticmethod
    def from_http_authorizer_attributes(
        scope: Construct, id: str, *, authorizer_id: str, authorizer_type: str
    ) -> IHttpRouteAuthorizer:
        """An existing authorizer; routes that use it render `authorizer_type` as their AuthorizationType."""
        return _ImportedHttpAuthorizer(
            scope, id, HttpAuthorizerAttributes(authorizer_id=authorizer_id, authorizer_type=authorizer_type)
        )
