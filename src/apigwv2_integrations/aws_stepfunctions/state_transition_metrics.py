"""StateTransitionMetric: the account's state transition metrics (AWS/States, StateTransition)."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_cloudwatch import Metric
from ..aws_cloudwatch.metric import metric_options
from ..aws_cloudwatch.metric_types import Unit
from ..core.duration import Duration
from ..core.runtime_typing import TYPE_CHECKING
from ._states_metric import states_metric

if TYPE_CHECKING:
    from typing import Any

_DIMENSIONS = {"ServiceMetric": "StateTransition"}


class StateTransitionMetric:
    """Metrics of the state transitions of all the account's Standard workflows in a region."""

    @staticmethod
    def metric(
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
        """A state transition metric. Default: Average over 5 minutes."""
        return states_metric(_DIMENSIONS, metric_name, "Average", metric_options(locals()))

    @staticmethod
    def metric_provisioned_bucket_size(
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
        """The number of state transitions available right away. Default: Average over 5 minutes."""
        return states_metric(_DIMENSIONS, "ProvisionedBucketSize", "Average", metric_options(locals()))

    @staticmethod
    def metric_provisioned_refill_rate(
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
        """The state transitions added to the bucket each second. Default: Average over 5 minutes."""
        return states_metric(_DIMENSIONS, "ProvisionedRefillRate", "Average", metric_options(locals()))

    @staticmethod
    def metric_consumed_capacity(
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
        """The state transitions used each second. Default: Average over 5 minutes."""
        return states_metric(_DIMENSIONS, "ConsumedCapacity", "Average", metric_options(locals()))

    @staticmethod
    def metric_throttled_events(
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
        """The throttled state transitions. Default: Sum over 5 minutes."""
        return states_metric(_DIMENSIONS, "ThrottledEvents", "Sum", metric_options(locals()))
