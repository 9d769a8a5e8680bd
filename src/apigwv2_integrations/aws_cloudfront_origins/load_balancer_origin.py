"""LoadBalancerV2Origin: an application or network load balancer as an origin."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING, Protocol
from .http_origin import HttpOrigin

if TYPE_CHECKING:
    from typing import Any


class ILoadBalancerV2(Protocol):
    """What an origin needs of an application or network load balancer (`ILoadBalancerV2` of
    aws_elasticloadbalancingv2, which sits above this package)."""

    @property
    def load_balancer_dns_name(self) -> str:
        """The load balancer's DNS name."""
        ...


class LoadBalancerV2Origin(HttpOrigin):
    """A load balancer as an origin, reached by its DNS name (the load balancer must be internet-facing)."""

    def __init__(self, load_balancer: ILoadBalancerV2, **props: Any) -> None:
        """`props` are HttpOrigin's keywords: `protocol_policy`, `http_port`, `read_timeout`, ..."""
        super().__init__(load_balancer.load_balancer_dns_name, **props)
