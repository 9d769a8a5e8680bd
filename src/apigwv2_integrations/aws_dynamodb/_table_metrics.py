"""The metrics of DynamoDB tables, shared by Table and TableV2."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_cloudwatch.metric import MathExpression, Metric, MetricOptions, metric_options
from ..aws_cloudwatch.metric_types import Unit
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import evolve
from .shared import Operation

if TYPE_CHECKING:
    from typing import Any

NAMESPACE = "AWS/DynamoDB"


def _operation_name(operation: str | Operation) -> str:
    return operation.value if isinstance(operation, Operation) else operation


class _TableMetrics(Resource):
    """The `metric*` methods of tables; subclasses say how a metric is finished (`_finish_metric`)."""

    table_name: str

    def _finish_metric(
        self, metric_name: str, dimensions: Mapping[str, Any], statistic: str | None, options: MetricOptions
    ) -> Metric:
        raise NotImplementedError

    def _table_metric(
        self, metric_name: str, dimensions: Mapping[str, Any], statistic: str | None, options: MetricOptions
    ) -> Metric:
        return self._finish_metric(metric_name, dimensions, statistic, options)

    def _by_table(self, metric_name: str, statistic: str | None, options: MetricOptions) -> Metric:
        return self._table_metric(metric_name, {"TableName": self.table_name}, statistic, options)

    def _operation_in(self, options: MetricOptions, metric_name: str) -> Any:
        """The Operation named in `dimensions_map`, which the per-operation metric `metric_name` needs."""
        operation = (options.dimensions_map or {}).get("Operation")
        if not operation:
            raise ValidationError(
                self,
                f"dimensions_map={options.dimensions_map!r} has no 'Operation'; the {metric_name} "
                "metric needs one, e.g. dimensions_map={'Operation': 'GetItem'}",
            )
        return operation

    def _sum_for_operations(
        self,
        metric_name: str,
        label: str,
        operations: Sequence[Operation] | None,
        options: MetricOptions,
    ) -> MathExpression:
        if (options.dimensions_map or {}).get("Operation"):
            raise ValidationError(
                self,
                f"dimensions_map={options.dimensions_map!r} names an Operation; "
                "pass operations=[...] instead",
            )
        metrics: dict[str, Metric] = {}
        for operation in operations if operations is not None else list(Operation):
            name = _operation_name(operation)
            dimensions = {"TableName": self.table_name, "Operation": name}
            metrics[name.lower()] = self._table_metric(
                metric_name, dimensions, "Sum", evolve(options, dimensions_map=dimensions)
            )
        return MathExpression(
            expression=" + ".join(metrics),
            using_metrics=metrics,
            color=options.color,
            label=label,
            period=options.period,
        )

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
        """A metric of this table (AWS/DynamoDB, by TableName). Default: Average over 5 minutes."""
        return self._by_table(metric_name, None, metric_options(locals()))

    def metric_consumed_read_capacity_units(
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
        """Read capacity units consumed. Default: Sum over 5 minutes."""
        return self._by_table("ConsumedReadCapacityUnits", "Sum", metric_options(locals()))

    def metric_consumed_write_capacity_units(
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
        """Write capacity units consumed. Default: Sum over 5 minutes."""
        return self._by_table("ConsumedWriteCapacityUnits", "Sum", metric_options(locals()))

    def metric_conditional_check_failed_requests(
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
        """Writes whose condition failed. Default: Sum over 5 minutes."""
        return self._by_table("ConditionalCheckFailedRequests", "Sum", metric_options(locals()))

    def metric_throttled_requests(
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
        """Throttled requests (deprecated by aws_cdk). Default: Sum over 5 minutes."""
        return self._by_table("ThrottledRequests", "Sum", metric_options(locals()))

    def metric_user_errors(
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
        """User errors of the whole account and region (no dimensions). Default: Sum over 5 minutes."""
        options = metric_options(locals())
        return self._table_metric("UserErrors", {}, "Sum", evolve(options, dimensions_map={}))

    def metric_system_errors(
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
        """System errors of the Operation named in dimensions_map (deprecated by aws_cdk). Default: Sum."""
        options = metric_options(locals())
        self._operation_in(options, "SystemErrors")
        dimensions = {"TableName": self.table_name, **(options.dimensions_map or {})}
        return self._table_metric(
            "SystemErrors", dimensions, "Sum", evolve(options, dimensions_map=dimensions)
        )

    def metric_successful_request_latency(
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
        """Latency of successful requests of the Operation named in dimensions_map. Default: Average."""
        options = metric_options(locals())
        dimensions = {
            "TableName": self.table_name,
            "Operation": self._operation_in(options, "SuccessfulRequestLatency"),
        }
        return self._table_metric(
            "SuccessfulRequestLatency",
            dimensions,
            "Average",
            evolve(options, dimensions_map=dimensions),
        )

    def metric_throttled_requests_for_operation(
        self,
        operation: str | Operation,
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
        """Throttled requests of one operation. Default: Sum over 5 minutes."""
        options = metric_options(locals())
        dimensions = {"Operation": _operation_name(operation), "TableName": self.table_name}
        return self._table_metric("ThrottledRequests", dimensions, "Sum", options)

    def metric_throttled_requests_for_operations(
        self,
        *,
        operations: Sequence[Operation] | None = None,
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
    ) -> MathExpression:
        """Throttled requests summed over operations (default: all). Default: Sum over 5 minutes."""
        options = metric_options(locals())
        return self._sum_for_operations(
            "ThrottledRequests", "Sum of throttled requests across all operations", operations, options
        )

    def metric_system_errors_for_operations(
        self,
        *,
        operations: Sequence[Operation] | None = None,
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
    ) -> MathExpression:
        """System errors summed over operations (default: all). Default: Sum over 5 minutes."""
        options = metric_options(locals())
        return self._sum_for_operations(
            "SystemErrors", "Sum of errors across all operations", operations, options
        )
