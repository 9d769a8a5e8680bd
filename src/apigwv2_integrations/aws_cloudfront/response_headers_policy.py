"""ResponseHeadersPolicy: a response headers policy of the stack, a CloudFront managed one, or one referred
to by ID; and the CORS, security and custom headers it adds to responses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..cfn.aws_cloudfront.response_headers_policy import CfnResponseHeadersPolicy
from ..core.construct import Construct
from ..core.converters import optional_tuple, to_tuple
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ..cfn.aws_cloudfront.response_headers_policy import ResponseHeadersPolicyReference


class IResponseHeadersPolicy(Protocol):
    """A response headers policy: one of the stack, a managed one or one imported by ID."""

    @property
    def response_headers_policy_id(self) -> str:
        """The policy's ID."""
        ...

    @property
    def response_headers_policy_ref(self) -> ResponseHeadersPolicyReference:
        """A reference to the policy."""
        ...


class HeadersFrameOption(SimpleEnum):
    """The value of the X-Frame-Options header."""

    DENY = "DENY"
    SAMEORIGIN = "SAMEORIGIN"


class HeadersReferrerPolicy(SimpleEnum):
    """The value of the Referrer-Policy header."""

    NO_REFERRER = "no-referrer"
    NO_REFERRER_WHEN_DOWNGRADE = "no-referrer-when-downgrade"
    ORIGIN = "origin"
    ORIGIN_WHEN_CROSS_ORIGIN = "origin-when-cross-origin"
    SAME_ORIGIN = "same-origin"
    STRICT_ORIGIN = "strict-origin"
    STRICT_ORIGIN_WHEN_CROSS_ORIGIN = "strict-origin-when-cross-origin"
    UNSAFE_URL = "unsafe-url"


@lazy_frozen(kw_only=True)
class ResponseHeadersCorsBehavior(metaclass=LazyAttrsMeta):
    """The CORS headers CloudFront adds to responses."""

    access_control_allow_credentials: bool
    """The Access-Control-Allow-Credentials value."""
    access_control_allow_headers: Sequence[str] = field(converter=to_tuple)
    """The Access-Control-Allow-Headers values."""
    access_control_allow_methods: Sequence[str] = field(converter=to_tuple)
    """The Access-Control-Allow-Methods values (GET, DELETE, HEAD, OPTIONS, PATCH, POST, PUT, or ALL)."""
    access_control_allow_origins: Sequence[str] = field(converter=to_tuple)
    """The Access-Control-Allow-Origin values."""
    origin_override: bool
    """Whether these replace the origin's CORS headers."""
    access_control_expose_headers: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The Access-Control-Expose-Headers values. Default: none."""
    access_control_max_age: Duration | None = None
    """The Access-Control-Max-Age value. Default: none."""


@lazy_frozen(kw_only=True)
class ResponseCustomHeader(metaclass=LazyAttrsMeta):
    """A header CloudFront adds to responses."""

    header: str
    """The header's name."""
    override: bool
    """Whether it replaces the origin's header of the same name."""
    value: str
    """The header's value."""


def _to_custom_headers(
    value: Sequence[ResponseCustomHeader | Mapping[str, Any]],
) -> tuple[ResponseCustomHeader, ...]:
    return tuple(ResponseCustomHeader(**item) if isinstance(item, Mapping) else item for item in value)


@lazy_frozen(kw_only=True)
class ResponseCustomHeadersBehavior(metaclass=LazyAttrsMeta):
    """The custom headers CloudFront adds to responses."""

    custom_headers: Sequence[ResponseCustomHeader] = field(converter=_to_custom_headers)
    """The headers."""


@lazy_frozen(kw_only=True)
class ResponseHeadersContentSecurityPolicy(metaclass=LazyAttrsMeta):
    """The Content-Security-Policy header."""

    content_security_policy: str
    """The policy directives."""
    override: bool
    """Whether it replaces the origin's header."""


@lazy_frozen(kw_only=True)
class ResponseHeadersContentTypeOptions(metaclass=LazyAttrsMeta):
    """The X-Content-Type-Options header (`nosniff`)."""

    override: bool
    """Whether it replaces the origin's header."""


@lazy_frozen(kw_only=True)
class ResponseHeadersFrameOptions(metaclass=LazyAttrsMeta):
    """The X-Frame-Options header."""

    frame_option: HeadersFrameOption
    """The header's value."""
    override: bool
    """Whether it replaces the origin's header."""


@lazy_frozen(kw_only=True)
class ResponseHeadersReferrerPolicy(metaclass=LazyAttrsMeta):
    """The Referrer-Policy header."""

    override: bool
    """Whether it replaces the origin's header."""
    referrer_policy: HeadersReferrerPolicy
    """The header's value."""


@lazy_frozen(kw_only=True)
class ResponseHeadersStrictTransportSecurity(metaclass=LazyAttrsMeta):
    """The Strict-Transport-Security header."""

    access_control_max_age: Duration
    """The max-age directive."""
    override: bool
    """Whether it replaces the origin's header."""
    include_subdomains: bool | None = None
    """Whether to add the includeSubDomains directive. Default: no."""
    preload: bool | None = None
    """Whether to add the preload directive. Default: no."""


@lazy_frozen(kw_only=True)
class ResponseHeadersXSSProtection(metaclass=LazyAttrsMeta):
    """The X-XSS-Protection header."""

    override: bool
    """Whether it replaces the origin's header."""
    protection: bool
    """Whether XSS filtering is on (1) or off (0)."""
    mode_block: bool | None = None
    """Whether to add `mode=block`. Default: no."""
    report_uri: str | None = None
    """A URI to report blocked attacks to. Default: none."""


def _to_content_security_policy(value: Any) -> ResponseHeadersContentSecurityPolicy | None:
    return ResponseHeadersContentSecurityPolicy(**value) if isinstance(value, Mapping) else value


def _to_content_type_options(value: Any) -> ResponseHeadersContentTypeOptions | None:
    return ResponseHeadersContentTypeOptions(**value) if isinstance(value, Mapping) else value


def _to_frame_options(value: Any) -> ResponseHeadersFrameOptions | None:
    return ResponseHeadersFrameOptions(**value) if isinstance(value, Mapping) else value


def _to_referrer_policy(value: Any) -> ResponseHeadersReferrerPolicy | None:
    return ResponseHeadersReferrerPolicy(**value) if isinstance(value, Mapping) else value


def _to_strict_transport_security(value: Any) -> ResponseHeadersStrictTransportSecurity | None:
    return ResponseHeadersStrictTransportSecurity(**value) if isinstance(value, Mapping) else value


def _to_xss_protection(value: Any) -> ResponseHeadersXSSProtection | None:
    return ResponseHeadersXSSProtection(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class ResponseSecurityHeadersBehavior(metaclass=LazyAttrsMeta):
    """The security headers CloudFront adds to responses; each one left out is not added."""

    content_security_policy: ResponseHeadersContentSecurityPolicy | None = field(
        default=None, converter=_to_content_security_policy
    )
    """The Content-Security-Policy header. Default: none."""
    content_type_options: ResponseHeadersContentTypeOptions | None = field(
        default=None, converter=_to_content_type_options
    )
    """The X-Content-Type-Options header. Default: none."""
    frame_options: ResponseHeadersFrameOptions | None = field(default=None, converter=_to_frame_options)
    """The X-Frame-Options header. Default: none."""
    referrer_policy: ResponseHeadersReferrerPolicy | None = field(default=None, converter=_to_referrer_policy)
    """The Referrer-Policy header. Default: none."""
    strict_transport_security: ResponseHeadersStrictTransportSecurity | None = field(
        default=None, converter=_to_strict_transport_security
    )
    """The Strict-Transport-Security header. Default: none."""
    xss_protection: ResponseHeadersXSSProtection | None = field(default=None, converter=_to_xss_protection)
    """The X-XSS-Protection header. Default: none."""


def _to_cors_behavior(value: Any) -> ResponseHeadersCorsBehavior | None:
    return ResponseHeadersCorsBehavior(**value) if isinstance(value, Mapping) else value


def _to_custom_headers_behavior(value: Any) -> ResponseCustomHeadersBehavior | None:
    return ResponseCustomHeadersBehavior(**value) if isinstance(value, Mapping) else value


def _to_security_headers_behavior(value: Any) -> ResponseSecurityHeadersBehavior | None:
    return ResponseSecurityHeadersBehavior(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class ResponseHeadersPolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a ResponseHeadersPolicy."""

    comment: str | None = None
    """A comment. Default: none."""
    cors_behavior: ResponseHeadersCorsBehavior | None = field(default=None, converter=_to_cors_behavior)
    """The CORS headers. Default: none."""
    custom_headers_behavior: ResponseCustomHeadersBehavior | None = field(
        default=None, converter=_to_custom_headers_behavior
    )
    """Custom headers. Default: none."""
    remove_headers: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Headers removed from the origin's responses. Default: none."""
    response_headers_policy_name: str | None = None
    """The policy's name. Default: made from the construct path."""
    security_headers_behavior: ResponseSecurityHeadersBehavior | None = field(
        default=None, converter=_to_security_headers_behavior
    )
    """The security headers. Default: none."""
    server_timing_sampling_rate: float | None = None
    """The percentage (0 to 100, up to four decimals) of responses given a Server-Timing header. Default:
    no Server-Timing header."""


_MAX_NAME_LENGTH = 128
_CORS_METHODS = ("GET", "DELETE", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "ALL")
# Headers CloudFront does not let a policy remove.
_READ_ONLY_HEADERS = ("content-encoding", "content-length", "transfer-encoding", "via", "warning")


class ResponseHeadersPolicy(Resource):
    """A response headers policy (`AWS::CloudFront::ResponseHeadersPolicy`): the headers CloudFront adds to
    or removes from responses. The managed policies are `ResponseHeadersPolicy.SECURITY_HEADERS`, ...; an
    existing one is `ResponseHeadersPolicy.from_response_headers_policy_id(scope, id, policy_id)`."""

    CORS_ALLOW_ALL_ORIGINS: ClassVar[IResponseHeadersPolicy]
    """CORS for every origin."""
    CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS: ClassVar[IResponseHeadersPolicy]
    """CORS for every origin, and the security headers."""
    CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT: ClassVar[IResponseHeadersPolicy]
    """CORS for every origin, preflight requests included."""
    CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT_AND_SECURITY_HEADERS: ClassVar[IResponseHeadersPolicy]
    """CORS with preflight for every origin, and the security headers."""
    SECURITY_HEADERS: ClassVar[IResponseHeadersPolicy]
    """The security headers."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        cors_behavior: ResponseHeadersCorsBehavior | Mapping[str, Any] | None = None,
        custom_headers_behavior: ResponseCustomHeadersBehavior | Mapping[str, Any] | None = None,
        remove_headers: Sequence[str] | None = None,
        response_headers_policy_name: str | None = None,
        security_headers_behavior: ResponseSecurityHeadersBehavior | Mapping[str, Any] | None = None,
        server_timing_sampling_rate: float | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=response_headers_policy_name)
        props = ResponseHeadersPolicyProps(
            comment=comment,
            cors_behavior=cors_behavior,
            custom_headers_behavior=custom_headers_behavior,
            remove_headers=remove_headers,
            response_headers_policy_name=response_headers_policy_name,
            security_headers_behavior=security_headers_behavior,
            server_timing_sampling_rate=server_timing_sampling_rate,
        )
        name = props.response_headers_policy_name or Names.unique_resource_name(
            self, max_length=_MAX_NAME_LENGTH
        )
        self._resource = CfnResponseHeadersPolicy(
            self,
            "Resource",
            response_headers_policy_config=CfnResponseHeadersPolicy.ResponseHeadersPolicyConfigProperty(
                name=name,
                comment=props.comment,
                cors_config=self._render_cors(props.cors_behavior),
                custom_headers_config=self._render_custom_headers(props.custom_headers_behavior),
                security_headers_config=self._render_security_headers(props.security_headers_behavior),
                remove_headers_config=self._render_remove_headers(props.remove_headers),
                server_timing_headers_config=self._render_server_timing(props.server_timing_sampling_rate),
            ),
        )

    def _render_cors(
        self, cors: ResponseHeadersCorsBehavior | None
    ) -> CfnResponseHeadersPolicy.CorsConfigProperty | None:
        if cors is None:
            return None
        if cors.access_control_allow_credentials and any(
            "*" in header for header in cors.access_control_allow_headers
        ):
            raise ValidationError(
                self,
                f"cors_behavior.access_control_allow_headers={list(cors.access_control_allow_headers)!r} has "
                "'*' while access_control_allow_credentials is True; name the headers one by one",
            )
        methods = list(cors.access_control_allow_methods)
        unknown = [method for method in methods if method not in _CORS_METHODS]
        if unknown:
            raise ValidationError(
                self,
                f"cors_behavior.access_control_allow_methods={methods!r} has unexpected method names "
                f"{unknown!r}; use {', '.join(_CORS_METHODS)}",
            )
        if "ALL" in methods and len(methods) > 1:
            raise ValidationError(
                self,
                f"cors_behavior.access_control_allow_methods={methods!r} combines 'ALL' with specific "
                "methods; give ['ALL'] alone or the methods alone",
            )
        expose = cors.access_control_expose_headers
        max_age = cors.access_control_max_age
        return CfnResponseHeadersPolicy.CorsConfigProperty(
            access_control_allow_credentials=cors.access_control_allow_credentials,
            access_control_allow_headers=CfnResponseHeadersPolicy.AccessControlAllowHeadersProperty(
                items=list(cors.access_control_allow_headers)
            ),
            access_control_allow_methods=CfnResponseHeadersPolicy.AccessControlAllowMethodsProperty(
                items=methods
            ),
            access_control_allow_origins=CfnResponseHeadersPolicy.AccessControlAllowOriginsProperty(
                items=list(cors.access_control_allow_origins)
            ),
            access_control_expose_headers=CfnResponseHeadersPolicy.AccessControlExposeHeadersProperty(
                items=list(expose)
            )
            if expose is not None
            else None,
            access_control_max_age_sec=max_age.to_seconds() if max_age is not None else None,
            origin_override=cors.origin_override,
        )

    @staticmethod
    def _render_custom_headers(
        custom: ResponseCustomHeadersBehavior | None,
    ) -> CfnResponseHeadersPolicy.CustomHeadersConfigProperty | None:
        if custom is None:
            return None
        return CfnResponseHeadersPolicy.CustomHeadersConfigProperty(
            items=[
                CfnResponseHeadersPolicy.CustomHeaderProperty(
                    header=header.header, override=header.override, value=header.value
                )
                for header in custom.custom_headers
            ]
        )

    @staticmethod
    def _render_security_headers(
        security: ResponseSecurityHeadersBehavior | None,
    ) -> CfnResponseHeadersPolicy.SecurityHeadersConfigProperty | None:
        if security is None:
            return None
        csp = security.content_security_policy
        type_options = security.content_type_options
        frame = security.frame_options
        referrer = security.referrer_policy
        hsts = security.strict_transport_security
        xss = security.xss_protection
        return CfnResponseHeadersPolicy.SecurityHeadersConfigProperty(
            content_security_policy=CfnResponseHeadersPolicy.ContentSecurityPolicyProperty(
                content_security_policy=csp.content_security_policy, override=csp.override
            )
            if csp is not None
            else None,
            content_type_options=CfnResponseHeadersPolicy.ContentTypeOptionsProperty(
                override=type_options.override
            )
            if type_options is not None
            else None,
            frame_options=CfnResponseHeadersPolicy.FrameOptionsProperty(
                frame_option=frame.frame_option.value, override=frame.override
            )
            if frame is not None
            else None,
            referrer_policy=CfnResponseHeadersPolicy.ReferrerPolicyProperty(
                override=referrer.override, referrer_policy=referrer.referrer_policy.value
            )
            if referrer is not None
            else None,
            strict_transport_security=CfnResponseHeadersPolicy.StrictTransportSecurityProperty(
                access_control_max_age_sec=hsts.access_control_max_age.to_seconds(),
                include_subdomains=hsts.include_subdomains,
                override=hsts.override,
                preload=hsts.preload,
            )
            if hsts is not None
            else None,
            xss_protection=CfnResponseHeadersPolicy.XSSProtectionProperty(
                mode_block=xss.mode_block,
                override=xss.override,
                protection=xss.protection,
                report_uri=xss.report_uri,
            )
            if xss is not None
            else None,
        )

    def _render_remove_headers(
        self, headers: Sequence[str] | None
    ) -> CfnResponseHeadersPolicy.RemoveHeadersConfigProperty | None:
        if headers is None:
            return None
        for header in headers:
            if not Token.is_unresolved(header) and header.lower() in _READ_ONLY_HEADERS:
                raise ValidationError(
                    self,
                    f"remove_headers has the read-only header {header!r}, which CloudFront cannot remove; "
                    f"leave out {', '.join(_READ_ONLY_HEADERS)}",
                )
        return CfnResponseHeadersPolicy.RemoveHeadersConfigProperty(
            items=[CfnResponseHeadersPolicy.RemoveHeaderProperty(header=header) for header in headers]
        )

    def _render_server_timing(
        self, rate: float | None
    ) -> CfnResponseHeadersPolicy.ServerTimingHeadersConfigProperty | None:
        # A rate of 0 adds no Server-Timing configuration, as in aws-cdk-lib.
        if not rate:
            return None
        if not Token.is_unresolved(rate):
            if not 0 <= rate <= 100:
                raise ValidationError(
                    self, f"server_timing_sampling_rate={rate!r} is out of range; use 0 to 100 (inclusive)"
                )
            if round(rate, 4) != rate:
                raise ValidationError(
                    self, f"server_timing_sampling_rate={rate!r} has more than four decimal places; round it"
                )
        return CfnResponseHeadersPolicy.ServerTimingHeadersConfigProperty(enabled=True, sampling_rate=rate)

    @staticmethod
    def from_response_headers_policy_id(
        scope: Construct, id: str, response_headers_policy_id: str
    ) -> IResponseHeadersPolicy:
        """An existing response headers policy by its ID, as a construct `id` in `scope`."""
        return _ImportedResponseHeadersPolicy(scope, id, response_headers_policy_id)

    @property
    def response_headers_policy_id(self) -> str:
        """The policy's ID."""
        return self._resource.ref

    @property
    def response_headers_policy_ref(self) -> ResponseHeadersPolicyReference:
        """A reference to the policy."""
        return _reference_of_response_headers_policy(self.response_headers_policy_id)


class _ManagedResponseHeadersPolicy:
    """One of CloudFront's managed response headers policies, by its fixed ID."""

    def __init__(self, name: str, policy_id: str) -> None:
        self._name = name
        self.response_headers_policy_id = policy_id

    @property
    def response_headers_policy_ref(self) -> ResponseHeadersPolicyReference:
        """A reference to the policy."""
        return _reference_of_response_headers_policy(self.response_headers_policy_id)

    def __repr__(self) -> str:
        return f"ResponseHeadersPolicy.{self._name}"


for _name, _policy_id in (
    ("CORS_ALLOW_ALL_ORIGINS", "60669652-455b-4ae9-85a4-c4c02393f86c"),
    ("CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS", "e61eb60c-9c35-4d20-a928-2b84e02af89c"),
    ("CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT", "5cc3b908-e619-4b99-88e5-2cf7f45965bd"),
    ("CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT_AND_SECURITY_HEADERS", "eaab4381-ed33-4a86-88ca-d9558dc6cd63"),
    ("SECURITY_HEADERS", "67f7725c-6f97-4210-82d7-5512b31e9d03"),
):
    setattr(ResponseHeadersPolicy, _name, _ManagedResponseHeadersPolicy(_name, _policy_id))


class _ImportedResponseHeadersPolicy(Resource):
    def __init__(self, scope: Construct, id: str, policy_id: str) -> None:
        super().__init__(scope, id)
        self.response_headers_policy_id = policy_id

    @property
    def response_headers_policy_ref(self) -> ResponseHeadersPolicyReference:
        """A reference to the policy."""
        return _reference_of_response_headers_policy(self.response_headers_policy_id)


def _reference_of_response_headers_policy(policy_id: str) -> ResponseHeadersPolicyReference:
    # The L1 module loads only when a reference is asked for.
    from ..cfn.aws_cloudfront.response_headers_policy import ResponseHeadersPolicyReference

    return ResponseHeadersPolicyReference(response_headers_policy_id=policy_id)
