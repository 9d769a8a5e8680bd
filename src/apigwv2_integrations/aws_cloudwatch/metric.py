"""Metric: a description of one CloudWatch metric (namespace, name, dimensions, statistic, period)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..core.duration import Duration
from ..core.struct import lazy_frozen


class Stats:
    """Statistic names."""

    AVERAGE = "Average"
    SUM = "Sum"
    SAMPLE_COUNT = "SampleCount"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"
    P90 = "p90"
    P99 = "p99"


def _to_dimensions(value: Mapping[str, str] | None) -> dict[str, str]:
    return dict(value) if value else {}


@lazy_frozen(kw_only=True)
class MetricOptions:
    """Options that override a metric's defaults."""

    account: str | None = None
    color: str | None = None
    dimensions_map: Mapping[str, str] | None = None
    label: str | None = None
    period: Duration | None = None
    region: str | None = None
    statistic: str | None = None
    unit: str | None = None


@lazy_frozen(kw_only=True)
class Metric:
    """One CloudWatch metric. Default: statistic Average over 5 minutes."""

    namespace: str
    metric_name: str
    dimensions_map: dict[str, str] = attrs.field(factory=dict, converter=_to_dimensions)
    statistic: str = Stats.AVERAGE
    period: Duration = attrs.field(factory=lambda: Duration.minutes(5))
    account: str | None = None
    color: str | None = None
    label: str | None = None
    region: str | None = None
    unit: str | None = None

    def with_(self, **options: Any) -> Metric:
        """A copy with some options changed (None leaves an option as it is)."""
        changes = {k: v for k, v in options.items() if v is not None}
        return attrs.evolve(self, **changes)
