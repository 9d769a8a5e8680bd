"""The metrics of network load balancers."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_cloudwatch.metric import Metric, metric_keywords, metric_of, metric_options
from ...aws_cloudwatch.metric_types import Unit
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..shared._load_balancer_metrics import _LoadBalancerMetrics

if TYPE_CHECKING:
    from typing import Any


@runtime_checkable
class INetworkLoadBalancerMetrics(Protocol):
    """The metrics of a network load balancer."""

    def custom(self, metric_name: str, **options: Any) -> Metric:
        """A metric of the load balancer by name."""
        ...


class NetworkLoadBalancerMetrics(_LoadBalancerMetrics):
    """The metrics of one load balancer (namespace AWS/NetworkELB, dimension LoadBalancer)."""

    _namespace = "AWS/NetworkELB"
    _is_custom_attached = True

    def active_flow_count(
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
        """Concurrent flows from clients to targets. Default: Average over 5 minutes."""
        return self._metric("ActiveFlowCount", "Average", metric_options(locals()), True)

    def consumed_lc_us(
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
        """Load balancer capacity units used. Default: Sum over 5 minutes."""
        return self._metric("ConsumedLCUs", "Sum", metric_options(locals()), True)

    def new_flow_count(
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
        """New flows from clients to targets. Default: Sum over 5 minutes."""
        return self._metric("NewFlowCount", "Sum", metric_options(locals()), True)

    def processed_bytes(
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
        """Bytes processed. Default: Sum over 5 minutes."""
        return self._metric("ProcessedBytes", "Sum", metric_options(locals()), True)

    def tcp_client_reset_count(
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
        """Resets sent by clients. Default: Sum over 5 minutes."""
        return self._metric("TCP_Client_Reset_Count", "Sum", metric_options(locals()), True)

    def tcp_elb_reset_count(
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
        """Resets sent by the load balancer. Default: Sum over 5 minutes."""
        return self._metric("TCP_ELB_Reset_Count", "Sum", metric_options(locals()), True)

    def tcp_target_reset_count(
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
        """Resets sent by targets. Default: Sum over 5 minutes."""
        return self._metric("TCP_Target_Reset_Count", "Sum", metric_options(locals()), True)


class NetworkLoadBalancerMetricMethods:
    """The `metric*` methods of a load balancer, read from its `metrics`."""

    load_balancer_full_name: str
    _metrics_cache: Any = None

    @property
    def metrics(self) -> NetworkLoadBalancerMetrics:
        """The load balancer's metrics (namespace AWS/NetworkELB)."""
        if self._metrics_cache is None:
            self._metrics_cache = NetworkLoadBalancerMetrics(
                _as_construct(self), self.load_balancer_full_name
            )
        metrics: NetworkLoadBalancerMetrics = self._metrics_cache
        return metrics

    def metric(
        self,
        metric_name: str,
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
        """A metric of the load balancer by name. Default: Average over 5 minutes."""
        # aws-cdk-lib attaches this one to the load balancer's stack, as it does `metrics.custom`.
        return metric_of(
            namespace="AWS/NetworkELB",
            metric_name=metric_name,
            dimensions_map={"LoadBalancer": self.load_balancer_full_name},
            options=metric_options(locals()),
            scope=_as_construct(self),
        )

    def metric_active_flow_count(
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
        """Concurrent flows from clients to targets. Default: Average over 5 minutes."""
        return self.metrics.active_flow_count(**metric_keywords(locals()))

    def metric_consumed_lc_us(
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
        """Load balancer capacity units used. Default: Sum over 5 minutes."""
        return self.metrics.consumed_lc_us(**metric_keywords(locals()))

    def metric_new_flow_count(
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
        """New flows from clients to targets. Default: Sum over 5 minutes."""
        return self.metrics.new_flow_count(**metric_keywords(locals()))

    def metric_processed_bytes(
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
        """Bytes processed. Default: Sum over 5 minutes."""
        return self.metrics.processed_bytes(**metric_keywords(locals()))

    def metric_tcp_client_reset_count(
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
        """Resets sent by clients. Default: Sum over 5 minutes."""
        return self.metrics.tcp_client_reset_count(**metric_keywords(locals()))

    def metric_tcp_elb_reset_count(
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
        """Resets sent by the load balancer. Default: Sum over 5 minutes."""
        return self.metrics.tcp_elb_reset_count(**metric_keywords(locals()))

    def metric_tcp_target_reset_count(
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
        """Resets sent by targets. Default: Sum over 5 minutes."""
        return self.metrics.tcp_target_reset_count(**metric_keywords(locals()))


def _as_construct(value: Any) -> Construct:
    if not isinstance(value, Construct):
        raise TypeError(f"{value!r} is not a construct; load balancer metrics need the load balancer")
    return value
