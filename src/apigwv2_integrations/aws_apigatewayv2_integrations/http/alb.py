"""HttpAlbIntegration: routes requests to an Application Load Balancer listener through a VPC link."""

from __future__ import annotations

from ...aws_elasticloadbalancingv2 import ApplicationListener, NetworkListener
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ._private_integration import HttpLoadBalancerIntegrationOptions, _HttpLoadBalancerIntegration


@lazy_frozen(kw_only=True)
class HttpAlbIntegrationProps(HttpLoadBalancerIntegrationOptions, metaclass=LazyAttrsMeta):
    """Options of an HttpAlbIntegration."""


class HttpAlbIntegration(_HttpLoadBalancerIntegration):
    """Proxy requests to an ALB listener (HTTP_PROXY over a VPC link)."""

    _listener_class = ApplicationListener
    _other_listener_class = NetworkListener
    _other_integration_name = "HttpNlbIntegration"
