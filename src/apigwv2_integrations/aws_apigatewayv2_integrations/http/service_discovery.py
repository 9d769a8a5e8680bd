"""HttpServiceDiscoveryIntegration: routes requests to a Cloud Map service through a VPC link."""

from __future__ import annotations

from ...aws_apigatewayv2 import HttpMethod, IVpcLink, ParameterMapping
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ._private_integration import HttpPrivateIntegrationOptions, _HttpPrivateIntegration

if TYPE_CHECKING:
    from ...interfaces.aws_servicediscovery import IServiceRef


@lazy_frozen(kw_only=True)
class HttpServiceDiscoveryIntegrationProps(HttpPrivateIntegrationOptions, metaclass=LazyAttrsMeta):
    """Options of an HttpServiceDiscoveryIntegration (`vpc_link` is required)."""


class HttpServiceDiscoveryIntegration(_HttpPrivateIntegration):
    """Proxy requests to a Cloud Map service (a `Service`, an imported one or a `CfnService`) over a VPC link.

    Differs from aws-cdk-lib, which ignores `timeout` for this integration: it is rendered here.
    """

    def __init__(
        self,
        id: str,
        service: IServiceRef,
        *,
        method: HttpMethod | None = None,
        parameter_mapping: ParameterMapping | None = None,
        secure_server_name: str | None = None,
        timeout: Duration | None = None,
        vpc_link: IVpcLink | None = None,
    ) -> None:
        props = HttpServiceDiscoveryIntegrationProps(
            method=method,
            parameter_mapping=parameter_mapping,
            secure_server_name=secure_server_name,
            timeout=timeout,
            vpc_link=vpc_link,
        )
        super().__init__(id, props)
        self.service = service

    def _target_arn(self) -> str:
        return self.service.service_ref.service_arn

    def _missing_vpc_link_message(self) -> str:
        return "vpc_link=None; Cloud Map integrations need an explicit VPC link: pass vpc_link=..."
