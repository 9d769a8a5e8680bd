"""LogRetentionRetryOptions of a function's `Custom::LogRetention` (aws_logs' options, by aws_cdk's name)."""

from __future__ import annotations

from ..aws_logs.log_retention import LogRetentionRetryOptions as _LogsLogRetentionRetryOptions
from ..core.struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class LogRetentionRetryOptions(_LogsLogRetentionRetryOptions, metaclass=LazyAttrsMeta):
    """Retries of the calls of the handler that sets a function's log retention."""
