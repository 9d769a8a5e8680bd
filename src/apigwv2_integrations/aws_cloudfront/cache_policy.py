"""CachePolicy: a cache policy of the stack, a CloudFront managed one, or one referred to by ID; and the
behaviors that say which headers, query strings and cookies go into the cache key."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..cfn.aws_cloudfront.cache_policy import CfnCachePolicy
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ArgumentTypeError, InvalidValueError, ValidationError
from ..core.names import Names
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import ClassVar

    from ..cfn.aws_cloudfront.cache_policy import CachePolicyReference


class ICachePolicy(Protocol):
    """A cache policy: one of the stack, a managed one or one imported by ID."""

    @property
    def cache_policy_id(self) -> str:
        """The policy's ID."""
        ...

    @property
    def cache_policy_ref(self) -> CachePolicyReference:
        """A reference to the policy."""
        ...


def checked_behavior_names(names: Sequence[str], owner: str, kind: str, verb: str) -> list[str]:
    if isinstance(names, str) or not all(isinstance(name, str) for name in names):
        raise ArgumentTypeError(f"{owner}: {kind}s={names!r} must be strings; pass each name as an argument")
    if not names:
        raise InvalidValueError(f"{owner}: at least one {kind} to {verb} must be provided; name one or more")
    return list(names)


class CacheHeaderBehavior:
    """Which viewer headers go into the cache key (and to the origin)."""

    def __init__(self, behavior: str, headers: Sequence[str] | None = None) -> None:
        self.behavior = behavior
        """The CloudFront value: `none` or `whitelist`."""
        self.headers = list(headers) if headers is not None else None
        """The headers named, if any."""

    @staticmethod
    def none() -> CacheHeaderBehavior:
        """No header is in the cache key."""
        return CacheHeaderBehavior("none")

    @staticmethod
    def allow_list(*headers: str) -> CacheHeaderBehavior:
        """Only the named headers are in the cache key."""
        return CacheHeaderBehavior(
            "whitelist", checked_behavior_names(headers, "CacheHeaderBehavior.allow_list", "header", "allow")
        )

    def __repr__(self) -> str:
        return f"CacheHeaderBehavior({self.behavior!r}, {self.headers!r})"


class CacheQueryStringBehavior:
    """Which query strings go into the cache key (and to the origin)."""

    def __init__(self, behavior: str, query_strings: Sequence[str] | None = None) -> None:
        self.behavior = behavior
        """The CloudFront value: `none`, `all`, `whitelist` or `allExcept`."""
        self.query_strings = list(query_strings) if query_strings is not None else None
        """The query strings named, if any."""

    @staticmethod
    def none() -> CacheQueryStringBehavior:
        """No query string is in the cache key."""
        return CacheQueryStringBehavior("none")

    @staticmethod
    def all() -> CacheQueryStringBehavior:
        """Every query string is in the cache key."""
        return CacheQueryStringBehavior("all")

    @staticmethod
    def allow_list(*query_strings: str) -> CacheQueryStringBehavior:
        """Only the named query strings are in the cache key."""
        names = checked_behavior_names(
            query_strings, "CacheQueryStringBehavior.allow_list", "query string", "allow"
        )
        return CacheQueryStringBehavior("whitelist", names)

    @staticmethod
    def deny_list(*query_strings: str) -> CacheQueryStringBehavior:
        """Every query string but the named ones is in the cache key."""
        names = checked_behavior_names(
            query_strings, "CacheQueryStringBehavior.deny_list", "query string", "deny"
        )
        return CacheQueryStringBehavior("allExcept", names)

    def __repr__(self) -> str:
        return f"CacheQueryStringBehavior({self.behavior!r}, {self.query_strings!r})"


class CacheCookieBehavior:
    """Which cookies go into the cache key (and to the origin)."""

    def __init__(self, behavior: str, cookies: Sequence[str] | None = None) -> None:
        self.behavior = behavior
        """The CloudFront value: `none`, `all`, `whitelist` or `allExcept`."""
        self.cookies = list(cookies) if cookies is not None else None
        """The cookies named, if any."""

    @staticmethod
    def none() -> CacheCookieBehavior:
        """No cookie is in the cache key."""
        return CacheCookieBehavior("none")

    @staticmethod
    def all() -> CacheCookieBehavior:
        """Every cookie is in the cache key."""
        return CacheCookieBehavior("all")

    @staticmethod
    def allow_list(*cookies: str) -> CacheCookieBehavior:
        """Only the named cookies are in the cache key."""
        return CacheCookieBehavior(
            "whitelist", checked_behavior_names(cookies, "CacheCookieBehavior.allow_list", "cookie", "allow")
        )

    @staticmethod
    def deny_list(*cookies: str) -> CacheCookieBehavior:
        """Every cookie but the named ones is in the cache key."""
        return CacheCookieBehavior(
            "allExcept", checked_behavior_names(cookies, "CacheCookieBehavior.deny_list", "cookie", "deny")
        )

    def __repr__(self) -> str:
        return f"CacheCookieBehavior({self.behavior!r}, {self.cookies!r})"


@lazy_frozen(kw_only=True)
class CachePolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a CachePolicy."""

    cache_policy_name: str | None = None
    """The policy's name (letters, digits, '-' and '_', up to 128). Default: made from the construct path
    and the region."""
    comment: str | None = None
    """A comment (up to 128 characters). Default: none."""
    cookie_behavior: CacheCookieBehavior | None = None
    """The cookies in the cache key. Default: CacheCookieBehavior.none()."""
    default_ttl: Duration | None = None
    """How long objects stay cached when the origin says nothing. Default: 1 day, or min_ttl if longer."""
    enable_accept_encoding_brotli: bool | None = None
    """Whether Brotli-compressed objects are cached. Default: False."""
    enable_accept_encoding_gzip: bool | None = None
    """Whether gzip-compressed objects are cached. Default: False."""
    header_behavior: CacheHeaderBehavior | None = None
    """The headers in the cache key. Default: CacheHeaderBehavior.none()."""
    max_ttl: Duration | None = None
    """The longest time objects stay cached. Default: 365 days, or default_ttl if longer."""
    min_ttl: Duration | None = None
    """The shortest time objects stay cached. Default: 0 seconds."""
    query_string_behavior: CacheQueryStringBehavior | None = None
    """The query strings in the cache key. Default: CacheQueryStringBehavior.none()."""


_NAME_PATTERN = re.compile(r"^[\w-]+$")
_MAX_NAME_LENGTH = 128
_MAX_COMMENT_LENGTH = 128
# The generated name: this much of the construct's unique ID, then '-' and the region.
_GENERATED_NAME_ID_LENGTH = 110


class CachePolicy(Resource):
    """A cache policy (`AWS::CloudFront::CachePolicy`): which parts of a request make the cache key and how
    long objects are cached. The managed policies are `CachePolicy.CACHING_OPTIMIZED`, ...; an existing one
    is `CachePolicy.from_cache_policy_id(scope, id, policy_id)`."""

    AMPLIFY: ClassVar[ICachePolicy]
    """The managed policy for Amplify origins."""
    CACHING_DISABLED: ClassVar[ICachePolicy]
    """The managed policy that disables caching."""
    CACHING_OPTIMIZED: ClassVar[ICachePolicy]
    """The managed policy with long TTLs and compression, the default of every behavior."""
    CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS: ClassVar[ICachePolicy]
    """CACHING_OPTIMIZED without compression."""
    ELEMENTAL_MEDIA_PACKAGE: ClassVar[ICachePolicy]
    """The managed policy for AWS Elemental MediaPackage origins."""
    USE_ORIGIN_CACHE_CONTROL_HEADERS: ClassVar[ICachePolicy]
    """Caches by the origin's Cache-Control headers."""
    USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS: ClassVar[ICachePolicy]
    """Caches by the origin's Cache-Control headers and the query string."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cache_policy_name: str | None = None,
        comment: str | None = None,
        cookie_behavior: CacheCookieBehavior | None = None,
        default_ttl: Duration | None = None,
        enable_accept_encoding_brotli: bool | None = None,
        enable_accept_encoding_gzip: bool | None = None,
        header_behavior: CacheHeaderBehavior | None = None,
        max_ttl: Duration | None = None,
        min_ttl: Duration | None = None,
        query_string_behavior: CacheQueryStringBehavior | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=cache_policy_name)
        props = CachePolicyProps(
            cache_policy_name=cache_policy_name,
            comment=comment,
            cookie_behavior=cookie_behavior,
            default_ttl=default_ttl,
            enable_accept_encoding_brotli=enable_accept_encoding_brotli,
            enable_accept_encoding_gzip=enable_accept_encoding_gzip,
            header_behavior=header_behavior,
            max_ttl=max_ttl,
            min_ttl=min_ttl,
            query_string_behavior=query_string_behavior,
        )
        name = self._checked_name(props.cache_policy_name)
        comment = props.comment
        if comment is not None and not Token.is_unresolved(comment) and len(comment) > _MAX_COMMENT_LENGTH:
            raise ValidationError(
                self,
                f"comment={comment[:40] + '...'!r} is {len(comment)} characters long; "
                f"use at most {_MAX_COMMENT_LENGTH}",
            )
        min_seconds = self._seconds("min_ttl", props.min_ttl, 0)
        default_seconds = self._seconds("default_ttl", props.default_ttl, max(86400, min_seconds))
        max_seconds = max(self._seconds("max_ttl", props.max_ttl, 365 * 86400), default_seconds)
        cookies = props.cookie_behavior or CacheCookieBehavior.none()
        headers = props.header_behavior or CacheHeaderBehavior.none()
        query_strings = props.query_string_behavior or CacheQueryStringBehavior.none()
        self._resource = CfnCachePolicy(
            self,
            "Resource",
            cache_policy_config=CfnCachePolicy.CachePolicyConfigProperty(
                name=name,
                comment=props.comment,
                min_ttl=min_seconds,
                max_ttl=max_seconds,
                default_ttl=default_seconds,
                parameters_in_cache_key_and_forwarded_to_origin=CfnCachePolicy.ParametersInCacheKeyAndForwardedToOriginProperty(
                    cookies_config=CfnCachePolicy.CookiesConfigProperty(
                        cookie_behavior=cookies.behavior, cookies=cookies.cookies
                    ),
                    headers_config=CfnCachePolicy.HeadersConfigProperty(
                        header_behavior=headers.behavior, headers=headers.headers
                    ),
                    enable_accept_encoding_gzip=bool(props.enable_accept_encoding_gzip),
                    enable_accept_encoding_brotli=bool(props.enable_accept_encoding_brotli),
                    query_strings_config=CfnCachePolicy.QueryStringsConfigProperty(
                        query_string_behavior=query_strings.behavior,
                        query_strings=query_strings.query_strings,
                    ),
                ),
            ),
        )

    def _checked_name(self, name: str | None) -> str:
        if name is None:
            unique = Names.unique_id(self)[:_GENERATED_NAME_ID_LENGTH]
            return f"{unique}-{Stack.of(self).region}"
        if Token.is_unresolved(name):
            return name
        if not _NAME_PATTERN.match(name):
            raise ValidationError(
                self,
                f"cache_policy_name={name!r} has characters a cache policy name cannot have; use letters, "
                "digits, '-' and '_'",
            )
        if len(name) > _MAX_NAME_LENGTH:
            raise ValidationError(
                self,
                f"cache_policy_name={name[:40] + '...'!r} is {len(name)} characters long; use at most "
                f"{_MAX_NAME_LENGTH}",
            )
        return name

    def _seconds(self, prop: str, value: Duration | None, default: int) -> int:
        if value is None:
            return default
        if not isinstance(value, Duration):
            raise ArgumentTypeError(
                f"{self.node.path}: {prop}={value!r} is a {type(value).__name__}; use a Duration, "
                "e.g. Duration.minutes(5)"
            )
        if value.is_unresolved():
            return int(value.to_seconds())
        seconds = value.to_seconds(integral=False)
        if seconds != int(seconds):
            raise ValidationError(self, f"{prop}={value!r} is not a whole number of seconds; use seconds")
        return int(seconds)

    @staticmethod
    def from_cache_policy_id(scope: Construct, id: str, cache_policy_id: str) -> ICachePolicy:
        """An existing cache policy by its ID, as a construct `id` in `scope`."""
        return _ImportedCachePolicy(scope, id, cache_policy_id)

    @property
    def cache_policy_id(self) -> str:
        """The policy's ID."""
        return self._resource.ref

    @property
    def cache_policy_ref(self) -> CachePolicyReference:
        """A reference to the policy."""
        return _reference_of_cache_policy(self.cache_policy_id)


class _ManagedCachePolicy:
    """One of CloudFront's managed cache policies, by its fixed ID."""

    def __init__(self, name: str, policy_id: str) -> None:
        self._name = name
        self.cache_policy_id = policy_id

    @property
    def cache_policy_ref(self) -> CachePolicyReference:
        """A reference to the policy."""
        return _reference_of_cache_policy(self.cache_policy_id)

    def __repr__(self) -> str:
        return f"CachePolicy.{self._name}"


for _name, _policy_id in (
    ("AMPLIFY", "2e54312d-136d-493c-8eb9-b001f22f67d2"),
    ("CACHING_DISABLED", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"),
    ("CACHING_OPTIMIZED", "658327ea-f89d-4fab-a63d-7e88639e58f6"),
    ("CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS", "b2884449-e4de-46a7-ac36-70bc7f1ddd6d"),
    ("ELEMENTAL_MEDIA_PACKAGE", "08627262-05a9-4f76-9ded-b50ca2e3a84f"),
    ("USE_ORIGIN_CACHE_CONTROL_HEADERS", "83da9c7e-98b4-4e11-a168-04f0df8e2c65"),
    ("USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS", "4cc15a8a-d715-48a4-82b8-cc0b614638fe"),
):
    setattr(CachePolicy, _name, _ManagedCachePolicy(_name, _policy_id))


class _ImportedCachePolicy(Resource):
    def __init__(self, scope: Construct, id: str, policy_id: str) -> None:
        super().__init__(scope, id)
        self.cache_policy_id = policy_id

    @property
    def cache_policy_ref(self) -> CachePolicyReference:
        """A reference to the policy."""
        return _reference_of_cache_policy(self.cache_policy_id)


def _reference_of_cache_policy(policy_id: str) -> CachePolicyReference:
    # The L1 module loads only when a reference is asked for.
    from ..cfn.aws_cloudfront.cache_policy import CachePolicyReference

    return CachePolicyReference(cache_policy_id=policy_id)
