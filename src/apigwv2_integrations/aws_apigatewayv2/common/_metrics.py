"""CloudWatch metrics of APIs and stages: aws_cdk's `metric(...)` keywords and the canned HTTP metrics."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ...core.duration import Duration

if TYPE_CHECKING:
    from ...aws_cloudwatch import Unit
    from ...aws_cloudwatch.metric import Metric

NAMESPACE = "AWS/ApiGateway"


def api_gateway_metric(
    dimensions: Mapping[str, str],
    metric_name: str,
    arguments: Mapping[str, Any],
    default_statistic: str | None = None,
) -> Metric:
    """A metric of the API Gateway namespace with `dimensions`, from a `metric*` method's `locals()`.

    The options among `arguments` that are None are not passed; `dimensions_map` adds to `dimensions`.
    """
    # Deferred for import speed: aws_cloudwatch is needed only once a metric is asked for.
    from ...aws_cloudwatch.metric import Metric, metric_keywords

    options = metric_keywords(arguments)
    merged = dict(dimensions)
    merged.update(options.pop("dimensions_map") or {})
    options["statistic"] = options["statistic"] or default_statistic
    values = {k: v for k, v in options.items() if v is not None}
    return Metric(namespace=NAMESPACE, metric_name=metric_name, dimensions_map=merged, **values)


class MetricSource(Protocol):
    """Something with API Gateway metrics: `metric(name, ...)` over its own dimensions.

    A protocol with implementations: interfaces extend it to declare the methods, classes to get them.
    """

    def _metric_dimensions(self) -> dict[str, str]:
        """The dimensions that select this resource's metrics."""
        ...

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
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
        """A metric of this resource by name. Default: statistic Average over 5 minutes."""
        return api_gateway_metric(self._metric_dimensions(), metric_name, locals())


class HttpMetrics(MetricSource, Protocol):
    """The canned metrics of HTTP APIs and HTTP stages."""

    def metric_client_error(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
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
        """Client-side errors (4XX). Default: statistic Sum over 5 minutes."""
        return api_gateway_metric(self._metric_dimensions(), "4xx", locals(), "Sum")

    def metric_server_error(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
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
        """Server-side errors (5XX). Default: statistic Sum over 5 minutes."""
        return api_gateway_metric(self._metric_dimensions(), "5xx", locals(), "Sum")

    def metric_data_processed(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
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
        """Data processed in bytes. Default: statistic Sum over 5 minutes."""
        return api_gateway_metric(self._metric_dimensions(), "DataProcessed", locals(), "Sum")

    def metric_count(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
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
        """Requests. Default: statistic SampleCount over 5 minutes."""
        return api_gateway_metric(self._metric_dimensions(), "Count", locals(), "SampleCount")

    def metric_integration_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
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
        """Time between the request to the backend and its response. Default: Average over 5 minutes."""
        return api_gateway_metric(self._metric_dimensions(), "IntegrationLatency", locals())

    def metric_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
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
        """Time between the request and the response to the client. Default: Average over 5 minutes."""
        return api_gateway_metric(self._metric_dimensions(), "Latency", locals())
