"""Access logging of stages: where logs go and what each line contains."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ...core.construct import Construct
from ...core.struct import lazy_frozen

if TYPE_CHECKING:
    # Only for annotations: the log group passed in has loaded aws_logs already, and a format passed in
    # has loaded aws_apigateway.
    from ...aws_apigateway.access_log import AccessLogFormat
    from ...aws_logs import ILogGroup


@lazy_frozen(kw_only=True)
class AccessLogDestinationConfig:
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
class AccessLogSettings:
    """A ready-made IAccessLogSettings."""

    destination: IAccessLogDestination
    format: AccessLogFormat | None = None


def render_access_log_settings(
    stage: Construct, settings: IAccessLogSettings | None
) -> dict[str, Any] | None:
    """The stage's AccessLogSettings property, or None when logging is off."""
    if settings is None:
        return None
    log_format = settings.format
    if not log_format:
        from ...aws_apigateway.access_log import AccessLogFormat  # deferred: only a stage that logs needs it

        log_format = AccessLogFormat.clf()
    return {
        "destination_arn": settings.destination.bind(stage).destination_arn,
        "format": log_format.to_string(),
    }
