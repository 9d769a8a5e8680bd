"""HttpUrlIntegration: proxies requests to a public URL."""

from __future__ import annotations

from ...aws_apigatewayv2 import (
    HttpIntegrationType,
    HttpMethod,
    HttpRouteIntegration,
    HttpRouteIntegrationConfig,
    IHttpRoute,
    ParameterMapping,
    PayloadFormatVersion,
)
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class HttpUrlIntegrationProps(metaclass=LazyAttrsMeta):
    """Options of an HttpUrlIntegration."""

    method: HttpMethod | None = None
    """The method used to call the URL. Default: ANY."""
    parameter_mapping: ParameterMapping | None = None
    """Request parameter mappings. Default: none."""
    timeout: Duration | None = None
    """Integration timeout, 50 milliseconds to 30 seconds. Default: 30 seconds."""


class HttpUrlIntegration(HttpRouteIntegration):
    """Proxy requests to a URL (HTTP_PROXY)."""

    def __init__(
        self,
        id: str,
        url: str,
        *,
        method: HttpMethod | None = None,
        parameter_mapping: ParameterMapping | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(id)
        self.url = url
        self.props = HttpUrlIntegrationProps(
            method=method, parameter_mapping=parameter_mapping, timeout=timeout
        )

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        return HttpRouteIntegrationConfig(
            type=HttpIntegrationType.HTTP_PROXY,
            uri=self.url,
            method=self.props.method or HttpMethod.ANY,
            # HTTP proxy integrations accept only payload format 1.0.
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
            parameter_mapping=self.props.parameter_mapping,
            timeout=self.props.timeout,
        )
