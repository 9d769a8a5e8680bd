"""Amazon CloudWatch: metric descriptions returned by the `metric*` methods of other constructs."""

from .metric import Metric, MetricOptions, Stats

__all__ = ["Metric", "MetricOptions", "Stats"]
