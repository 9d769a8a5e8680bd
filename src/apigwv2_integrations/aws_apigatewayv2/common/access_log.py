"""Access logging of stages: where logs go and what each line contains."""

from __future__ import annotations

import json
from typing import Any, Protocol, runtime_checkable

import attrs

from ...core.construct import Construct

# The format aws-cdk-lib uses when access logging is on and no format is given.
_DEFAULT_FIELDS = {
    "requestId": "$context.requestId",
    "ip": "$context.identity.sourceIp",
    "requestTime": "$context.requestTime",
    "httpMethod": "$context.httpMethod",
    "routeKey": "$context.routeKey",
    "status": "$context.status",
    "protocol": "$context.protocol",
    "responseLength": "$context.responseLength",
}


@attrs.frozen(kw_only=True)
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
    """Send access logs to a CloudWatch Logs group (anything with `log_group_arn`)."""

    def __init__(self, log_group: Any) -> None:
        self.log_group = log_group

    def bind(self, stage: Construct) -> AccessLogDestinationConfig:
        return AccessLogDestinationConfig(destination_arn=self.log_group.log_group_arn)


class AccessLogFormat:
    """The format of access log lines."""

    def __init__(self, format: str) -> None:  # noqa: A002 - aws_cdk's keyword
        self._format = format

    @staticmethod
    def custom(format: str) -> AccessLogFormat:  # noqa: A002 - aws_cdk's keyword
        """Any format string."""
        return AccessLogFormat(format)

    @staticmethod
    def json_with_standard_fields() -> AccessLogFormat:
        """The standard fields as JSON."""
        return AccessLogFormat(json.dumps(_DEFAULT_FIELDS, separators=(",", ":")))

    def to_string(self) -> str:
        """The format string."""
        return self._format

    def __str__(self) -> str:
        return self._format


@attrs.frozen(kw_only=True)
class AccessLogSettings:
    """Destination and format of a stage's access logs."""

    destination: IAccessLogDestination
    format: AccessLogFormat | None = None


def render_access_log_settings(stage: Construct, settings: Any) -> dict[str, Any] | None:
    """The stage's AccessLogSettings property, or None when logging is off."""
    if settings is None:
        return None
    destination = settings.destination.bind(stage).destination_arn
    log_format = settings.format or AccessLogFormat.json_with_standard_fields()
    return {"destination_arn": destination, "format": log_format.to_string()}
