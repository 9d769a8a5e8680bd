"""The base of private integrations: backends in a VPC reached through a VPC link."""

from __future__ import annotations

from ...aws_apigatewayv2 import (
    HttpConnectionType,
    HttpIntegrationType,
    HttpMethod,
    HttpRouteIntegration,
    HttpRouteIntegrationConfig,
    IHttpRoute,
    IVpcLink,
    ParameterMapping,
    PayloadFormatVersion,
)
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    # Only for annotations: the listener and VPC passed in have loaded these packages already.
    from typing import ClassVar

    from ...aws_ec2 import IVpc
    from ...aws_elasticloadbalancingv2 import (
        ApplicationListener,
        IApplicationListener,
        INetworkListener,
        NetworkListener,
    )


@lazy_frozen(kw_only=True)
class HttpPrivateIntegrationOptions(metaclass=LazyAttrsMeta):
    """Options shared by the private integrations."""

    method: HttpMethod | None = None
    """The method used to call the backend. Default: ANY."""
    parameter_mapping: ParameterMapping | None = None
    """Request parameter mappings. Default: none."""
    secure_server_name: str | None = None
    """Server name API Gateway verifies with TLS. Default: none (no TLS)."""
    timeout: Duration | None = None
    """Integration timeout, 50 milliseconds to 30 seconds. Default: 30 seconds."""
    vpc_link: IVpcLink | None = None
    """The VPC link to use. Default: one created by the API for the target's VPC."""


class _HttpPrivateIntegration(HttpRouteIntegration):
    """HTTP_PROXY through a VPC link to a load balancer listener or a Cloud Map service."""

    def __init__(self, id: str, options: HttpPrivateIntegrationOptions) -> None:
        super().__init__(id)
        self.options = options

    def _target_arn(self) -> str:
        """The integration URI: the listener or service ARN."""
        raise NotImplementedError

    def _vpc_of_target(self) -> IVpc | None:
        """The VPC of the target when this app defines it, else None."""
        return None

    def _missing_vpc_link_message(self) -> str:
        return "vpc_link=None and the target's VPC is unknown; pass vpc_link=..."

    def _vpc_link_for(self, route: IHttpRoute, scope: Construct) -> IVpcLink:
        if self.options.vpc_link is not None:
            return self.options.vpc_link
        vpc = self._vpc_of_target()
        if vpc is None:
            raise ValidationError(scope, f"integration {self.id!r}: {self._missing_vpc_link_message()}")
        link: IVpcLink = route.http_api.add_vpc_link(vpc=vpc)
        return link

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        vpc_link = self._vpc_link_for(route, scope)
        return HttpRouteIntegrationConfig(
            type=HttpIntegrationType.HTTP_PROXY,
            uri=self._target_arn(),
            method=self.options.method or HttpMethod.ANY,
            connection_type=HttpConnectionType.VPC_LINK,
            connection_id=vpc_link.vpc_link_id,
            # Private integrations accept only payload format 1.0.
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
            secure_server_name=self.options.secure_server_name,
            parameter_mapping=self.options.parameter_mapping,
            timeout=self.options.timeout,
        )


@lazy_frozen(kw_only=True)
class HttpLoadBalancerIntegrationOptions(HttpPrivateIntegrationOptions, metaclass=LazyAttrsMeta):
    """Options of the load balancer integrations."""

    vpc: IVpc | None = None
    """The listener's VPC, for imported listeners without `vpc_link`. Default: the load balancer's VPC."""


class _HttpLoadBalancerIntegration(_HttpPrivateIntegration):
    """A private integration whose target is a load balancer listener (ALB and NLB alike)."""

    options: HttpLoadBalancerIntegrationOptions

    # The listener class of this integration's kind of load balancer, and the other kind's: the
    # subclasses differ only in these.
    _listener_class: ClassVar[type[ApplicationListener] | type[NetworkListener]]
    _other_listener_class: ClassVar[type[ApplicationListener] | type[NetworkListener]]
    _other_integration_name: ClassVar[str]

    def __init__(
        self,
        id: str,
        listener: IApplicationListener | INetworkListener,
        *,
        method: HttpMethod | None = None,
        parameter_mapping: ParameterMapping | None = None,
        secure_server_name: str | None = None,
        timeout: Duration | None = None,
        vpc_link: IVpcLink | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        super().__init__(
            id,
            HttpLoadBalancerIntegrationOptions(
                method=method,
                parameter_mapping=parameter_mapping,
                secure_server_name=secure_server_name,
                timeout=timeout,
                vpc_link=vpc_link,
                vpc=vpc,
            ),
        )
        self.listener = listener

    def _target_arn(self) -> str:
        return self.listener.listener_arn

    def _vpc_of_target(self) -> IVpc | None:
        # Differs from aws-cdk-lib, which has no `vpc` option: with an imported listener it needs an
        # existing `vpc_link`, while `vpc=` lets the API create the link as it does for a defined listener.
        if self.options.vpc is not None:
            return self.options.vpc
        return self._vpc_of_listener()

    def _vpc_of_listener(self) -> IVpc | None:
        """The VPC of the listener's load balancer when this app defines the listener, else None."""
        # As aws-cdk-lib: only a listener defined in this app knows its load balancer's VPC.
        if isinstance(self.listener, self._listener_class):
            vpc: IVpc | None = self.listener.load_balancer.vpc
            return vpc
        return None

    def _missing_vpc_link_message(self) -> str:
        if isinstance(self.listener, self._other_listener_class):
            # aws-cdk-lib calls this listener imported; the actual mistake is the kind of load balancer.
            return (
                f"listener={self.listener!r} is not a listener {type(self).__name__} takes; "
                f"use {self._other_integration_name} for it"
            )
        return (
            "the listener is imported, so its VPC is unknown; pass vpc_link=... (an existing VPC link) "
            "or vpc=... (the listener's VPC, to create one)"
        )
