"""HttpAlbIntegration: routes requests to an Application Load Balancer listener through a VPC link."""

from __future__ import annotations

import attrs

from ._private_integration import HttpLoadBalancerIntegrationOptions, _HttpLoadBalancerIntegration


@attrs.frozen(kw_only=True)
class HttpAlbIntegrationProps(HttpLoadBalancerIntegrationOptions):
    """Options of an HttpAlbIntegration."""


class HttpAlbIntegration(_HttpLoadBalancerIntegration):
    """Proxy requests to an ALB listener (HTTP_PROXY over a VPC link)."""
