"""IOrigin and OriginBase: what a distribution's behaviors send requests to."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.runtime_typing import TYPE_CHECKING, Protocol
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from ..core.tokens.resolvable import IResolvable
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class OriginBindOptions(metaclass=LazyAttrsMeta):
    """What a distribution tells an origin it binds."""

    origin_id: str
    """The ID of the origin in the distribution."""
    distribution_id: str | None = None
    """The ID of the distribution (a token). Default: not given."""


@lazy_frozen(kw_only=True)
class OriginBindConfig(metaclass=LazyAttrsMeta):
    """What an origin gives the distribution it is bound to."""

    origin_property: Mapping[str, Any] | IResolvable | None = None
    """The origin as the distribution renders it (CloudFormation names), or a token resolving to it."""


class IOrigin(Protocol):
    """An origin of a distribution."""

    def bind(
        self, scope: Construct, *, origin_id: str, distribution_id: str | None = None
    ) -> OriginBindConfig:
        """Called when the origin is added to a distribution, with a scope of its own there."""
        ...


# Keywords of aws_cdk's origins this package does not render yet: refused by name.
_UNSUPPORTED_ORIGIN_KEYWORDS = (
    "origin_shield_enabled",
    "origin_shield_region",
    "response_completion_timeout",
    "ip_address_type",
)


def _check_seconds(
    scope: Construct, name: str, value: Duration | None, lowest: int, highest: int
) -> int | None:
    if value is None:
        return None
    if not isinstance(value, Duration):
        raise ArgumentTypeError(
            f"{scope.node.path}: {name}={value!r} is a {type(value).__name__}; use a Duration, "
            f"e.g. Duration.seconds({lowest})"
        )
    seconds = value.to_seconds(integral=False)
    if Token.is_unresolved(seconds):
        return int(seconds)
    if seconds != int(seconds) or not lowest <= seconds <= highest:
        raise ValidationError(
            scope,
            f"{name}={value!r} is out of range; use a whole number of seconds from {lowest} to {highest}",
        )
    return int(seconds)


class OriginBase:
    """Base of the origins: the domain name, path, ID, headers and connection settings every origin has."""

    def __init__(
        self,
        domain_name: str,
        *,
        connection_attempts: int | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        **unsupported: Any,
    ) -> None:
        refuse_unsupported(type(self).__name__, unsupported)
        if not isinstance(domain_name, str):
            raise ArgumentTypeError(
                f"{type(self).__name__}: domain_name={domain_name!r} is a {type(domain_name).__name__}; "
                "use a str, e.g. 'example.com'"
            )
        self.domain_name = domain_name
        self._connection_attempts = connection_attempts
        self._connection_timeout = connection_timeout
        self._custom_headers = dict(custom_headers) if custom_headers else None
        self._origin_access_control_id = origin_access_control_id
        self._origin_id = origin_id
        self._origin_path = origin_path

    @property
    def origin_id(self) -> str | None:
        """The ID given to the origin. Default: a unique ID the distribution makes."""
        return self._origin_id

    def bind(
        self, scope: Construct, *, origin_id: str, distribution_id: str | None = None
    ) -> OriginBindConfig:
        """Add what the origin needs to the distribution (`scope` is the origin's own scope there) and
        give the origin as the distribution renders it."""
        access_control_id = self._bind_access(scope, distribution_id)
        # Rendered at synthesis, when the checks below report: their errors name the distribution, which
        # is the origin scope's parent.
        error_scope = scope.node.scope or scope
        return OriginBindConfig(
            origin_property=Lazy.any(lambda: self._render(error_scope, origin_id, access_control_id))
        )

    def _bind_access(self, scope: Construct, distribution_id: str | None) -> str | None:
        """Create what gives the distribution access to the origin (once per distribution) and give the
        ID of the origin access control to render, if any."""
        return self._origin_access_control_id

    def _render(self, scope: Construct, origin_id: str, access_control_id: str | None) -> dict[str, Any]:
        attempts = self._connection_attempts
        is_literal = attempts is not None and not Token.is_unresolved(attempts)
        if is_literal and (
            isinstance(attempts, bool) or not isinstance(attempts, int) or not 1 <= attempts <= 3
        ):
            raise ValidationError(scope, f"connection_attempts={attempts!r} is out of range; use 1, 2 or 3")
        # In aws-cdk-lib's order, which tree.json shows (the template sorts the names).
        rendered: dict[str, Any] = {
            "DomainName": self.domain_name,
            "Id": origin_id,
            "OriginPath": self._rendered_origin_path(),
            "ConnectionAttempts": attempts,
            "ConnectionTimeout": _check_seconds(scope, "connection_timeout", self._connection_timeout, 1, 10),
            "OriginCustomHeaders": [
                {"HeaderName": name, "HeaderValue": value} for name, value in self._custom_headers.items()
            ]
            if self._custom_headers
            else None,
            **self._render_origin_config(scope),
            "OriginAccessControlId": access_control_id,
        }
        return {k: v for k, v in rendered.items() if v is not None}

    def _render_origin_config(self, scope: Construct) -> dict[str, Any]:
        """The origin's `S3OriginConfig` or `CustomOriginConfig`."""
        return {}

    def _rendered_origin_path(self) -> str | None:
        # As aws-cdk-lib does: a leading slash is added and a trailing one dropped.
        path = self._origin_path
        if path is None or Token.is_unresolved(path):
            return path
        if not path.startswith("/"):
            path = "/" + path
        return path[:-1] if path.endswith("/") else path


def refuse_unsupported(owner: str, keywords: Mapping[str, Any]) -> None:
    """Refuse the aws_cdk keywords not rendered yet by name, and unknown ones as Python does."""
    for name in keywords:
        if name in _UNSUPPORTED_ORIGIN_KEYWORDS:
            raise ArgumentTypeError(f"{owner}: {name} is not supported yet; leave it out")
        raise ArgumentTypeError(f"{owner}() got an unexpected keyword argument {name!r}")
