"""What HTTP and WebSocket APIs share: the API id and endpoint, metrics and execute-api ARNs."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from ...aws_cloudwatch.metric import Metric
from ...core.resource import Resource

_NAMESPACE = "AWS/ApiGateway"


@runtime_checkable
class IApi(Protocol):
    """An API Gateway v2 API, defined here or imported."""

    @property
    def api_id(self) -> str:
        """The API's identifier."""
        ...

    @property
    def api_endpoint(self) -> str:
        """The default endpoint of the API."""
        ...


def metric_of(namespace_dimensions: dict[str, str], metric_name: str, options: dict[str, Any]) -> Metric:
    """A metric of the API Gateway namespace with these dimensions, options applied."""
    dimensions = dict(namespace_dimensions)
    dimensions.update(options.pop("dimensions_map", None) or {})
    values = {k: v for k, v in options.items() if v is not None}
    return Metric(namespace=_NAMESPACE, metric_name=metric_name, dimensions_map=dimensions, **values)


class ApiBase(Resource):
    """Base of HTTP and WebSocket APIs: metrics by ApiId."""

    api_id: str

    def metric(self, metric_name: str, **props: Any) -> Metric:
        """A metric of this API. Default: statistic Average over 5 minutes."""
        return metric_of({"ApiId": self.api_id}, metric_name, props)
