"""The metrics of activities and state machines: namespace AWS/States, one dimension each."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_cloudwatch.metric import Metric, MetricOptions, metric_of


def states_metric(
    dimensions: Mapping[str, str], metric_name: str, statistic: str, options: MetricOptions
) -> Metric:
    """A metric of the AWS/States namespace; `statistic` unless the options give one."""
    return metric_of(
        namespace="AWS/States",
        metric_name=metric_name,
        dimensions_map=dimensions,
        statistic=statistic,
        options=options,
    )
