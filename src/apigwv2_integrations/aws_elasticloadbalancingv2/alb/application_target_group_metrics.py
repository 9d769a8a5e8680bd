"""The metrics of application target groups (AWS/ApplicationELB, by load balancer and target group)."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_cloudwatch.metric import Metric, metric_keywords, metric_options
from ...aws_cloudwatch.metric_types import Unit
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..shared._load_balancer_metrics import TargetGroupMetricsBase
from .application_load_balancer_metrics import HttpCodeTarget

if TYPE_CHECKING:
    from typing import Any


@runtime_checkable
class IApplicationTargetGroupMetrics(Protocol):
    """The metrics of an application target group."""

    def custom(self, metric_name: str, **options: Any) -> Metric:
        """A metric of the target group by name."""
        ...

    def healthy_host_count(self, **options: Any) -> Metric:
        """Healthy targets. Default: Average over 5 minutes."""
        ...

    def ipv6_request_count(self, **options: Any) -> Metric:
        """IPv6 requests received. Default: Sum over 5 minutes."""
        ...

    def request_count(self, **options: Any) -> Metric:
        """Requests routed to the group. Default: Sum over 5 minutes."""
        ...

    def request_count_per_target(self, **options: Any) -> Metric:
        """Requests per target. Default: Sum over 5 minutes."""
        ...

    def target_connection_error_count(self, **options: Any) -> Metric:
        """Connections to targets that failed. Default: Sum over 5 minutes."""
        ...

    def target_response_time(self, **options: Any) -> Metric:
        """Seconds until targets start to respond. Default: Average over 5 minutes."""
        ...

    def target_tls_negotiation_error_count(self, **options: Any) -> Metric:
        """TLS connections to targets that failed to negotiate. Default: Sum over 5 minutes."""
        ...

    def unhealthy_host_count(self, **options: Any) -> Metric:
        """Unhealthy targets. Default: Average over 5 minutes."""
        ...

    def http_code_target(self, code: HttpCodeTarget, **options: Any) -> Metric:
        """HTTP responses of the targets with one status class. Default: Sum over 5 minutes."""
        ...


class ApplicationTargetGroupMetrics(TargetGroupMetricsBase):
    """The metrics of one target group, read through the first load balancer that routes to it."""

    _namespace = "AWS/ApplicationELB"

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

    def ipv6_request_count(
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
        """IPv6 requests received. Default: Sum over 5 minutes."""
        return self._metric("IPv6RequestCount", "Sum", metric_options(locals()))

    def request_count(
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
        """Requests routed to the group. Default: Sum over 5 minutes."""
        return self._metric("RequestCount", "Sum", metric_options(locals()))

    def request_count_per_target(
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
        """Requests per target. Default: Sum over 5 minutes."""
        return self._metric("RequestCountPerTarget", "Sum", metric_options(locals()))

    def target_connection_error_count(
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
        """Connections to targets that failed. Default: Sum over 5 minutes."""
        return self._metric("TargetConnectionErrorCount", "Sum", metric_options(locals()))

    def target_response_time(
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
        """Seconds until targets start to respond. Default: Average over 5 minutes."""
        return self._metric("TargetResponseTime", "Average", metric_options(locals()))

    def target_tls_negotiation_error_count(
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
        """TLS connections to targets that failed to negotiate. Default: Sum over 5 minutes."""
        return self._metric("TargetTLSNegotiationErrorCount", "Sum", metric_options(locals()))

    def unhealthy_host_count(
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

    def http_code_target(
        self,
        code: HttpCodeTarget,
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
        """HTTP responses of the targets with one status class. Default: Sum over 5 minutes."""
        return self._metric(code.value, "Sum", metric_options(locals()))


class ApplicationTargetGroupMetricMethods:
    """The `metric*` methods of a target group (aws_cdk keeps them beside `metrics`), read from `metrics`."""

    @property
    def metrics(self) -> ApplicationTargetGroupMetrics:
        """The target group's metrics; it must be attached to a load balancer first."""
        raise NotImplementedError

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
        """A metric of the target group by name. Default: Average over 5 minutes."""
        return self.metrics.custom(metric_name, **metric_keywords(locals()))

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

    def metric_ipv6_request_count(
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
        """IPv6 requests received. Default: Sum over 5 minutes."""
        return self.metrics.ipv6_request_count(**metric_keywords(locals()))

    def metric_request_count(
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
        """Requests routed to the group. Default: Sum over 5 minutes."""
        return self.metrics.request_count(**metric_keywords(locals()))

    def metric_request_count_per_target(
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
        """Requests per target. Default: Sum over 5 minutes."""
        return self.metrics.request_count_per_target(**metric_keywords(locals()))

    def metric_target_connection_error_count(
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
        """Connections to targets that failed. Default: Sum over 5 minutes."""
        return self.metrics.target_connection_error_count(**metric_keywords(locals()))

    def metric_target_response_time(
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
        """Seconds until targets start to respond. Default: Average over 5 minutes."""
        return self.metrics.target_response_time(**metric_keywords(locals()))

    def metric_target_tls_negotiation_error_count(
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
        """TLS connections to targets that failed to negotiate. Default: Sum over 5 minutes."""
        return self.metrics.target_tls_negotiation_error_count(**metric_keywords(locals()))

    def metric_unhealthy_host_count(
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
        return self.metrics.unhealthy_host_count(**metric_keywords(locals()))

    def metric_http_code_target(
        self,
        code: HttpCodeTarget,
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
        """HTTP responses of the targets with one status class. Default: Sum over 5 minutes."""
        return self.metrics.http_code_target(code, **metric_keywords(locals()))
