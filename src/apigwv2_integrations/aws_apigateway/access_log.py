"""AccessLogFormat: the line format of API Gateway access logs (shared by REST and v2 APIs)."""

from __future__ import annotations

import json

_CLF = (
    "$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "
    '"$context.httpMethod $context.resourcePath $context.protocol" $context.status '
    "$context.responseLength $context.requestId"
)


class AccessLogFormat:
    """The format of access log lines: `clf()`, `json_with_standard_fields(...)` or `custom(...)`."""

    def __init__(self, format: str) -> None:  # noqa: A002 - aws_cdk's keyword
        self._format = format

    @staticmethod
    def custom(format: str) -> AccessLogFormat:  # noqa: A002 - aws_cdk's keyword
        """Any format string of `$context` variables."""
        return AccessLogFormat(format)

    @staticmethod
    def clf() -> AccessLogFormat:
        """Common Log Format (the default)."""
        return AccessLogFormat(_CLF)

    @staticmethod
    def json_with_standard_fields(
        *,
        caller: bool,
        http_method: bool,
        ip: bool,
        protocol: bool,
        request_time: bool,
        resource_path: bool,
        response_length: bool,
        status: bool,
        user: bool,
    ) -> AccessLogFormat:
        """A JSON line with the chosen standard fields (the request id is always included)."""
        fields = {"requestId": "$context.requestId"}
        chosen = (
            (ip, "ip", "$context.identity.sourceIp"),
            (caller, "caller", "$context.identity.caller"),
            (user, "user", "$context.identity.user"),
            (request_time, "requestTime", "$context.requestTime"),
            (http_method, "httpMethod", "$context.httpMethod"),
            (resource_path, "resourcePath", "$context.resourcePath"),
            (status, "status", "$context.status"),
            (protocol, "protocol", "$context.protocol"),
            (response_length, "responseLength", "$context.responseLength"),
        )
        fields.update({name: value for wanted, name, value in chosen if wanted})
        return AccessLogFormat(json.dumps(fields, separators=(",", ":")))

    def to_string(self) -> str:
        """The format string."""
        return self._format

    def __str__(self) -> str:
        return self._format

    def __repr__(self) -> str:
        return f"AccessLogFormat.custom({self._format!r})"
