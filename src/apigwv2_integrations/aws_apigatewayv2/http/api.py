"""HttpApi: an HTTP API with routes, stages, CORS and VPC links."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...cfn.aws_apigatewayv2 import CfnApi
from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.stack import Stack
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import Token
from ..common._base import ApiBase
from ..common._metrics import HttpMetrics
from ..common._types import IpAddressType
from ..common.stage import DomainMappingOptions, ThrottleSettings, to_domain_mapping
from ._types import HttpMethod, IHttpRouteAuthorizer, IHttpStage
from .integration import HttpRouteIntegration
from .route import HttpRoute, HttpRouteKey, path_problem
from .stage import HttpStage

if TYPE_CHECKING:
    from typing import Any

    from ...aws_ec2 import ISecurityGroup, IVpc, SubnetSelection
    from ...core.duration import Duration
    from ..common.access_log import IAccessLogSettings
    from .vpc_link import VpcLink


class CorsHttpMethod(SimpleEnum):
    """Methods a CORS preflight allows; ANY renders as `*`."""

    ANY = "*"
    DELETE = "DELETE"
    GET = "GET"
    HEAD = "HEAD"
    OPTIONS = "OPTIONS"
    PATCH = "PATCH"
    POST = "POST"
    PUT = "PUT"


@lazy_frozen(kw_only=True)
class CorsPreflightOptions(metaclass=LazyAttrsMeta):
    """CORS settings of an HTTP API."""

    allow_credentials: bool | None = None
    """Allow credentials in CORS requests. Default: False."""
    allow_headers: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Allowed request headers. Default: none."""
    allow_methods: Sequence[CorsHttpMethod] | None = field(default=None, converter=optional_tuple)
    """Allowed methods. Default: none."""
    allow_origins: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Allowed origins. Default: none."""
    expose_headers: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Headers exposed to the browser. Default: none."""
    max_age: Duration | None = None
    """How long browsers cache the preflight response. Default: none."""


def _to_cors(value: CorsPreflightOptions | Mapping[str, Any] | None) -> CorsPreflightOptions | None:
    return CorsPreflightOptions(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class HttpApiProps(metaclass=LazyAttrsMeta):
    """Properties of an HttpApi."""

    api_name: str | None = None
    """Name of the API. Default: the construct id."""
    cors_preflight: CorsPreflightOptions | None = field(default=None, converter=_to_cors)
    """CORS configuration. Default: none."""
    create_default_stage: bool | None = None
    """Create a `$default` stage with auto-deploy. Default: True."""
    default_authorization_scopes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Scopes for routes that use the default authorizer. Default: none."""
    default_authorizer: IHttpRouteAuthorizer | None = None
    """Authorizer of routes that name none. Default: none."""
    default_domain_mapping: DomainMappingOptions | None = field(default=None, converter=to_domain_mapping)
    """Custom domain of the default stage. Default: none."""
    default_integration: HttpRouteIntegration | None = None
    """Integration of the `$default` route. Default: no `$default` route."""
    description: str | None = None
    """Description of the API. Default: none."""
    disable_execute_api_endpoint: bool | None = None
    """Turn off the execute-api endpoint. Default: False."""
    ip_address_type: IpAddressType | None = None
    """IP address types. Default: IPv4."""
    route_selection_expression: bool | None = None
    """Set the route selection expression to `${request.method} ${request.path}`. Default: False."""


@lazy_frozen(kw_only=True)
class HttpApiAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing HTTP API."""

    http_api_id: str
    api_endpoint: str | None = None


@lazy_frozen(kw_only=True)
class AddRoutesOptions(metaclass=LazyAttrsMeta):
    """Options of `HttpApi.add_routes`."""

    path: str
    integration: HttpRouteIntegration
    authorization_scopes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    authorizer: IHttpRouteAuthorizer | None = None
    methods: Sequence[HttpMethod] | None = field(default=None, converter=optional_tuple)


class _HttpApiBase(ApiBase, HttpMetrics):
    """What defined and imported HTTP APIs share: routes, VPC links, metrics, execute-api ARNs."""

    api_id: str
    http_api_id: str
    default_authorizer: IHttpRouteAuthorizer | None = None
    default_authorization_scopes: Sequence[str] | None = None
    default_stage: IHttpStage | None = None

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self._vpc_links: dict[str, VpcLink] = {}

    @property
    def is_http_api(self) -> bool:
        """Always True: tells HTTP APIs from WebSocket APIs."""
        return True

    @property
    def api_endpoint(self) -> str:
        """The default endpoint of the API."""
        raise NotImplementedError(f"{type(self).__name__} must define api_endpoint")

    def add_vpc_link(
        self,
        *,
        vpc: IVpc,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnets: SubnetSelection | Mapping[str, Any] | None = None,
        vpc_link_name: str | None = None,
    ) -> VpcLink:
        """The API's VPC link into `vpc` (one per VPC, ids `VpcLink-1`, `VpcLink-2`, ...)."""
        existing = self._vpc_links.get(vpc.vpc_id)
        if existing is not None:
            return existing
        # Deferred for import speed: most APIs have no VPC link, and vpc_link.py brings aws_ec2 (~10 ms).
        from .vpc_link import VpcLink

        link = VpcLink(
            self,
            f"VpcLink-{len(self._vpc_links) + 1}",
            vpc=vpc,
            security_groups=security_groups,
            subnets=subnets,
            vpc_link_name=vpc_link_name,
        )
        self._vpc_links[vpc.vpc_id] = link
        return link

    def add_routes(
        self,
        *,
        path: str,
        integration: HttpRouteIntegration,
        authorization_scopes: Sequence[str] | None = None,
        authorizer: IHttpRouteAuthorizer | None = None,
        methods: Sequence[HttpMethod] | None = None,
    ) -> list[HttpRoute]:
        """Add one route per method (default ANY) for `path`; construct ids are `{method}{path}`."""
        options = AddRoutesOptions(
            path=path,
            integration=integration,
            authorization_scopes=authorization_scopes,
            authorizer=authorizer,
            methods=methods,
        )
        problem = path_problem(options.path)
        if problem is not None:
            raise ValidationError(self, problem)
        if Token.is_unresolved(options.path):
            # The path names each route's construct, and a logical id cannot be made from a token.
            raise ValidationError(
                self,
                f"path={options.path!r} holds a value known only at deployment, but add_routes names each "
                "route's construct after its path; use a literal path, or an HttpRoute with an id of your "
                "own",
            )
        # No methods given means ANY; an empty list (as in aws-cdk-lib) means no route at all.
        methods = [HttpMethod.ANY] if options.methods is None else options.methods
        # The route falls back to the API's default authorizer and scopes; an empty list of scopes is kept.
        return [
            HttpRoute(
                self,
                f"{method.value}{options.path}",
                http_api=self,
                route_key=HttpRouteKey.with_(options.path, method),
                integration=options.integration,
                authorizer=options.authorizer,
                authorization_scopes=options.authorization_scopes,
            )
            for method in methods
        ]

    def arn_for_execute_api(
        self, method: str | None = None, path: str | None = None, stage: str | None = None
    ) -> str:
        """The execute-api ARN for a method, path and stage (`*` where not given)."""
        # As in aws-cdk-lib: an empty path is not checked, and only None falls back to a wildcard.
        if path and not Token.is_unresolved(path) and not path.startswith("/"):
            raise ValidationError(self, f"path={path!r} must start with '/'; use a path like '/books'")
        if method is not None and not Token.is_unresolved(method) and method.upper() == "ANY":
            method = "*"
        return Stack.of(self).format_arn(
            service="execute-api",
            resource=self.api_id,
            resource_name=(
                f"{'*' if stage is None else stage}/{'*' if method is None else method}"
                f"{'/*' if path is None else path}"
            ),
        )


class _ImportedHttpApi(_HttpApiBase):
    def __init__(self, scope: Construct, id: str, attributes: HttpApiAttributes) -> None:
        super().__init__(scope, id)
        self.api_id = attributes.http_api_id
        self.http_api_id = attributes.http_api_id
        self._api_endpoint = attributes.api_endpoint

    @property
    def api_endpoint(self) -> str:
        if self._api_endpoint is None:
            raise ValidationError(
                self, "api_endpoint is not known; pass api_endpoint=... to HttpApi.from_http_api_attributes"
            )
        return self._api_endpoint


class HttpApi(_HttpApiBase):
    """An HTTP API (`AWS::ApiGatewayV2::Api` with protocol HTTP)."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.HttpApi"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_name: str | None = None,
        cors_preflight: CorsPreflightOptions | Mapping[str, Any] | None = None,
        create_default_stage: bool | None = None,
        default_authorization_scopes: Sequence[str] | None = None,
        default_authorizer: IHttpRouteAuthorizer | None = None,
        default_domain_mapping: DomainMappingOptions | Mapping[str, Any] | None = None,
        default_integration: HttpRouteIntegration | None = None,
        description: str | None = None,
        disable_execute_api_endpoint: bool | None = None,
        ip_address_type: IpAddressType | None = None,
        route_selection_expression: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = HttpApiProps(
            api_name=api_name,
            cors_preflight=cors_preflight,
            create_default_stage=create_default_stage,
            default_authorization_scopes=default_authorization_scopes,
            default_authorizer=default_authorizer,
            default_domain_mapping=default_domain_mapping,
            default_integration=default_integration,
            description=description,
            disable_execute_api_endpoint=disable_execute_api_endpoint,
            ip_address_type=ip_address_type,
            route_selection_expression=route_selection_expression,
        )
        # Only a missing name falls back to the id; an empty one is kept, as aws-cdk-lib keeps it.
        self.http_api_name = props.api_name if props.api_name is not None else id
        self.disable_execute_api_endpoint = props.disable_execute_api_endpoint
        self.default_authorizer = props.default_authorizer
        self.default_authorization_scopes = props.default_authorization_scopes
        if props.create_default_stage is False and props.default_domain_mapping is not None:
            raise ValidationError(
                self,
                "default_domain_mapping needs the default stage; remove create_default_stage=False "
                "or map a stage added with add_stage()",
            )
        resource = CfnApi(
            self,
            "Resource",
            name=self.http_api_name,
            protocol_type="HTTP",
            cors_configuration=_render_cors(self, props.cors_preflight),
            description=props.description,
            disable_execute_api_endpoint=props.disable_execute_api_endpoint,
            route_selection_expression="${request.method} ${request.path}"
            if props.route_selection_expression
            else None,
            ip_address_type=props.ip_address_type.value if props.ip_address_type else None,
        )
        self.api_id: str = resource.ref
        self.http_api_id: str = resource.ref
        self._api_endpoint: str = resource.attr_api_endpoint
        if props.default_integration is not None:
            HttpRoute(
                self,
                "DefaultRoute",
                http_api=self,
                route_key=HttpRouteKey.DEFAULT,
                integration=props.default_integration,
                authorizer=props.default_authorizer,
                authorization_scopes=props.default_authorization_scopes,
            )
        self.default_stage: IHttpStage | None = None
        if props.create_default_stage is not False:
            stage = HttpStage(
                self,
                "DefaultStage",
                http_api=self,
                auto_deploy=True,
                domain_mapping=props.default_domain_mapping,
            )
            if props.default_domain_mapping is not None:
                stage.node.add_dependency(props.default_domain_mapping.domain_name)
            self.default_stage = stage

    @staticmethod
    def from_http_api_attributes(
        scope: Construct, id: str, *, http_api_id: str, api_endpoint: str | None = None
    ) -> _HttpApiBase:
        """An existing HTTP API; unlike aws_cdk's, it accepts `add_routes`."""
        return _ImportedHttpApi(
            scope, id, HttpApiAttributes(http_api_id=http_api_id, api_endpoint=api_endpoint)
        )

    @property
    def api_endpoint(self) -> str:
        """The default endpoint (`https://{api}.execute-api.{region}.amazonaws.com`)."""
        if self.disable_execute_api_endpoint:
            raise ValidationError(
                self,
                "api_endpoint is not available because disable_execute_api_endpoint=True; "
                "use a custom domain name instead",
            )
        return self._api_endpoint

    @property
    def url(self) -> str | None:
        """The URL of the default stage; None without one."""
        return self.default_stage.url if self.default_stage else None

    def add_stage(
        self,
        id: str,
        *,
        stage_name: str | None = None,
        auto_deploy: bool | None = None,
        access_log_settings: IAccessLogSettings | None = None,
        description: str | None = None,
        detailed_metrics_enabled: bool | None = None,
        domain_mapping: DomainMappingOptions | Mapping[str, Any] | None = None,
        stage_variables: Mapping[str, str] | None = None,
        throttle: ThrottleSettings | Mapping[str, Any] | None = None,
    ) -> HttpStage:
        """Add a stage to this API."""
        return HttpStage(
            self,
            id,
            http_api=self,
            stage_name=stage_name,
            auto_deploy=auto_deploy,
            access_log_settings=access_log_settings,
            description=description,
            detailed_metrics_enabled=detailed_metrics_enabled,
            domain_mapping=domain_mapping,
            stage_variables=stage_variables,
            throttle=throttle,
        )


def _render_cors(api: HttpApi, cors: CorsPreflightOptions | None) -> dict[str, Any] | None:
    if cors is None:
        return None
    if cors.allow_origins and "*" in cors.allow_origins and cors.allow_credentials:
        raise ValidationError(
            api,
            "cors_preflight allow_credentials=True with allow_origins containing '*' is not allowed; "
            "list the origins explicitly",
        )
    max_age = cors.max_age
    # CloudFormation's MaxAge is an integer of seconds.
    if (
        max_age is not None
        and not Token.is_unresolved(max_age.amount)
        and not float(max_age.to_seconds(integral=False)).is_integer()
    ):
        raise ValidationError(
            api,
            f"cors_preflight max_age={max_age!r} is not a whole number of seconds; use e.g. "
            "Duration.seconds(300)",
        )
    if max_age is not None and not Token.is_unresolved(max_age.amount) and max_age.to_seconds() > 86400:
        raise ValidationError(
            api,
            f"cors_preflight max_age={max_age!r} is over API Gateway's limit; use at most Duration.days(1)",
        )
    return {
        "allow_credentials": cors.allow_credentials,
        "allow_headers": list(cors.allow_headers) if cors.allow_headers is not None else None,
        "allow_methods": [m.value for m in cors.allow_methods] if cors.allow_methods is not None else None,
        "allow_origins": list(cors.allow_origins) if cors.allow_origins is not None else None,
        "expose_headers": list(cors.expose_headers) if cors.expose_headers is not None else None,
        "max_age": cors.max_age.to_seconds() if cors.max_age is not None else None,
    }
