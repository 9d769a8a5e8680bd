"""DurableConfig: how long a durable function execution may run and how long its history is kept."""

from __future__ import annotations

from ..core.duration import Duration
from ..core.struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class DurableConfig(metaclass=LazyAttrsMeta):
    """Durable execution settings of a function."""

    execution_timeout: Duration
    """The longest a durable execution may run: 1 second to 366 days."""
    retention_period: Duration | None = None
    """How long the execution history is kept: 1 to 90 days. Default: Lambda's default."""
