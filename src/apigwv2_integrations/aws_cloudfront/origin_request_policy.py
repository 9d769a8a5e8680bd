"""OriginRequestPolicy: an origin request policy of the stack, a CloudFront managed one, or one referred
to by ID; and the behaviors that say which headers, query strings and cookies go to the origin."""

from __future__ import annotations

import re

from ..cfn.aws_cloudfront.origin_request_policy import CfnOriginRequestPolicy
from ..core.construct import Construct
from ..core.errors import InvalidValueError, ValidationError
from ..core.names import Names
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token
from .cache_policy import checked_behavior_names

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import ClassVar

    from ..cfn.aws_cloudfront.origin_request_policy import OriginRequestPolicyReference


class IOriginRequestPolicy(Protocol):
    """An origin request policy: one of the stack, a managed one or one imported by ID."""

    @property
    def origin_request_policy_id(self) -> str:
        """The policy's ID."""
        ...

    @property
    def origin_request_policy_ref(self) -> OriginRequestPolicyReference:
        """A reference to the policy."""
        ...


# Headers CloudFront takes only from a cache policy.
_CACHE_POLICY_HEADERS = ("authorization", "accept-encoding")


class OriginRequestHeaderBehavior:
    """Which viewer headers (and CloudFront headers) go to the origin."""

    def __init__(self, behavior: str, headers: Sequence[str] | None = None) -> None:
        self.behavior = behavior
        """The CloudFront value: `none`, `allViewer`, `allViewerAndWhitelistCloudFront`, `whitelist` or
        `allExcept`."""
        self.headers = list(headers) if headers is not None else None
        """The headers named, if any."""

    @staticmethod
    def none() -> OriginRequestHeaderBehavior:
        """No viewer header goes to the origin (those of the cache policy still do)."""
        return OriginRequestHeaderBehavior("none")

    @staticmethod
    def all(*cloudfront_headers: str) -> OriginRequestHeaderBehavior:
        """Every viewer header, and the named CloudFront headers (`CloudFront-Viewer-Country`, ...)."""
        if not cloudfront_headers:
            return OriginRequestHeaderBehavior("allViewer")
        names = checked_behavior_names(cloudfront_headers, "OriginRequestHeaderBehavior.all", "header", "add")
        for name in names:
            if not name.startswith("CloudFront-"):
                raise InvalidValueError(
                    f"OriginRequestHeaderBehavior.all: {name!r} is not a CloudFront header; the additional "
                    "headers must begin with 'CloudFront-'"
                )
        return OriginRequestHeaderBehavior("allViewerAndWhitelistCloudFront", names)

    @staticmethod
    def allow_list(*headers: str) -> OriginRequestHeaderBehavior:
        """Only the named viewer headers (and CloudFront headers)."""
        names = checked_behavior_names(headers, "OriginRequestHeaderBehavior.allow_list", "header", "allow")
        for name in names:
            if name.lower() in _CACHE_POLICY_HEADERS:
                raise InvalidValueError(
                    f"OriginRequestHeaderBehavior.allow_list: {name!r} cannot be passed by an origin request "
                    "policy; use a CachePolicy to forward the Authorization and Accept-Encoding headers"
                )
        return OriginRequestHeaderBehavior("whitelist", names)

    @staticmethod
    def deny_list(*headers: str) -> OriginRequestHeaderBehavior:
        """Every viewer header but the named ones."""
        names = checked_behavior_names(headers, "OriginRequestHeaderBehavior.deny_list", "header", "deny")
        return OriginRequestHeaderBehavior("allExcept", names)

    def __repr__(self) -> str:
        return f"OriginRequestHeaderBehavior({self.behavior!r}, {self.headers!r})"


class OriginRequestQueryStringBehavior:
    """Which query strings go to the origin."""

    def __init__(self, behavior: str, query_strings: Sequence[str] | None = None) -> None:
        self.behavior = behavior
        """The CloudFront value: `none`, `all`, `whitelist` or `allExcept`."""
        self.query_strings = list(query_strings) if query_strings is not None else None
        """The query strings named, if any."""

    @staticmethod
    def none() -> OriginRequestQueryStringBehavior:
        """No query string goes to the origin (those of the cache policy still do)."""
        return OriginRequestQueryStringBehavior("none")

    @staticmethod
    def all() -> OriginRequestQueryStringBehavior:
        """Every query string."""
        return OriginRequestQueryStringBehavior("all")

    @staticmethod
    def allow_list(*query_strings: str) -> OriginRequestQueryStringBehavior:
        """Only the named query strings."""
        names = checked_behavior_names(
            query_strings, "OriginRequestQueryStringBehavior.allow_list", "query string", "allow"
        )
        return OriginRequestQueryStringBehavior("whitelist", names)

    @staticmethod
    def deny_list(*query_strings: str) -> OriginRequestQueryStringBehavior:
        """Every query string but the named ones."""
        names = checked_behavior_names(
            query_strings, "OriginRequestQueryStringBehavior.deny_list", "query string", "deny"
        )
        return OriginRequestQueryStringBehavior("allExcept", names)

    def __repr__(self) -> str:
        return f"OriginRequestQueryStringBehavior({self.behavior!r}, {self.query_strings!r})"


class OriginRequestCookieBehavior:
    """Which cookies go to the origin."""

    def __init__(self, behavior: str, cookies: Sequence[str] | None = None) -> None:
        self.behavior = behavior
        """The CloudFront value: `none`, `all`, `whitelist` or `allExcept`."""
        self.cookies = list(cookies) if cookies is not None else None
        """The cookies named, if any."""

    @staticmethod
    def none() -> OriginRequestCookieBehavior:
        """No cookie goes to the origin (those of the cache policy still do)."""
        return OriginRequestCookieBehavior("none")

    @staticmethod
    def all() -> OriginRequestCookieBehavior:
        """Every cookie."""
        return OriginRequestCookieBehavior("all")

    @staticmethod
    def allow_list(*cookies: str) -> OriginRequestCookieBehavior:
        """Only the named cookies."""
        names = checked_behavior_names(cookies, "OriginRequestCookieBehavior.allow_list", "cookie", "allow")
        return OriginRequestCookieBehavior("whitelist", names)

    @staticmethod
    def deny_list(*cookies: str) -> OriginRequestCookieBehavior:
        """Every cookie but the named ones."""
        names = checked_behavior_names(cookies, "OriginRequestCookieBehavior.deny_list", "cookie", "deny")
        return OriginRequestCookieBehavior("allExcept", names)

    def __repr__(self) -> str:
        return f"OriginRequestCookieBehavior({self.behavior!r}, {self.cookies!r})"


@lazy_frozen(kw_only=True)
class OriginRequestPolicyProps(metaclass=LazyAttrsMeta):
    """Properties of an OriginRequestPolicy."""

    comment: str | None = None
    """A comment. Default: none."""
    cookie_behavior: OriginRequestCookieBehavior | None = None
    """The cookies sent to the origin. Default: OriginRequestCookieBehavior.none()."""
    header_behavior: OriginRequestHeaderBehavior | None = None
    """The headers sent to the origin. Default: OriginRequestHeaderBehavior.none()."""
    origin_request_policy_name: str | None = None
    """The policy's name (letters, digits, '-' and '_'). Default: made from the construct path."""
    query_string_behavior: OriginRequestQueryStringBehavior | None = None
    """The query strings sent to the origin. Default: OriginRequestQueryStringBehavior.none()."""


_NAME_PATTERN = re.compile(r"^[\w-]+$")


class OriginRequestPolicy(Resource):
    """An origin request policy (`AWS::CloudFront::OriginRequestPolicy`): which parts of a viewer request
    CloudFront sends on to the origin. The managed policies are `OriginRequestPolicy.ALL_VIEWER`, ...; an
    existing one is `OriginRequestPolicy.from_origin_request_policy_id(scope, id, policy_id)`."""

    ALL_VIEWER: ClassVar[IOriginRequestPolicy]
    """Forwards every viewer header, cookie and query string."""
    ALL_VIEWER_AND_CLOUDFRONT_2022: ClassVar[IOriginRequestPolicy]
    """ALL_VIEWER plus the CloudFront headers."""
    ALL_VIEWER_EXCEPT_HOST_HEADER: ClassVar[IOriginRequestPolicy]
    """ALL_VIEWER without the Host header (for API Gateway and Lambda URL origins)."""
    CORS_CUSTOM_ORIGIN: ClassVar[IOriginRequestPolicy]
    """Forwards the CORS headers to a custom origin."""
    CORS_S3_ORIGIN: ClassVar[IOriginRequestPolicy]
    """Forwards the CORS headers to an S3 origin."""
    ELEMENTAL_MEDIA_TAILOR: ClassVar[IOriginRequestPolicy]
    """The policy for AWS Elemental MediaTailor origins."""
    USER_AGENT_REFERER_HEADERS: ClassVar[IOriginRequestPolicy]
    """Forwards the User-Agent and Referer headers."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        cookie_behavior: OriginRequestCookieBehavior | None = None,
        header_behavior: OriginRequestHeaderBehavior | None = None,
        origin_request_policy_name: str | None = None,
        query_string_behavior: OriginRequestQueryStringBehavior | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=origin_request_policy_name)
        props = OriginRequestPolicyProps(
            comment=comment,
            cookie_behavior=cookie_behavior,
            header_behavior=header_behavior,
            origin_request_policy_name=origin_request_policy_name,
            query_string_behavior=query_string_behavior,
        )
        name = props.origin_request_policy_name
        if name is None:
            name = Names.unique_id(self)
        elif not Token.is_unresolved(name) and not _NAME_PATTERN.match(name):
            raise ValidationError(
                self,
                f"origin_request_policy_name={name!r} has characters a policy name cannot have; use letters, "
                "digits, '-' and '_'",
            )
        cookies = props.cookie_behavior or OriginRequestCookieBehavior.none()
        headers = props.header_behavior or OriginRequestHeaderBehavior.none()
        query_strings = props.query_string_behavior or OriginRequestQueryStringBehavior.none()
        self._resource = CfnOriginRequestPolicy(
            self,
            "Resource",
            origin_request_policy_config=CfnOriginRequestPolicy.OriginRequestPolicyConfigProperty(
                name=name,
                comment=props.comment,
                cookies_config=CfnOriginRequestPolicy.CookiesConfigProperty(
                    cookie_behavior=cookies.behavior, cookies=cookies.cookies
                ),
                headers_config=CfnOriginRequestPolicy.HeadersConfigProperty(
                    header_behavior=headers.behavior, headers=headers.headers
                ),
                query_strings_config=CfnOriginRequestPolicy.QueryStringsConfigProperty(
                    query_string_behavior=query_strings.behavior, query_strings=query_strings.query_strings
                ),
            ),
        )

    @staticmethod
    def from_origin_request_policy_id(
        scope: Construct, id: str, origin_request_policy_id: str
    ) -> IOriginRequestPolicy:
        """An existing origin request policy by its ID, as a construct `id` in `scope`."""
        return _ImportedOriginRequestPolicy(scope, id, origin_request_policy_id)

    @property
    def origin_request_policy_id(self) -> str:
        """The policy's ID."""
        return self._resource.ref

    @property
    def origin_request_policy_ref(self) -> OriginRequestPolicyReference:
        """A reference to the policy."""
        return _reference_of_origin_request_policy(self.origin_request_policy_id)


class _ManagedOriginRequestPolicy:
    """One of CloudFront's managed origin request policies, by its fixed ID."""

    def __init__(self, name: str, policy_id: str) -> None:
        self._name = name
        self.origin_request_policy_id = policy_id

    @property
    def origin_request_policy_ref(self) -> OriginRequestPolicyReference:
        """A reference to the policy."""
        return _reference_of_origin_request_policy(self.origin_request_policy_id)

    def __repr__(self) -> str:
        return f"OriginRequestPolicy.{self._name}"


for _name, _policy_id in (
    ("ALL_VIEWER", "216adef6-5c7f-47e4-b989-5492eafa07d3"),
    ("ALL_VIEWER_AND_CLOUDFRONT_2022", "33f36d7e-f396-46d9-90e0-52428a34d9dc"),
    ("ALL_VIEWER_EXCEPT_HOST_HEADER", "b689b0a8-53d0-40ab-baf2-68738e2966ac"),
    ("CORS_CUSTOM_ORIGIN", "59781a5b-3903-41f3-afcb-af62929ccde1"),
    ("CORS_S3_ORIGIN", "88a5eaf4-2fd4-4709-b370-b4c650ea3fcf"),
    ("ELEMENTAL_MEDIA_TAILOR", "775133bc-15f2-49f9-abea-afb2e0bf67d2"),
    ("USER_AGENT_REFERER_HEADERS", "acba4595-bd28-49b8-b9fe-13317c0390fa"),
):
    setattr(OriginRequestPolicy, _name, _ManagedOriginRequestPolicy(_name, _policy_id))


class _ImportedOriginRequestPolicy(Resource):
    def __init__(self, scope: Construct, id: str, policy_id: str) -> None:
        super().__init__(scope, id)
        self.origin_request_policy_id = policy_id

    @property
    def origin_request_policy_ref(self) -> OriginRequestPolicyReference:
        """A reference to the policy."""
        return _reference_of_origin_request_policy(self.origin_request_policy_id)


def _reference_of_origin_request_policy(policy_id: str) -> OriginRequestPolicyReference:
    # The L1 module loads only when a reference is asked for.
    from ..cfn.aws_cloudfront.origin_request_policy import OriginRequestPolicyReference

    return OriginRequestPolicyReference(origin_request_policy_id=policy_id)
