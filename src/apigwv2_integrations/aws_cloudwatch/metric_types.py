"""What every metric object shares: IMetric, its rendered configuration, dimensions, statistics and units."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.duration import Duration
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, evolve, lazy_frozen
from ..core.struct_callbacks import struct_returned_by

if TYPE_CHECKING:
    from typing import Any


@runtime_checkable
class IMetric(Protocol):
    """A metric or an expression over metrics, as alarms and graphs take it."""

    def to_metric_config(self) -> MetricConfig:
        """The metric's configuration: a metric stat, a math expression or a search expression."""
        ...

    @property
    def warnings(self) -> list[str] | None:
        """Problems found when the metric was built, shown as warnings on constructs using it."""
        ...

    @property
    def warnings_v2(self) -> dict[str, str] | None:
        """The same warnings, keyed by warning id."""
        ...


@lazy_frozen(kw_only=True)
class Dimension(metaclass=LazyAttrsMeta):
    """One dimension of a metric."""

    name: str
    """The dimension's name."""
    value: Any
    """The dimension's value."""


@lazy_frozen(kw_only=True)
class MetricStatConfig(metaclass=LazyAttrsMeta):
    """A metric read with a statistic over a period."""

    metric_name: str
    """The metric's name."""
    namespace: str
    """The metric's namespace."""
    period: Duration
    """How long each data point aggregates."""
    statistic: str
    """The statistic, as CloudWatch names it."""
    account: str | None = None
    """The account the metric lives in. Default: the stack's account."""
    account_override: str | None = None
    """The account given explicitly (not inherited from the stack). Default: none."""
    dimensions: list[Dimension] | None = None
    """The metric's dimensions. Default: none."""
    region: str | None = None
    """The region the metric lives in. Default: the stack's region."""
    region_override: str | None = None
    """The region given explicitly (not inherited from the stack). Default: none."""
    unit_filter: Unit | None = None
    """Only data points of this unit. Default: all units."""


@lazy_frozen(kw_only=True)
class MetricExpressionConfig(metaclass=LazyAttrsMeta):
    """A math expression over other metrics."""

    expression: str
    """The expression."""
    period: float
    """The period of the expression, in seconds."""
    using_metrics: Mapping[str, IMetric]
    """The metrics the expression names, by identifier."""
    search_account: str | None = None
    """The account a search in the expression runs in. Default: the stack's account."""
    search_region: str | None = None
    """The region a search in the expression runs in. Default: the stack's region."""


@lazy_frozen(kw_only=True)
class MetricConfig(metaclass=LazyAttrsMeta):
    """How a metric renders: exactly one of its three kinds, with the rendering properties."""

    math_expression: MetricExpressionConfig | None = None
    """A math expression. Default: not one."""
    metric_stat: MetricStatConfig | None = None
    """A metric stat. Default: not one."""
    rendering_properties: Mapping[str, Any] | None = None
    """Graph properties (label, color, id, visible). Default: none."""
    search_expression: MetricExpressionConfig | None = None
    """A search expression. Default: not one."""


_TO_METRIC_CONFIG = "to_metric_config"


def metric_config_of(metric: IMetric) -> MetricConfig:
    """What `metric.to_metric_config()` returned, read as aws_cdk reads it: a MetricConfig, or a dict with
    aws_cdk's camelCase keys at every level (an app's own IMetric may return either)."""
    answer: object = metric.to_metric_config()
    if isinstance(answer, MetricConfig):
        stat = answer.metric_stat
        if stat is None or not any(isinstance(d, Mapping) for d in stat.dimensions or ()):
            return answer
    where = type(metric).__name__
    if isinstance(answer, Mapping):
        fields = dict(answer)
        for key, struct in (
            ("metricStat", MetricStatConfig),
            ("mathExpression", MetricExpressionConfig),
            ("searchExpression", MetricExpressionConfig),
        ):
            if isinstance(fields.get(key), Mapping):
                fields[key] = struct_returned_by(fields[key], struct, where=where, method=_TO_METRIC_CONFIG)
        answer = fields
    config = struct_returned_by(answer, MetricConfig, where=where, method=_TO_METRIC_CONFIG)
    stat = config.metric_stat
    if stat is not None and any(isinstance(d, Mapping) for d in stat.dimensions or ()):
        dimensions = [
            struct_returned_by(d, Dimension, where=where, method=_TO_METRIC_CONFIG)
            for d in stat.dimensions or ()
        ]
        config = evolve(config, metric_stat=evolve(stat, dimensions=dimensions))
    return config


class Statistic(SimpleEnum):
    """The simple statistics (superseded by `Stats`, which also has percentiles)."""

    SAMPLE_COUNT = "SampleCount"
    AVERAGE = "Average"
    SUM = "Sum"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"


class Unit(SimpleEnum):
    """Units of metric values."""

    SECONDS = "Seconds"
    MICROSECONDS = "Microseconds"
    MILLISECONDS = "Milliseconds"
    BYTES = "Bytes"
    KILOBYTES = "Kilobytes"
    MEGABYTES = "Megabytes"
    GIGABYTES = "Gigabytes"
    TERABYTES = "Terabytes"
    BITS = "Bits"
    KILOBITS = "Kilobits"
    MEGABITS = "Megabits"
    GIGABITS = "Gigabits"
    TERABITS = "Terabits"
    PERCENT = "Percent"
    COUNT = "Count"
    BYTES_PER_SECOND = "Bytes/Second"
    KILOBYTES_PER_SECOND = "Kilobytes/Second"
    MEGABYTES_PER_SECOND = "Megabytes/Second"
    GIGABYTES_PER_SECOND = "Gigabytes/Second"
    TERABYTES_PER_SECOND = "Terabytes/Second"
    BITS_PER_SECOND = "Bits/Second"
    KILOBITS_PER_SECOND = "Kilobits/Second"
    MEGABITS_PER_SECOND = "Megabits/Second"
    GIGABITS_PER_SECOND = "Gigabits/Second"
    TERABITS_PER_SECOND = "Terabits/Second"
    COUNT_PER_SECOND = "Count/Second"
    NONE = "None"
