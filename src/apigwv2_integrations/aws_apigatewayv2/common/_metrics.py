"""CloudWatch metrics of APIs and stages: aws_cdk's `metric(...)` keywords and the canned HTTP metrics."""

from __future__ import annotations

from collections.abc import Mapping

from ...core.construct import Construct
from ...core.runtime_typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from typing import Any

    from ...aws_cloudwatch import Unit
    from ...aws_cloudwatch.metric import Metric
    from ...core.duration import Duration

NAMESPACE = "AWS/ApiGateway"


def api_gateway_metric(
    source: object,
    dimensions: Mapping[str, str],
    metric_name: str,
    arguments: Mapping[str, Any],
    default_statistic: str | None = None,
) -> Metric:
    """A metric of the API Gateway namespace with `dimensions`, from a `metric*` method's `locals()`.

    The options among `arguments` that are None are not passed; their `dimensions_map` is already in
    `dimensions` (see `MetricSource._metric_dimensions`). As in aws-cdk-lib, the metric is attached to
    the account and region of `source`'s stack, so an alarm in another region is refused.
    """
    # Deferred for import speed: aws_cloudwatch is needed only once a metric is asked for.
    from ...aws_cloudwatch.metric import Metric, metric_keywords

    options = metric_keywords(arguments)
    del options["dimensions_map"]
    options["statistic"] = options["statistic"] or default_statistic
    values = {k: v for k, v in options.items() if v is not None}
    metric = Metric(namespace=NAMESPACE, metric_name=metric_name, dimensions_map=dict(dimensions), **values)
    return metric.attach_to(source) if isinstance(source, Construct) else metric


class MetricSource(Protocol):
    """Something with API Gateway metrics: `metric(name, ...)` over its own dimensions.

    As in aws-cdk-lib, `dimensions_map` replaces an API's own dimension (ApiId) when given, and a stage's
    metrics keep ApiId and Stage whatever `dimensions_map` says.

    A protocol with implementations: interfaces extend it to declare the methods, classes to get them.
    """

    def _metric_dimensions(self, dimensions_map: Mapping[str, str] | None) -> Mapping[str, str]:
        """The dimensions of this resource's metrics, given the `dimensions_map` the caller passed."""
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
        return api_gateway_metric(self, self._metric_dimensions(dimensions_map), metric_name, locals())


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
        return api_gateway_metric(self, self._metric_dimensions(dimensions_map), "4xx", locals(), "Sum")

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
        return api_gateway_metric(self, self._metric_dimensions(dimensions_map), "5xx", locals(), "Sum")

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
        return api_gateway_metric(
            self, self._metric_dimensions(dimensions_map), "DataProcessed", locals(), "Sum"
        )

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
        return api_gateway_metric(
            self, self._metric_dimensions(dimensions_map), "Count", locals(), "SampleCount"
        )

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
        return api_gateway_metric(
            self, self._metric_dimensions(dimensions_map), "IntegrationLatency", locals()
        )

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
        return api_gateway_metric(self, self._metric_dimensions(dimensions_map), "Latency", locals())
