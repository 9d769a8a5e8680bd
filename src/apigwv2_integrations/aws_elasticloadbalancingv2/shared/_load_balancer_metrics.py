"""What the metrics of load balancers and of their target groups share: the load balancer dimension."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_cloudwatch.metric import Metric, MetricOptions, metric_of, metric_options
from ...aws_cloudwatch.metric_types import Unit
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


class _LoadBalancerMetrics:
    """The metrics of one load balancer: a namespace, and the dimension LoadBalancer."""

    _namespace: str
    _is_custom_attached = False
    """Whether `custom` attaches its metric to the load balancer's stack (aws-cdk-lib: NLB yes, ALB no)."""

    def __init__(self, scope: Construct, load_balancer_full_name: str) -> None:
        self._scope = scope
        self._load_balancer_full_name = load_balancer_full_name

    def _metric(
        self, metric_name: str, statistic: str | None, options: MetricOptions, attach: bool
    ) -> Metric:
        # aws-cdk-lib attaches its canned metrics to the load balancer's stack; `custom` only for NLBs.
        return metric_of(
            namespace=self._namespace,
            metric_name=metric_name,
            dimensions_map={"LoadBalancer": self._load_balancer_full_name},
            statistic=statistic,
            options=options,
            scope=self._scope if attach else None,
        )

    def custom(
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
        return self._metric(metric_name, None, metric_options(locals()), self._is_custom_attached)


class TargetGroupMetricsBase:
    """The metrics of one target group: a namespace, and the dimensions LoadBalancer and TargetGroup.

    Every one of them, `custom` too, is attached to the target group's stack, as aws-cdk-lib does.
    """

    _namespace: str

    def __init__(self, scope: Construct, target_group_full_name: str, load_balancer_full_name: str) -> None:
        self._scope = scope
        self._dimensions = {"LoadBalancer": load_balancer_full_name, "TargetGroup": target_group_full_name}

    def _metric(self, metric_name: str, statistic: str | None, options: MetricOptions) -> Metric:
        return metric_of(
            namespace=self._namespace,
            metric_name=metric_name,
            dimensions_map=self._dimensions,
            statistic=statistic,
            options=options,
            scope=self._scope,
        )

    def custom(
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
        return self._metric(metric_name, None, metric_options(locals()))
