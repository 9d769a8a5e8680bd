"""HTTP API routes: route keys, methods and the HttpRoute construct."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...cfn.aws_apigatewayv2 import CfnRoute, RouteReference
from ...core.annotations import Annotations
from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.errors import ArgumentTypeError, ValidationError
from ...core.lookup_placeholders import holds_lookup_placeholder, known_at_synth
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.struct_callbacks import call_with_struct
from ...core.tokens.pseudo import Aws
from ...core.tokens.token import Tokenization
from ..common._api_quotas import claim_route_key
from ._types import (
    HttpMethod,
    HttpRouteAuthorizationType,
    HttpRouteAuthorizerConfig,
    IHttpApi,
    IHttpRouteAuthorizer,
)
from .integration import HttpRouteIntegration

if TYPE_CHECKING:
    from typing import ClassVar

    from ...aws_iam import Grant, IGrantable

MAX_PATH_LENGTH = 1000
_SEGMENT = re.compile(r"^(\{[A-Za-z0-9._\-]+\+?\}|[A-Za-z0-9._~\-:@!$&'()*,;=%]+)$")
_PATH_VARIABLE_AND_REST = re.compile(r"\{.*?\}.*")
# The default quota of routes per HTTP API; it can be raised, so more is a warning.
_ROUTES_PER_API_QUOTA = 300
# API Gateway's fixed limit of authorization scopes on one route.
_MAX_SCOPES_PER_ROUTE = 10


def path_problem(path: str) -> str | None:
    """Why API Gateway would reject a route path, or None when it is valid."""
    fix = "use a path like '/books/{id}' or '/{proxy+}'"
    if not known_at_synth(path):
        return None if holds_lookup_placeholder(path) else _token_path_problem(path, fix)
    if path == "/":
        return None
    if not path.startswith("/"):
        return f"path={path!r} must start with '/'; {fix}"
    if path.endswith("/"):
        return f"path={path!r} must not end with '/'; {fix}"
    if len(path) > MAX_PATH_LENGTH:
        return f"path={path[:40]!r}... is {len(path)} characters long; use at most {MAX_PATH_LENGTH}"
    segments = path[1:].split("/")
    for index, segment in enumerate(segments):
        if not _SEGMENT.match(segment):
            return (
                f"path={path!r} has an invalid segment {segment!r}; segments are literal text or "
                "{name} / {name+} path variables"
            )
        if segment.endswith("+}") and index != len(segments) - 1:
            return (
                f"path={path!r} has a greedy variable {segment!r} before the end; it must be the last segment"
            )
    return None


def _token_path_problem(path: str, fix: str) -> str | None:
    """Why a path holding tokens is wrong whatever they become: its literal text starts with something
    other than '/', or ends with '/'. A path that starts or ends with a token may be right."""
    first = Tokenization.reverse_string(path).first_value
    if isinstance(first, str) and not first.startswith("/"):
        return f"path={path!r} must start with '/'; {fix}"
    if path.endswith("/"):  # literal text: an encoded token never ends so
        return f"path={path!r} must not end with '/'; {fix}"
    return None


class HttpRouteKey:
    """The method and path a route matches: `HttpRouteKey.with_('/books', HttpMethod.GET)`."""

    DEFAULT: HttpRouteKey
    key: str
    path: str | None
    method: HttpMethod | None

    @classmethod
    def _of(cls, key: str, path: str | None = None, method: HttpMethod | None = None) -> HttpRouteKey:
        # No public constructor, as in aws_cdk: `with_` and `DEFAULT` are the way to get a key.
        route_key = object.__new__(cls)
        route_key.key = key
        route_key.path = path
        route_key.method = method
        return route_key

    @staticmethod
    def with_(path: str, method: HttpMethod | None = None) -> HttpRouteKey:
        """A route key for `path` and `method`. Default method: ANY."""
        problem = path_problem(path)
        if problem is not None:
            raise ValidationError(None, f"HttpRouteKey.with_: {problem}")
        # Differs from aws-cdk-lib, which renders "undefined /path" when no method is given.
        chosen = method or HttpMethod.ANY
        return HttpRouteKey._of(f"{chosen.value} {path}", path, chosen)

    def __repr__(self) -> str:
        return f"HttpRouteKey({self.key!r})"


HttpRouteKey.DEFAULT = HttpRouteKey._of("$default")


@lazy_frozen(kw_only=True)
class GrantInvokeOptions(metaclass=LazyAttrsMeta):
    """Options of `HttpRoute.grant_invoke`."""

    http_methods: Sequence[HttpMethod] | None = None
    """The methods to allow. Default: the route's method."""


@lazy_frozen(kw_only=True)
class BatchHttpRouteOptions(metaclass=LazyAttrsMeta):
    """Options shared by a batch of routes."""

    integration: HttpRouteIntegration
    """Where the routes' requests go."""


@lazy_frozen(kw_only=True)
class HttpRouteProps(metaclass=LazyAttrsMeta):
    """Properties of an HttpRoute."""

    http_api: IHttpApi
    """The API the route belongs to."""
    route_key: HttpRouteKey
    """The method and path the route matches."""
    integration: HttpRouteIntegration
    """Where matched requests go."""
    authorization_scopes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """OAuth scopes the caller needs (JWT authorizers). Default: none."""
    authorizer: IHttpRouteAuthorizer | None = None
    """The authorizer of the route. Default: none."""


class HttpRoute(Resource):
    """A route of an HTTP API (`AWS::ApiGatewayV2::Route`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-apigatewayv2.HttpRoute"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    @property
    def route_ref(self) -> RouteReference:
        """A reference to this route (`RouteReference`)."""
        return RouteReference(api_id=self.http_api.api_id, route_id=self.route_id)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IHttpApi,
        route_key: HttpRouteKey,
        integration: HttpRouteIntegration,
        authorization_scopes: Sequence[str] | None = None,
        authorizer: IHttpRouteAuthorizer | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = HttpRouteProps(
            http_api=http_api,
            route_key=route_key,
            integration=integration,
            authorization_scopes=authorization_scopes,
            authorizer=authorizer,
        )
        if not isinstance(props.integration, HttpRouteIntegration):
            raise ArgumentTypeError(
                f"{self.node.path}: integration={integration!r} must be an HttpRouteIntegration"
            )
        self.http_api = props.http_api
        self._check_route_key_is_new(props.route_key.key)
        self.path = props.route_key.path
        self.method = props.route_key.method or HttpMethod.ANY
        self.route_arn = self._route_arn_for(self.method)
        integration_id = props.integration._bind_to_route(route=self, scope=self)
        # As in aws-cdk-lib: without an authorizer of its own the route takes the API's default one,
        # and scopes (its own, else the API's defaults) apply only when some authorizer is bound.
        authorizer = props.authorizer
        if authorizer is None:
            authorizer = self.http_api.default_authorizer
        requested_scopes = props.authorization_scopes
        if requested_scopes is None:
            requested_scopes = self.http_api.default_authorization_scopes
        self._auth: HttpRouteAuthorizerConfig | None = None
        auth_type = HttpRouteAuthorizationType.NONE
        scopes: list[str] = []
        if authorizer is not None:
            api_scope = self.http_api if isinstance(self.http_api, Construct) else self
            # Deferred: an app without authorizers does not load the authorizer module.
            from .authorizer import HttpRouteAuthorizerBindOptions

            bound = call_with_struct(
                authorizer.bind, HttpRouteAuthorizerBindOptions, route=self, scope=api_scope
            )
            if not isinstance(bound, HttpRouteAuthorizerConfig):
                bound = self._from_web_socket_authorization(bound)
            if not isinstance(bound, HttpRouteAuthorizerConfig):
                raise ArgumentTypeError(
                    f"{self.node.path}: authorizer {type(authorizer).__name__} returned {bound!r} from "
                    "bind(); bind() must return HttpRouteAuthorizerConfig(...)"
                )
            if not isinstance(bound.authorization_type, HttpRouteAuthorizationType):
                raise ValidationError(
                    self,
                    f"authorizer {type(authorizer).__name__} returned authorization_type="
                    f"{bound.authorization_type!r}; use 'AWS_IAM', 'JWT', 'CUSTOM' or 'NONE'",
                )
            self._auth = bound
            auth_type = bound.authorization_type
            scopes = list(
                dict.fromkeys([*(self._auth.authorization_scopes or ()), *(requested_scopes or ())])
            )
        if len(scopes) > _MAX_SCOPES_PER_ROUTE:
            raise ValidationError(
                self,
                f"authorization_scopes has {len(scopes)} scopes {scopes!r}; API Gateway allows at most "
                f"{_MAX_SCOPES_PER_ROUTE} per route",
            )
        resource = CfnRoute(
            self,
            "Resource",
            api_id=self.http_api.api_id,
            route_key=props.route_key.key,
            target=f"integrations/{integration_id}",
            authorizer_id=self._auth.authorizer_id if self._auth else None,
            # Always explicit: CloudFormation keeps the old value on update when the property is absent.
            authorization_type=auth_type.value,
            authorization_scopes=scopes or None,
        )
        self.route_id: str = resource.ref

    def _from_web_socket_authorization(self, bound: object) -> object:
        """A WebSocket route's IAM or NONE authorization reads as the same HTTP one, as in aws-cdk-lib."""
        from ..websocket._types import WebSocketRouteAuthorizerConfig  # deferred: rare

        if isinstance(bound, WebSocketRouteAuthorizerConfig) and bound.authorization_type in (
            "AWS_IAM",
            "NONE",
        ):
            return HttpRouteAuthorizerConfig(
                authorization_type=bound.authorization_type, authorizer_id=bound.authorizer_id
            )
        return bound

    def _check_route_key_is_new(self, key: str) -> None:
        """API Gateway refuses a second route with the same key on one API (at deployment)."""
        if not known_at_synth(key):
            return
        if claim_route_key(self, self.http_api, key) == _ROUTES_PER_API_QUOTA + 1:
            Annotations.of(self).add_warning_v2(
                "apigwv2:route-quota",
                f"the API has more than {_ROUTES_PER_API_QUOTA} routes, API Gateway's default quota; "
                "ask for a quota increase before deploying",
            )

    def _route_arn_for(self, method: HttpMethod) -> str:
        iam_method = "*" if method is HttpMethod.ANY else method.value
        # Path variables and everything after them become a wildcard.
        iam_path = _PATH_VARIABLE_AND_REST.sub("*", self.path or "/", count=1)
        return (
            f"arn:{Aws.PARTITION}:execute-api:{self.env.region}:{self.env.account}:"
            f"{self.http_api.api_id}/*/{iam_method}{iam_path}"
        )

    def grant_invoke(self, grantee: IGrantable, *, http_methods: Sequence[HttpMethod] | None = None) -> Grant:
        """Allow `grantee` to invoke this route (the route must use IAM authorization)."""
        # Deferred for import speed: aws_iam's grant modules (~2 ms) load only in apps that grant access.
        from ...aws_iam import Grant

        if self._auth is None or self._auth.authorization_type is not HttpRouteAuthorizationType.AWS_IAM:
            raise ValidationError(
                self, "grant_invoke needs IAM authorization; pass authorizer=HttpIamAuthorizer()"
            )
        methods = list(dict.fromkeys(http_methods or [self.method]))
        if self.method is not HttpMethod.ANY and any(m is not self.method for m in methods):
            raise ValidationError(
                self,
                f"http_methods={[m.value for m in methods]!r} includes methods this "
                f"{self.method.value} route does not serve; grant {self.method.value} only",
            )
        return Grant.add_to_principal(
            grantee=grantee,
            actions=["execute-api:Invoke"],
            resource_arns=[self._route_arn_for(m) for m in methods],
        )
