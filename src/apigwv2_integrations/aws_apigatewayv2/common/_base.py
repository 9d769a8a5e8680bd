"""What HTTP and WebSocket APIs share: the API id and endpoint, metrics and execute-api ARNs."""

from __future__ import annotations

from collections.abc import Mapping

from ...cfn.aws_apigatewayv2 import ApiReference
from ...core.resource import Resource
from ...core.resource_types import IResource
from ...core.runtime_typing import Protocol, runtime_checkable
from ._metrics import MetricSource


@runtime_checkable
class IApi(IResource, MetricSource, Protocol):
    """An API Gateway v2 API, defined here or imported."""

    @property
    def api_id(self) -> str:
        """The API's identifier."""
        ...

    @property
    def api_endpoint(self) -> str:
        """The default endpoint of the API."""
        ...

    @property
    def api_ref(self) -> ApiReference:
        """A reference to this API (`ApiReference`)."""
        ...


class ApiBase(Resource, MetricSource):
    """Base of HTTP and WebSocket APIs: metrics by ApiId."""

    # aws-cdk-lib's ApiBase has no name of its own in tree.json (an imported API shows as Resource).
    _TREE_FQN = "aws-cdk-lib.Resource"

    api_id: str

    @property
    def api_ref(self) -> ApiReference:
        """A reference to this API (`ApiReference`)."""
        return ApiReference(api_id=self.api_id)

    def _metric_dimensions(self, dimensions_map: Mapping[str, str] | None) -> Mapping[str, str]:
        # As aws-cdk-lib: a `dimensions_map` replaces the ApiId dimension instead of adding to it.
        return {"ApiId": self.api_id} if dimensions_map is None else dimensions_map
