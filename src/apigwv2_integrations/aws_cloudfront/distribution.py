"""Distribution: a CloudFront distribution (`AWS::CloudFront::Distribution`) with its behaviors."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..aws_certificatemanager import ICertificate
from ..cfn.aws_cloudfront import CfnDistribution
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.duration import Duration
from ..core.errors import ArgumentTypeError, InvalidValueError, ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.names import Names
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from .cache_policy import CachePolicy, ICachePolicy
from .origin import IOrigin, OriginBindConfig
from .origin_request_policy import IOriginRequestPolicy
from .response_headers_policy import IResponseHeadersPolicy

if TYPE_CHECKING:
    # Only behaviors that run functions load the module of Function.
    from typing import Any, ClassVar

    from ..aws_cloudwatch.metric import Metric
    from ..aws_cloudwatch.metric_types import Unit
    from ..aws_iam.grant import Grant
    from ..aws_iam.principals import IGrantable
    from ..aws_s3 import IBucket
    from .function import FunctionAssociation


class HttpVersion(SimpleEnum):
    """The highest HTTP version viewers may use."""

    HTTP1_1 = "http1.1"
    HTTP2 = "http2"
    HTTP2_AND_3 = "http2and3"
    HTTP3 = "http3"


class PriceClass(SimpleEnum):
    """Which edge locations serve the distribution."""

    PRICE_CLASS_100 = "PriceClass_100"
    PRICE_CLASS_200 = "PriceClass_200"
    PRICE_CLASS_ALL = "PriceClass_All"


class ViewerProtocolPolicy(SimpleEnum):
    """Which protocols viewers may use."""

    HTTPS_ONLY = "https-only"
    REDIRECT_TO_HTTPS = "redirect-to-https"
    ALLOW_ALL = "allow-all"


class SecurityPolicyProtocol(SimpleEnum):
    """The lowest TLS version and the ciphers of viewer connections."""

    SSL_V3 = "SSLv3"
    TLS_V1 = "TLSv1"
    TLS_V1_2016 = "TLSv1_2016"
    TLS_V1_1_2016 = "TLSv1.1_2016"
    TLS_V1_2_2018 = "TLSv1.2_2018"
    TLS_V1_2_2019 = "TLSv1.2_2019"
    TLS_V1_2_2021 = "TLSv1.2_2021"
    TLS_V1_2_2025 = "TLSv1.2_2025"
    TLS_V1_3_2025 = "TLSv1.3_2025"


class SSLMethod(SimpleEnum):
    """How CloudFront serves HTTPS requests."""

    SNI = "sni-only"
    VIP = "vip"
    STATIC_IP = "static-ip"


class OriginProtocolPolicy(SimpleEnum):
    """Which protocol CloudFront uses to reach the origin."""

    HTTP_ONLY = "http-only"
    MATCH_VIEWER = "match-viewer"
    HTTPS_ONLY = "https-only"


class OriginSslPolicy(SimpleEnum):
    """A TLS version CloudFront may use with the origin."""

    SSL_V3 = "SSLv3"
    TLS_V1 = "TLSv1"
    TLS_V1_1 = "TLSv1.1"
    TLS_V1_2 = "TLSv1.2"


class AllowedMethods:
    """The HTTP methods a behavior forwards to its origin."""

    ALLOW_ALL: ClassVar[AllowedMethods]
    """Every method."""
    ALLOW_GET_HEAD: ClassVar[AllowedMethods]
    """GET and HEAD."""
    ALLOW_GET_HEAD_OPTIONS: ClassVar[AllowedMethods]
    """GET, HEAD and OPTIONS."""

    def __init__(self, methods: Sequence[str]) -> None:
        self.methods = list(methods)

    def __repr__(self) -> str:
        return f"AllowedMethods({self.methods!r})"


AllowedMethods.ALLOW_ALL = AllowedMethods(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"])
AllowedMethods.ALLOW_GET_HEAD = AllowedMethods(["GET", "HEAD"])
AllowedMethods.ALLOW_GET_HEAD_OPTIONS = AllowedMethods(["GET", "HEAD", "OPTIONS"])


class CachedMethods:
    """The HTTP methods whose responses a behavior caches."""

    CACHE_GET_HEAD: ClassVar[CachedMethods]
    """GET and HEAD."""
    CACHE_GET_HEAD_OPTIONS: ClassVar[CachedMethods]
    """GET, HEAD and OPTIONS."""

    def __init__(self, methods: Sequence[str]) -> None:
        self.methods = list(methods)

    def __repr__(self) -> str:
        return f"CachedMethods({self.methods!r})"


CachedMethods.CACHE_GET_HEAD = CachedMethods(["GET", "HEAD"])
CachedMethods.CACHE_GET_HEAD_OPTIONS = CachedMethods(["GET", "HEAD", "OPTIONS"])


def _check_origin(value: Any) -> Any:
    if not callable(getattr(value, "bind", None)):
        raise ArgumentTypeError(
            f"origin={value!r} is not an IOrigin; pass an origin, e.g. origins.HttpOrigin('example.com')"
        )
    return value


# Keywords of aws_cdk's behaviors this package does not render yet: refused by name.
_UNSUPPORTED_BEHAVIOR_KEYWORDS = (
    "enable_grpc",
    "realtime_log_config",
    "smooth_streaming",
    "trusted_key_groups",
)


class LambdaEdgeEventType(SimpleEnum):
    """When a behavior runs a Lambda@Edge function."""

    ORIGIN_REQUEST = "origin-request"
    ORIGIN_RESPONSE = "origin-response"
    VIEWER_REQUEST = "viewer-request"
    VIEWER_RESPONSE = "viewer-response"


class IEdgeFunctionVersion(Protocol):
    """What a behavior needs of a Lambda function version (`IVersion` of aws_lambda, which sits above this
    package)."""

    @property
    def function_arn(self) -> str:
        """The version's ARN."""
        ...

    @property
    def version(self) -> str:
        """The version number (`$LATEST` cannot run at the edge)."""
        ...

    @property
    def lambda_(self) -> Any:
        """The function of the version."""
        ...


_REQUEST_EVENTS = (LambdaEdgeEventType.ORIGIN_REQUEST, LambdaEdgeEventType.VIEWER_REQUEST)


@lazy_frozen(kw_only=True)
class EdgeLambda(metaclass=LazyAttrsMeta):
    """A Lambda@Edge function version a behavior runs, and when."""

    event_type: LambdaEdgeEventType
    """When the function runs."""
    function_version: IEdgeFunctionVersion
    """The function version (a published version, in us-east-1)."""
    include_body: bool | None = None
    """Whether the function sees the request body (request events only). Default: False."""


def _to_edge_lambdas(value: Sequence[EdgeLambda | Mapping[str, Any]] | None) -> tuple[EdgeLambda, ...] | None:
    if value is None:
        return None
    return tuple(EdgeLambda(**item) if isinstance(item, Mapping) else item for item in value)


@lazy_frozen(kw_only=True)
class AddBehaviorOptions(metaclass=LazyAttrsMeta):
    """How a behavior handles the requests it matches."""

    allowed_methods: AllowedMethods | None = None
    """The methods forwarded to the origin. Default: ALLOW_GET_HEAD."""
    cache_policy: ICachePolicy | None = None
    """The cache policy. Default: CachePolicy.CACHING_OPTIMIZED."""
    cached_methods: CachedMethods | None = None
    """The methods whose responses are cached. Default: CACHE_GET_HEAD."""
    compress: bool | None = None
    """Whether CloudFront compresses responses. Default: True."""
    edge_lambdas: Sequence[EdgeLambda] | None = field(default=None, converter=_to_edge_lambdas)
    """The Lambda@Edge functions the behavior runs. Default: none."""
    function_associations: Sequence[FunctionAssociation] | None = field(
        default=None, converter=optional_tuple
    )
    """The CloudFront functions the behavior runs. Default: none."""
    origin_request_policy: IOriginRequestPolicy | None = None
    """The origin request policy. Default: none."""
    response_headers_policy: IResponseHeadersPolicy | None = None
    """The response headers policy. Default: none."""
    viewer_protocol_policy: ViewerProtocolPolicy | None = None
    """The protocols viewers may use. Default: ALLOW_ALL (REDIRECT_TO_HTTPS with the cdk init flags)."""


@lazy_frozen(kw_only=True)
class BehaviorOptions(AddBehaviorOptions, metaclass=LazyAttrsMeta):
    """A behavior: its origin and how it handles the requests it matches."""

    origin: IOrigin = field(converter=_check_origin)
    """The origin requests go to."""


def _to_behavior(value: BehaviorOptions | Mapping[str, Any]) -> BehaviorOptions:
    if isinstance(value, Mapping):
        _refuse_behavior_keywords(dict(value))
        return BehaviorOptions(**value)
    if not isinstance(value, BehaviorOptions):
        raise ArgumentTypeError(
            f"default_behavior={value!r} is a {type(value).__name__}; use a BehaviorOptions, "
            "e.g. BehaviorOptions(origin=origins.HttpOrigin('example.com'))"
        )
    return value


def _to_behaviors(value: Mapping[str, Any] | None) -> dict[str, BehaviorOptions] | None:
    return None if value is None else {path: _to_behavior(behavior) for path, behavior in value.items()}


def _refuse_behavior_keywords(keywords: Mapping[str, Any]) -> None:
    for name in keywords:
        if name in _UNSUPPORTED_BEHAVIOR_KEYWORDS:
            raise ArgumentTypeError(f"BehaviorOptions: {name} is not supported yet; leave it out")


@lazy_frozen(kw_only=True)
class ErrorResponse(metaclass=LazyAttrsMeta):
    """What CloudFront returns to viewers when the origin answers with an error status."""

    http_status: int
    """The origin's HTTP status code this applies to."""
    response_http_status: int | None = None
    """The status code returned to the viewer. Default: the origin's."""
    response_page_path: str | None = None
    """The page returned instead (a path starting with '/'). Default: the origin's response."""
    ttl: Duration | None = None
    """How long CloudFront caches the error. Default: 10 seconds, CloudFront's."""


def _to_error_responses(
    value: Sequence[ErrorResponse | Mapping[str, Any]] | None,
) -> tuple[ErrorResponse, ...] | None:
    if value is None:
        return None
    return tuple(ErrorResponse(**item) if isinstance(item, Mapping) else item for item in value)


_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class GeoRestriction:
    """The countries a distribution serves (`GeoRestriction.allowlist`) or refuses (`denylist`)."""

    def __init__(self, restriction_type: str, locations: Sequence[str]) -> None:
        self.restriction_type = restriction_type
        """The CloudFront value: `whitelist` or `blacklist`."""
        self.locations = list(locations)
        """The countries, as ISO 3166-1 alpha-2 codes."""

    @staticmethod
    def allowlist(*locations: str) -> GeoRestriction:
        """Serve viewers in these countries only (two-letter uppercase codes: 'US', 'GB', ...)."""
        return GeoRestriction("whitelist", _checked_locations("GeoRestriction.allowlist", locations))

    @staticmethod
    def denylist(*locations: str) -> GeoRestriction:
        """Refuse viewers in these countries (two-letter uppercase codes: 'US', 'GB', ...)."""
        return GeoRestriction("blacklist", _checked_locations("GeoRestriction.denylist", locations))

    def __repr__(self) -> str:
        return f"GeoRestriction({self.restriction_type!r}, {self.locations!r})"


def _checked_locations(owner: str, locations: Sequence[str]) -> list[str]:
    if not locations:
        raise InvalidValueError(f"{owner}: no location given; name at least one country, e.g. 'US'")
    for location in locations:
        if not isinstance(location, str) or not _COUNTRY_CODE.match(location):
            raise InvalidValueError(
                f"{owner}: location {location!r} is not a country code; use a two-letter uppercase ISO "
                "3166-1-alpha-2 code, e.g. 'US'"
            )
    return list(locations)


@lazy_frozen(kw_only=True)
class DistributionProps(metaclass=LazyAttrsMeta):
    """Properties of a Distribution."""

    default_behavior: BehaviorOptions = field(converter=_to_behavior)
    """The behavior of the requests no other behavior matches."""
    additional_behaviors: Mapping[str, BehaviorOptions] | None = field(default=None, converter=_to_behaviors)
    """More behaviors by path pattern, in order. Default: none."""
    certificate: ICertificate | None = None
    """The certificate of `domain_names` (in us-east-1). Default: the cloudfront.net certificate."""
    comment: str | None = None
    """A comment (longer ones are cut to 128 characters). Default: none."""
    default_root_object: str | None = None
    """The object returned for the root URL. Default: none."""
    domain_names: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The alternative domain names (need `certificate`). Default: none."""
    enabled: bool | None = None
    """Whether the distribution serves requests. Default: True."""
    enable_ipv6: bool | None = None
    """Whether CloudFront answers on IPv6. Default: True."""
    enable_logging: bool | None = None
    """Whether access logs are written (to `log_bucket`, or a bucket made for them). Default: only when
    `log_bucket` is given."""
    error_responses: Sequence[ErrorResponse] | None = field(default=None, converter=_to_error_responses)
    """Custom error responses. Default: none."""
    geo_restriction: GeoRestriction | None = None
    """The countries viewers may or may not be in. Default: no restriction."""
    http_version: HttpVersion | None = None
    """The highest HTTP version viewers may use. Default: HTTP2."""
    log_bucket: IBucket | None = None
    """The bucket of the access logs (with ACLs enabled). Default: a bucket made when `enable_logging`."""
    log_file_prefix: str | None = None
    """The key prefix of the access logs. Default: none."""
    log_includes_cookies: bool | None = None
    """Whether the access logs include cookies. Default: False."""
    minimum_protocol_version: SecurityPolicyProtocol | None = None
    """The security policy of viewer connections with `certificate`. Default: TLS_V1_2_2021."""
    price_class: PriceClass | None = None
    """Which edge locations serve the distribution. Default: PRICE_CLASS_ALL (nothing rendered)."""
    ssl_support_method: SSLMethod | None = None
    """How HTTPS requests are served with `certificate`. Default: SNI."""
    web_acl_id: str | None = None
    """The AWS WAF web ACL (a WAFv2 ARN or a WAF Classic ID) in front of the distribution. Default: none."""


# Keywords of aws_cdk's Distribution this package does not render yet: refused by name.
_UNSUPPORTED_DISTRIBUTION_KEYWORDS = ("publish_additional_metrics",)

_MAX_COMMENT_LENGTH = 128
DEFAULT_VIEWER_PROTOCOL_POLICY_REDIRECT_TO_HTTPS = (
    "@aws-cdk/aws-cloudfront:defaultViewerProtocolPolicyRedirectToHttps"
)
_MAX_ORIGIN_ID_LENGTH = 128


class Distribution(Resource):
    """A CloudFront distribution (`AWS::CloudFront::Distribution`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        default_behavior: BehaviorOptions | Mapping[str, Any],
        additional_behaviors: Mapping[str, BehaviorOptions | Mapping[str, Any]] | None = None,
        certificate: ICertificate | None = None,
        comment: str | None = None,
        default_root_object: str | None = None,
        domain_names: Sequence[str] | None = None,
        enabled: bool | None = None,
        enable_ipv6: bool | None = None,
        enable_logging: bool | None = None,
        error_responses: Sequence[ErrorResponse | Mapping[str, Any]] | None = None,
        geo_restriction: GeoRestriction | None = None,
        http_version: HttpVersion | None = None,
        log_bucket: IBucket | None = None,
        log_file_prefix: str | None = None,
        log_includes_cookies: bool | None = None,
        minimum_protocol_version: SecurityPolicyProtocol | None = None,
        price_class: PriceClass | None = None,
        ssl_support_method: SSLMethod | None = None,
        web_acl_id: str | None = None,
        **unsupported: Any,
    ) -> None:
        for name in unsupported:
            if name in _UNSUPPORTED_DISTRIBUTION_KEYWORDS:
                raise ArgumentTypeError(f"Distribution {id!r}: {name} is not supported yet; leave it out")
            raise ArgumentTypeError(f"Distribution() got an unexpected keyword argument {name!r}")
        super().__init__(scope, id)
        props = DistributionProps(
            default_behavior=default_behavior,
            additional_behaviors=additional_behaviors,
            certificate=certificate,
            comment=comment,
            default_root_object=default_root_object,
            domain_names=domain_names,
            enabled=enabled,
            enable_ipv6=enable_ipv6,
            enable_logging=enable_logging,
            error_responses=error_responses,
            geo_restriction=geo_restriction,
            http_version=http_version,
            log_bucket=log_bucket,
            log_file_prefix=log_file_prefix,
            log_includes_cookies=log_includes_cookies,
            minimum_protocol_version=minimum_protocol_version,
            price_class=price_class,
            ssl_support_method=ssl_support_method,
            web_acl_id=web_acl_id,
        )
        self._check_certificate(props)
        for response in props.error_responses or ():
            self._check_error_response(response)
        # Each origin object gets one ID and one entry, in the order the behaviors first use it.
        self._origins: list[tuple[IOrigin, str, OriginBindConfig]] = []
        self._default_viewer_protocol_policy = (
            ViewerProtocolPolicy.REDIRECT_TO_HTTPS
            if FeatureFlags.of(self).is_enabled(DEFAULT_VIEWER_PROTOCOL_POLICY_REDIRECT_TO_HTTPS)
            else ViewerProtocolPolicy.ALLOW_ALL
        )
        self._default_behavior = self._render_behavior(props.default_behavior, None)
        self._additional_behaviors: list[dict[str, Any]] = []
        for path_pattern, behavior in (props.additional_behaviors or {}).items():
            self._add_rendered_behavior(path_pattern, behavior)
        # Made before the resource, so it comes first in the tree, as in aws-cdk-lib.
        logging = self._render_logging(props)
        self._resource = CfnDistribution(
            self,
            "Resource",
            distribution_config=Lazy.any(lambda: self._render_config(props, logging)),
        )
        # aws-cdk-lib's props object gives the default behavior the path pattern '*', which tree.json shows
        # and the template leaves out.
        self._resource.add_property_deletion_override("DistributionConfig.DefaultCacheBehavior.pathPattern")

    @property
    def distribution_domain_name(self) -> str:
        """The distribution's domain name (`d111111abcdef8.cloudfront.net`)."""
        return self._resource.attr_domain_name

    @property
    def domain_name(self) -> str:
        """The distribution's domain name, as `distribution_domain_name`."""
        return self._resource.attr_domain_name

    @property
    def distribution_id(self) -> str:
        """The distribution's ID."""
        return self._resource.ref

    @property
    def distribution_arn(self) -> str:
        """The distribution's ARN (`arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE`)."""
        return Stack.of(self).format_arn(
            service="cloudfront",
            region="",
            resource="distribution",
            resource_name=self.distribution_id,
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
        )

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Give `identity` `actions` on this distribution."""
        return _grant_on_distribution(identity, actions, self.distribution_arn)

    def grant_create_invalidation(self, identity: IGrantable) -> Grant:
        """Let `identity` invalidate objects of this distribution (`cloudfront:CreateInvalidation`)."""
        return self.grant(identity, "cloudfront:CreateInvalidation")

    @staticmethod
    def from_distribution_attributes(
        scope: Construct, id: str, *, distribution_id: str, domain_name: str
    ) -> IDistribution:
        """An existing distribution by its ID and domain name, as a construct `id` in `scope`."""
        return _ImportedDistribution(scope, id, distribution_id, domain_name)

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this distribution (AWS/CloudFront, by DistributionId). Default: Average over 5
        minutes."""
        return self._distribution_metric(metric_name, "Average", locals())

    def metric_requests(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Viewer requests. Default: Sum over 5 minutes."""
        return self._distribution_metric("Requests", "Sum", locals())

    def metric_bytes_uploaded(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Bytes viewers sent (POST and PUT). Default: Sum over 5 minutes."""
        return self._distribution_metric("BytesUploaded", "Sum", locals())

    def metric_bytes_downloaded(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Bytes viewers downloaded. Default: Sum over 5 minutes."""
        return self._distribution_metric("BytesDownloaded", "Sum", locals())

    def metric4xx_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 4xx responses. Default: Average over 5 minutes."""
        return self._distribution_metric("4xxErrorRate", "Average", locals())

    def metric5xx_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 5xx responses. Default: Average over 5 minutes."""
        return self._distribution_metric("5xxErrorRate", "Average", locals())

    def metric_total_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 4xx and 5xx responses. Default: Average over 5 minutes."""
        return self._distribution_metric("TotalErrorRate", "Average", locals())

    def _distribution_metric(self, metric_name: str, statistic: str, arguments: Mapping[str, Any]) -> Metric:
        # Deferred: aws_cloudwatch loads only when a metric is asked for.
        from ..aws_cloudwatch.metric import metric_of, metric_options

        return metric_of(
            namespace="AWS/CloudFront",
            metric_name=metric_name,
            dimensions_map={"DistributionId": self.distribution_id},
            statistic=statistic,
            options=metric_options(dict(arguments)),
            scope=self,
        )

    def add_behavior(self, path_pattern: str, origin: IOrigin, **options: Any) -> None:
        """Add a behavior for the requests matching `path_pattern`, after the others."""
        _refuse_behavior_keywords(options)
        behavior = BehaviorOptions(origin=origin, **options)
        self._add_rendered_behavior(path_pattern, behavior)

    def _add_rendered_behavior(self, path_pattern: str, behavior: BehaviorOptions) -> None:
        if path_pattern == "*":
            raise ValidationError(
                self, "path_pattern='*' is the default behavior's; use default_behavior or a narrower pattern"
            )
        self._additional_behaviors.append(self._render_behavior(behavior, path_pattern))

    def _origin_id_of(self, origin: IOrigin) -> str:
        for known, origin_id, _ in self._origins:
            if known is origin:
                return origin_id
        given = getattr(origin, "origin_id", None)
        origin_scope = Construct(self, f"Origin{len(self._origins) + 1}")
        origin_id = given if given is not None else Names.unique_id(origin_scope)[-_MAX_ORIGIN_ID_LENGTH:]
        # Bound when first used, as aws-cdk-lib does: what the origin creates (an origin access control,
        # a bucket policy statement) comes before the distribution's resource.
        config = origin.bind(
            origin_scope, origin_id=origin_id, distribution_id=Lazy.string(lambda: self.distribution_id)
        )
        self._origins.append((origin, origin_id, config))
        return origin_id

    def _render_behavior(self, behavior: BehaviorOptions, path_pattern: str | None) -> dict[str, Any]:
        target = self._origin_id_of(behavior.origin)
        allowed = behavior.allowed_methods
        cached = behavior.cached_methods
        cache_policy = behavior.cache_policy or CachePolicy.CACHING_OPTIMIZED
        # In aws-cdk-lib's order, which tree.json shows (the template sorts the names).
        rendered = {
            "PathPattern": path_pattern,
            "TargetOriginId": target,
            "AllowedMethods": allowed.methods if allowed else None,
            "CachedMethods": cached.methods if cached else None,
            "CachePolicyId": cache_policy.cache_policy_id,
            "Compress": True if behavior.compress is None else behavior.compress,
            "OriginRequestPolicyId": behavior.origin_request_policy.origin_request_policy_id
            if behavior.origin_request_policy
            else None,
            "ResponseHeadersPolicyId": behavior.response_headers_policy.response_headers_policy_id
            if behavior.response_headers_policy
            else None,
            "ViewerProtocolPolicy": (
                behavior.viewer_protocol_policy or self._default_viewer_protocol_policy
            ).value,
            "FunctionAssociations": [
                {"FunctionARN": association.function.function_arn, "EventType": association.event_type.value}
                for association in behavior.function_associations
            ]
            if behavior.function_associations
            else None,
            "LambdaFunctionAssociations": [self._render_edge_lambda(edge) for edge in behavior.edge_lambdas]
            if behavior.edge_lambdas
            else None,
        }
        if path_pattern is None:
            # The default behavior's '*' keeps aws-cdk-lib's camelCase name: tree.json shows it as it is and
            # a deletion override drops it from the template.
            rendered = {
                "pathPattern": "*",
                **{key: value for key, value in rendered.items() if key != "PathPattern"},
            }
        return {key: value for key, value in rendered.items() if value is not None}

    def _render_edge_lambda(self, edge: EdgeLambda) -> dict[str, Any]:
        if edge.include_body and edge.event_type not in _REQUEST_EVENTS:
            raise ValidationError(
                self,
                f"include_body=True with event_type={edge.event_type}: only request events see the body; use "
                "ORIGIN_REQUEST or VIEWER_REQUEST, or leave include_body out",
            )
        version = edge.function_version
        if version.version == "$LATEST":
            raise ValidationError(
                self,
                "edge_lambdas: the $LATEST version cannot run at the edge; use a published version, "
                "e.g. function.current_version",
            )
        # Lambda@Edge assumes the function's role as edgelambda.amazonaws.com too.
        role = getattr(version.lambda_, "role", None)
        trust = getattr(role, "assume_role_policy", None)
        if trust is not None:
            # Deferred: aws_iam loads only for behaviors that run Lambda@Edge functions.
            from ..aws_iam.policy_statement import PolicyStatement
            from ..aws_iam.principals import ServicePrincipal

            trust.add_statements(
                PolicyStatement(
                    actions=["sts:AssumeRole"], principals=[ServicePrincipal("edgelambda.amazonaws.com")]
                )
            )
        rendered = {
            "LambdaFunctionARN": version.function_arn,
            "EventType": edge.event_type.value,
            "IncludeBody": edge.include_body,
        }
        return {key: value for key, value in rendered.items() if value is not None}

    def _check_certificate(self, props: DistributionProps) -> None:
        certificate = props.certificate
        if certificate is None:
            return
        if not props.domain_names:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-cloudfront:emptyDomainNames",
                "No domain names are specified. You will need to specify it after running associate-alias "
                'CLI command manually. See the "Moving an alternate domain name to a different distribution" '
                "section of module's README for more info.",
            )
        # The region of an imported certificate is its ARN's, as aws-cdk-lib reads it.
        arn = certificate.certificate_arn
        region = getattr(getattr(certificate, "env", None), "region", None)
        if isinstance(arn, str) and not Token.is_unresolved(arn) and arn.count(":") >= 5:
            region = arn.split(":")[3]
        if isinstance(region, str) and not Token.is_unresolved(region) and region != "us-east-1":
            raise ValidationError(
                self,
                f"certificate={certificate!r} is in {region}; use a certificate in us-east-1, where "
                "CloudFront reads certificates",
            )

    def _check_error_response(self, response: ErrorResponse) -> None:
        if (
            response.ttl is None
            and response.response_http_status is None
            and response.response_page_path is None
        ):
            raise ValidationError(
                self,
                f"error_responses: {response!r} sets none of ttl, response_http_status and "
                "response_page_path; give at least one",
            )

    def _render_logging(self, props: DistributionProps) -> dict[str, Any] | None:
        if props.enable_logging is False and props.log_bucket is not None:
            raise ValidationError(
                self,
                "enable_logging=False with a log_bucket: logging is turned off but a bucket is given for it; "
                "leave out log_bucket or set enable_logging=True",
            )
        if not props.enable_logging and props.log_bucket is None:
            return None
        bucket = props.log_bucket or self._make_logging_bucket()
        logging = {
            "Bucket": bucket.bucket_regional_domain_name,
            "IncludeCookies": props.log_includes_cookies,
            "Prefix": props.log_file_prefix,
        }
        return {key: value for key, value in logging.items() if value is not None}

    def _make_logging_bucket(self) -> IBucket:
        # Deferred: aws_s3 loads only for a distribution that makes its own logging bucket.
        from ..aws_s3 import Bucket, BucketEncryption, ObjectOwnership

        # CloudFront writes standard logs with ACLs, which need object writer ownership.
        return Bucket(
            self,
            "LoggingBucket",
            encryption=BucketEncryption.S3_MANAGED,
            object_ownership=ObjectOwnership.OBJECT_WRITER,
        )

    def _render_config(self, props: DistributionProps, logging: dict[str, Any] | None) -> dict[str, Any]:
        comment = props.comment
        if comment is not None and not Token.is_unresolved(comment) and len(comment) > _MAX_COMMENT_LENGTH:
            comment = comment[: _MAX_COMMENT_LENGTH - 3] + "..."
        viewer_certificate = None
        if props.certificate is not None:
            viewer_certificate = {
                "AcmCertificateArn": props.certificate.certificate_arn,
                "MinimumProtocolVersion": (
                    props.minimum_protocol_version or SecurityPolicyProtocol.TLS_V1_2_2021
                ).value,
                "SslSupportMethod": (props.ssl_support_method or SSLMethod.SNI).value,
            }
        # aws-cdk-lib's order, which tree.json shows: these three first, then by name.
        config = {
            "Enabled": True if props.enabled is None else props.enabled,
            "Origins": [config.origin_property or {} for _, _, config in self._origins],
            "DefaultCacheBehavior": self._default_behavior,
            "Aliases": list(props.domain_names) if props.domain_names else None,
            "CacheBehaviors": self._additional_behaviors or None,
            "Comment": comment,
            "CustomErrorResponses": [self._render_error_response(r) for r in props.error_responses]
            if props.error_responses
            else None,
            "DefaultRootObject": props.default_root_object,
            "HttpVersion": (props.http_version or HttpVersion.HTTP2).value,
            "IPV6Enabled": True if props.enable_ipv6 is None else props.enable_ipv6,
            "Logging": logging,
            "PriceClass": props.price_class.value if props.price_class else None,
            "Restrictions": {
                "GeoRestriction": {
                    "RestrictionType": props.geo_restriction.restriction_type,
                    "Locations": props.geo_restriction.locations,
                }
            }
            if props.geo_restriction is not None
            else None,
            "ViewerCertificate": viewer_certificate,
            "WebACLId": props.web_acl_id,
        }
        return {key: value for key, value in config.items() if value is not None}

    @staticmethod
    def _render_error_response(response: ErrorResponse) -> dict[str, Any]:
        rendered = {
            "ErrorCachingMinTTL": response.ttl.to_seconds() if response.ttl is not None else None,
            "ErrorCode": response.http_status,
            # A replacement page comes with the origin's status unless another is given, as in aws-cdk-lib.
            "ResponseCode": response.response_http_status
            if response.response_http_status is not None or response.response_page_path is None
            else response.http_status,
            "ResponsePagePath": response.response_page_path,
        }
        return {key: value for key, value in rendered.items() if value is not None}


class IDistribution(Protocol):
    """A CloudFront distribution, of this app or imported."""

    @property
    def distribution_id(self) -> str:
        """The distribution's ID."""
        ...

    @property
    def distribution_domain_name(self) -> str:
        """The distribution's domain name."""
        ...

    @property
    def distribution_arn(self) -> str:
        """The distribution's ARN."""
        ...

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Give `identity` `actions` on the distribution."""
        ...

    def grant_create_invalidation(self, identity: IGrantable) -> Grant:
        """Let `identity` invalidate objects of the distribution."""
        ...


class _ImportedDistribution(Resource):
    def __init__(self, scope: Construct, id: str, distribution_id: str, domain_name: str) -> None:
        super().__init__(scope, id)
        self.distribution_id = distribution_id
        self.distribution_domain_name = domain_name
        self.domain_name = domain_name

    @property
    def distribution_arn(self) -> str:
        """The distribution's ARN."""
        return Stack.of(self).format_arn(
            service="cloudfront",
            region="",
            resource="distribution",
            resource_name=self.distribution_id,
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
        )

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Give `identity` `actions` on the distribution."""
        return _grant_on_distribution(identity, actions, self.distribution_arn)

    def grant_create_invalidation(self, identity: IGrantable) -> Grant:
        """Let `identity` invalidate objects of the distribution (`cloudfront:CreateInvalidation`)."""
        return self.grant(identity, "cloudfront:CreateInvalidation")


def _grant_on_distribution(identity: IGrantable, actions: Sequence[str], distribution_arn: str) -> Grant:
    # Deferred: aws_iam's grants load only when a grant is made.
    from ..aws_iam.grant import Grant

    return Grant.add_to_principal(grantee=identity, actions=list(actions), resource_arns=[distribution_arn])
