"""The interfaces of the Network Load Balancer classes: listener, load balancer, target group, target.

The modules of nlb/ import them from here; this module imports none of those modules.
"""

from __future__ import annotations

from ...core.runtime_typing import Protocol, runtime_checkable
from ...interfaces.aws_elasticloadbalancingv2 import ITargetGroupRef
from ..shared.base_listener import IListener
from ..shared.base_load_balancer import ILoadBalancerV2
from ..shared.base_target_group import ITargetGroup, LoadBalancerTargetProps


@runtime_checkable
class INetworkListenerRef(IListener, Protocol):
    """A reference to an NLB listener."""

    @property
    def is_network_listener(self) -> bool:
        """Always True: marks a Network Load Balancer listener."""
        ...


@runtime_checkable
class INetworkListener(INetworkListenerRef, Protocol):
    """An NLB listener, defined here or imported."""


@runtime_checkable
class INetworkLoadBalancer(ILoadBalancerV2, Protocol):
    """A Network Load Balancer, defined here or imported."""

    @property
    def enforce_security_group_inbound_rules_on_private_link_traffic(self) -> str | None:
        """ "on" or "off" when set at creation; None otherwise."""
        ...


@runtime_checkable
class INetworkLoadBalancerTarget(Protocol):
    """Something that can be registered with a NetworkTargetGroup."""

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register with `target_group` and say how the target is rendered."""
        ...


@runtime_checkable
class INetworkTargetGroupRef(ITargetGroupRef, Protocol):
    """A reference to a Network Load Balancer target group."""

    @property
    def is_network_target_group(self) -> bool:
        """Always True: marks a Network Load Balancer target group."""
        ...


@runtime_checkable
class INetworkTargetGroup(ITargetGroup, INetworkTargetGroupRef, Protocol):
    """A Network Load Balancer target group, defined here or imported."""

    def register_listener(self, listener: INetworkListener) -> None:
        """Remember a listener that routes to this group."""
        ...
