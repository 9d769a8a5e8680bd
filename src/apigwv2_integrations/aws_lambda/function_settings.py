"""The enums of a Lambda function's settings: X-Ray tracing, the log format and levels, and what Lambda does
on a recursive loop. Loaded when an app names one."""

from __future__ import annotations

from ..core.simple_enum import SimpleEnum


class Tracing(SimpleEnum):
    """X-Ray tracing of a function."""

    ACTIVE = "Active"
    PASS_THROUGH = "PassThrough"
    DISABLED = "Disabled"


class LoggingFormat(SimpleEnum):
    """The format of the function's logs."""

    TEXT = "Text"
    JSON = "JSON"


class LogFormat(SimpleEnum):
    """The format of the function's logs, for the deprecated `log_format` (a member or its `.value`).

    The values are the ones CloudFormation accepts ("Text", "JSON"), which aws-cdk-lib renders for them.
    """

    TEXT = "Text"
    JSON = "JSON"


class ApplicationLogLevel(SimpleEnum):
    """The lowest application log level sent to CloudWatch (JSON logs only)."""

    INFO = "INFO"
    DEBUG = "DEBUG"
    WARN = "WARN"
    TRACE = "TRACE"
    ERROR = "ERROR"
    FATAL = "FATAL"


class SystemLogLevel(SimpleEnum):
    """The lowest system log level sent to CloudWatch (JSON logs only)."""

    INFO = "INFO"
    DEBUG = "DEBUG"
    WARN = "WARN"


class RecursiveLoop(SimpleEnum):
    """What Lambda does when it detects a recursive loop."""

    ALLOW = "Allow"
    TERMINATE = "Terminate"
