"""Access logging of stages: where logs go and what each line contains."""

from __future__ import annotations

from collections.abc import Callable

from ...core.construct import Construct
from ...core.errors import ArgumentTypeError, ValidationError
from ...core.lazy_pattern import LazyPattern
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.tokens.token import Token
from ...core.type_check_messages import show

if TYPE_CHECKING:
    # Only for annotations: the log group passed in has loaded aws_logs already, and a format passed in
    # has loaded aws_apigateway.
    from typing import Any

    from ...aws_apigateway.access_log import AccessLogFormat
    from ...aws_logs import ILogGroup


@lazy_frozen(kw_only=True)
class AccessLogDestinationConfig(metaclass=LazyAttrsMeta):
    """Where a destination sends logs."""

    destination_arn: str


@runtime_checkable
class IAccessLogDestination(Protocol):
    """A place access logs go."""

    def bind(self, stage: Construct) -> AccessLogDestinationConfig:
        """Return the destination for `stage`."""
        ...


class LogGroupLogDestination:
    """Send access logs to a CloudWatch Logs group."""

    def __init__(self, log_group: ILogGroup) -> None:
        self.log_group = log_group

    def bind(self, _stage: Construct) -> AccessLogDestinationConfig:
        """Return the log group as the destination."""
        return AccessLogDestinationConfig(destination_arn=self.log_group.log_group_arn)


@runtime_checkable
class IAccessLogSettings(Protocol):
    """Destination and format of a stage's access logs."""

    @property
    def destination(self) -> IAccessLogDestination:
        """Where logs go."""
        ...

    @property
    def format(self) -> AccessLogFormat | None:
        """The line format. Default: Common Log Format."""
        ...


@lazy_frozen(kw_only=True)
class AccessLogSettings(metaclass=LazyAttrsMeta):
    """A ready-made IAccessLogSettings."""

    destination: IAccessLogDestination
    format: AccessLogFormat | None = None


# API Gateway needs the request id in each line (aws-cdk-lib's rule: `$context.requestId` or
# `$context.extendedRequestId`).
_REQUEST_ID = LazyPattern(r"\$context\.(?:requestId|extendedRequestId)\b")


def render_access_log_settings(
    stage: Construct, settings: IAccessLogSettings | None, default_format: Callable[[], AccessLogFormat]
) -> dict[str, Any] | None:
    """The stage's AccessLogSettings property (`default_format()` when the settings name no format), or
    None when logging is off."""
    if settings is None:
        return None
    destination = settings.destination
    # The settings object is the user's own class, so its members were not checked at the call.
    if not callable(getattr(destination, "bind", None)):
        raise ArgumentTypeError(
            f"{stage.node.path}: access_log_settings.destination={show(destination)} is a "
            f"{type(destination).__name__}; use an IAccessLogDestination, "
            "e.g. LogGroupLogDestination(log_group)"
        )
    log_format = settings.format
    if log_format is not None and not callable(getattr(log_format, "to_string", None)):
        raise ArgumentTypeError(
            f"{stage.node.path}: access_log_settings.format={show(log_format)} is a "
            f"{type(log_format).__name__}; use an AccessLogFormat, e.g. AccessLogFormat.custom(text) "
            "or AccessLogFormat.json_with_standard_fields()"
        )
    if log_format:
        text = log_format.to_string()
        if not Token.is_unresolved(text) and not _REQUEST_ID.search(text):
            raise ValidationError(
                stage,
                f"access_log_settings.format={text!r} has no request id; API Gateway needs one in each line: "
                "add AccessLogField.context_request_id() or AccessLogField.context_extended_request_id()",
            )
    else:
        log_format = default_format()
    return {
        "destination_arn": destination.bind(stage).destination_arn,
        "format": log_format.to_string(),
    }
