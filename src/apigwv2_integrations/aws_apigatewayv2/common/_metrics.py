"""CloudWatch metrics of APIs and stages: aws_cdk's `metric(...)` keywords and the canned HTTP metrics."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ...core.duration import Duration

if TYPE_CHECKING:
    from ...aws_cloudwatch import Unit
    from ...aws_cloudwatch.metric import Metric

NAMESPACE = "AWS/ApiGateway"


def api_gateway_metric(dimensions: Mapping[str, str], metric_name: str, options: Mapping[str, Any]) -> Metric:
    """A metric of the API Gateway namespace with `dimensions`; options that are None are not passed."""
    merged = dict(dimensions)
    merged.update(options.get("dimensions_map") or {})
    values = {k: v for k, v in options.items() if v is not None and k != "dimensions_map"}
    # Deferred for import speed: aws_cloudwatch is needed only once a metric is asked for.
    from ...aws_cloudwatch.metric import Metric

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
        options = {
            "account": account,
            "color": color,
            "dimensions_map": dimensions_map,
            "id": id,
            "label": label,
            "period": period,
            "region": region,
            "stack_account": stack_account,
            "stack_region": stack_region,
            "statistic": statistic,
            "unit": unit,
            "visible": visible,
        }
        return api_gateway_metric(self._metric_dimensions(), metric_name, options)


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
        return self.metric(
            "4xx",
            account=account,
            color=color,
            dimensions_map=dimensions_map,
            id=id,
            label=label,
            period=period,
            region=region,
            stack_account=stack_account,
            stack_region=stack_region,
            statistic=statistic or "Sum",
            unit=unit,
            visible=visible,
        )

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
        return self.metric(
            "5xx",
            account=account,
            color=color,
            dimensions_map=dimensions_map,
            id=id,
            label=label,
            period=period,
            region=region,
            stack_account=stack_account,
            stack_region=stack_region,
            statistic=statistic or "Sum",
            unit=unit,
            visible=visible,
        )

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
        return self.metric(
            "DataProcessed",
            account=account,
            color=color,
            dimensions_map=dimensions_map,
            id=id,
            label=label,
            period=period,
            region=region,
            stack_account=stack_account,
            stack_region=stack_region,
            statistic=statistic or "Sum",
            unit=unit,
            visible=visible,
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
        return self.metric(
            "Count",
            account=account,
            color=color,
            dimensions_map=dimensions_map,
            id=id,
            label=label,
            period=period,
            region=region,
            stack_account=stack_account,
            stack_region=stack_region,
            statistic=statistic or "SampleCount",
            unit=unit,
            visible=visible,
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
        return self.metric(
            "IntegrationLatency",
            account=account,
            color=color,
            dimensions_map=dimensions_map,
            id=id,
            label=label,
            period=period,
            region=region,
            stack_account=stack_account,
            stack_region=stack_region,
            statistic=statistic,
            unit=unit,
            visible=visible,
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
        return self.metric(
            "Latency",
            account=account,
            color=color,
            dimensions_map=dimensions_map,
            id=id,
            label=label,
            period=period,
            region=region,
            stack_account=stack_account,
            stack_region=stack_region,
            statistic=statistic,
            unit=unit,
            visible=visible,
        )
