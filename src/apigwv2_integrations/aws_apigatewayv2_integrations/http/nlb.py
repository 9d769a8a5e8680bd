"""HttpNlbIntegration: routes requests to a Network Load Balancer listener through a VPC link."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...aws_elasticloadbalancingv2 import NetworkListener
from ...core.struct import lazy_frozen
from ._private_integration import HttpLoadBalancerIntegrationOptions, _HttpLoadBalancerIntegration

if TYPE_CHECKING:
    from ...aws_ec2 import IVpc


@lazy_frozen(kw_only=True)
class HttpNlbIntegrationProps(HttpLoadBalancerIntegrationOptions):
    """Options of an HttpNlbIntegration."""


class HttpNlbIntegration(_HttpLoadBalancerIntegration):
    """Proxy requests to an NLB listener (HTTP_PROXY over a VPC link)."""

    def _vpc_of_listener(self) -> IVpc | None:
        # As aws-cdk-lib: only a listener defined in this app knows its load balancer's VPC.
        return self.listener.load_balancer.vpc if isinstance(self.listener, NetworkListener) else None
