"""Amazon API Gateway (REST APIs): only what API Gateway v2 shares with it, the access log format."""

from .access_log import AccessLogFormat

__all__ = ["AccessLogFormat"]
