"""HttpLambdaAuthorizer: routes that a Lambda function authorizes."""

from __future__ import annotations

from collections.abc import Sequence

from ...aws_apigatewayv2 import (
    HttpAuthorizer,
    HttpAuthorizerType,
    HttpRouteAuthorizationType,
    HttpRouteAuthorizerConfig,
    IHttpApi,
    IHttpRoute,
    PayloadFormatVersion,
)
from ...aws_lambda import IFunction
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.errors import ArgumentTypeError, ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._lambda_authorizer import _LambdaAuthorizer, to_identity_source
from .._route_api import http_api_of

if TYPE_CHECKING:
    from typing import Any

    from ...interfaces.aws_iam import IRoleRef


class HttpLambdaResponseType(SimpleEnum):
    """What the authorizer function returns."""

    SIMPLE = "SIMPLE"
    """A boolean `isAuthorized`; selects payload format 2.0."""
    IAM = "IAM"
    """An IAM policy."""


def _to_response_types(
    value: Sequence[HttpLambdaResponseType] | None,
) -> tuple[HttpLambdaResponseType, ...] | None:
    if value is None:
        return None
    if isinstance(value, str) or not all(isinstance(item, HttpLambdaResponseType) for item in value):
        raise ArgumentTypeError(
            f"response_types must be a list of HttpLambdaResponseType values, got {value!r}"
        )
    return tuple(value)


def _checked_duration(value: Any) -> Any:
    # A converter that only checks: a validator would make attrs build the class when first used.
    if value is not None and not isinstance(value, Duration):
        raise ArgumentTypeError(f"results_cache_ttl must be a Duration, got {value!r}")
    return value


def _is_whole_seconds(duration: Duration) -> bool:
    return float(duration.to_seconds(integral=False)).is_integer()


@lazy_frozen(kw_only=True)
class HttpLambdaAuthorizerProps(metaclass=LazyAttrsMeta):
    """Options of an HttpLambdaAuthorizer."""

    authorizer_name: str | None = None
    """The authorizer's name. Default: the id given to the constructor."""
    identity_source: Sequence[str] | None = field(default=None, converter=to_identity_source)
    """Where API Gateway reads the caller's identity from. Default: ['$request.header.Authorization']."""
    response_types: Sequence[HttpLambdaResponseType] | None = field(
        default=None, converter=_to_response_types
    )
    """What the function can return; SIMPLE selects payload format 2.0.
    Default: [HttpLambdaResponseType.IAM]."""
    results_cache_ttl: Duration | None = field(default=None, converter=_checked_duration)
    """How long API Gateway caches results, at most 1 hour; Duration.seconds(0) turns caching off.
    Default: Duration.minutes(5)."""
    role: IRoleRef | None = None
    """The role API Gateway assumes to invoke the function; with it no Lambda permission is added.
    Default: none; a Lambda permission lets API Gateway invoke the function."""


class HttpLambdaAuthorizer(_LambdaAuthorizer[IHttpApi]):
    """Authorize HTTP API routes with a Lambda function; the authorizer resource is created once per API."""

    # A str, as aws-cdk-lib's, so it can be used wherever a string goes (a CfnOutput value).
    authorization_type = HttpRouteAuthorizationType.CUSTOM.value
    """The AuthorizationType of the routes that use this authorizer."""

    def __init__(
        self,
        id: str,
        handler: IFunction,
        *,
        authorizer_name: str | None = None,
        identity_source: Sequence[str] | None = None,
        response_types: Sequence[HttpLambdaResponseType] | None = None,
        results_cache_ttl: Duration | None = None,
        role: IRoleRef | None = None,
    ) -> None:
        self.props = HttpLambdaAuthorizerProps(
            authorizer_name=authorizer_name,
            identity_source=identity_source,
            response_types=response_types,
            results_cache_ttl=results_cache_ttl,
            role=role,
        )
        ttl = self.props.results_cache_ttl
        # CloudFormation takes whole seconds. Differs from aws-cdk-lib, which fails the same way but only
        # when a route first binds the authorizer.
        if ttl is not None and not ttl.is_unresolved() and not _is_whole_seconds(ttl):
            raise ValidationError(
                None,
                f"HttpLambdaAuthorizer {id!r}: results_cache_ttl={ttl!r} is not a whole number of seconds; "
                "use whole seconds such as Duration.seconds(1), or Duration.seconds(0) to turn caching off",
            )
        super().__init__(id, handler)

    @property
    def authorizer_id(self) -> str:
        """The authorizer's id, once a route has used it."""
        if self._authorizer is None:
            raise ValidationError(
                None, f"HttpLambdaAuthorizer {self.id!r} has no authorizer yet; bind it to a route first"
            )
        return self._authorizer.authorizer_id

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """Return the route's CUSTOM authorization; the first bind creates the authorizer and permission."""
        authorizer_id = self._bind_authorizer(
            api=http_api_of(route, authorizer=self, id=self.id, scope=scope), route=route, scope=scope
        )
        return HttpRouteAuthorizerConfig(
            authorization_type=HttpRouteAuthorizationType.CUSTOM, authorizer_id=authorizer_id
        )

    def _create_authorizer(self, scope: Construct, api: IHttpApi, authorizer_uri: str) -> HttpAuthorizer:
        props = self.props
        response_types = (
            props.response_types if props.response_types is not None else (HttpLambdaResponseType.IAM,)
        )
        is_simple = HttpLambdaResponseType.SIMPLE in response_types
        return HttpAuthorizer(
            scope,
            self.id,
            http_api=api,
            # An empty list stays empty: aws-cdk-lib only fills in a missing identity source.
            identity_source=(
                props.identity_source
                if props.identity_source is not None
                else ["$request.header.Authorization"]
            ),
            type=HttpAuthorizerType.LAMBDA,
            authorizer_name=props.authorizer_name if props.authorizer_name is not None else self.id,
            authorizer_uri=authorizer_uri,
            # Left out rather than False when no SIMPLE responses, as aws-cdk-lib does.
            enable_simple_responses=True if is_simple else None,
            payload_format_version=(
                PayloadFormatVersion.VERSION_2_0 if is_simple else PayloadFormatVersion.VERSION_1_0
            ),
            results_cache_ttl=props.results_cache_ttl
            if props.results_cache_ttl is not None
            else Duration.minutes(5),
            role=props.role,
        )

    def _invoked_with_role(self) -> bool:
        return self.props.role is not None
