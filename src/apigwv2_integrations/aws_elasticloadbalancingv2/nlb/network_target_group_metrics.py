"""The metrics of network target groups (AWS/NetworkELB, by load balancer and target group)."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_cloudwatch.metric import Metric, metric_keywords, metric_options
from ...aws_cloudwatch.metric_types import Unit
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..shared._load_balancer_metrics import TargetGroupMetricsBase

if TYPE_CHECKING:
    from typing import Any


@runtime_checkable
class INetworkTargetGroupMetrics(Protocol):
    """The metrics of a network target group."""

    def custom(self, metric_name: str, **options: Any) -> Metric:
        """A metric of the target group by name."""
        ...

    def healthy_host_count(self, **options: Any) -> Metric:
        """Healthy targets. Default: Average over 5 minutes."""
        ...

    def un_healthy_host_count(self, **options: Any) -> Metric:
        """Unhealthy targets. Default: Average over 5 minutes."""
        ...


class NetworkTargetGroupMetrics(TargetGroupMetricsBase):
    """The metrics of one target group, read through the first load balancer that routes to it."""

    _namespace = "AWS/NetworkELB"

    def healthy_host_count(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Healthy targets. Default: Average over 5 minutes."""
        return self._metric("HealthyHostCount", "Average", metric_options(locals()))

    def un_healthy_host_count(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Unhealthy targets. Default: Average over 5 minutes."""
        return self._metric("UnHealthyHostCount", "Average", metric_options(locals()))


class NetworkTargetGroupMetricMethods:
    """The `metric*` methods of a target group (aws_cdk keeps them beside `metrics`), read from `metrics`."""

    @property
    def metrics(self) -> NetworkTargetGroupMetrics:
        """The target group's metrics; it must be attached to a load balancer first."""
        raise NotImplementedError

    def metric_healthy_host_count(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Healthy targets. Default: Average over 5 minutes."""
        return self.metrics.healthy_host_count(**metric_keywords(locals()))

    def metric_un_healthy_host_count(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Unhealthy targets. Default: Average over 5 minutes."""
        return self.metrics.un_healthy_host_count(**metric_keywords(locals()))
