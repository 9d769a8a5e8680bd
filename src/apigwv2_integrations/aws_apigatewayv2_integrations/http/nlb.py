"""HttpNlbIntegration: routes requests to a Network Load Balancer listener through a VPC link."""

from __future__ import annotations

from ...aws_elasticloadbalancingv2 import ApplicationListener, NetworkListener
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ._private_integration import HttpLoadBalancerIntegrationOptions, _HttpLoadBalancerIntegration


@lazy_frozen(kw_only=True)
class HttpNlbIntegrationProps(HttpLoadBalancerIntegrationOptions, metaclass=LazyAttrsMeta):
    """Options of an HttpNlbIntegration."""


class HttpNlbIntegration(_HttpLoadBalancerIntegration):
    """Proxy requests to an NLB listener (HTTP_PROXY over a VPC link)."""

    _listener_class = NetworkListener
    _other_listener_class = ApplicationListener
    _other_integration_name = "HttpAlbIntegration"
