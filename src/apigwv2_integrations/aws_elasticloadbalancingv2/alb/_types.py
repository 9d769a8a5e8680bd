"""The interfaces of the Application Load Balancer classes: listener, load balancer, target group, target.

The modules of alb/ import them from here; this module imports none of those modules.
"""

from __future__ import annotations

from ...aws_ec2 import Connections, IConnectable, Port
from ...core.construct import IConstruct
from ...core.runtime_typing import Protocol, runtime_checkable
from ...interfaces.aws_elasticloadbalancingv2 import ILoadBalancerRef
from ..shared.base_listener import IListener
from ..shared.base_load_balancer import ILoadBalancerV2
from ..shared.base_target_group import ITargetGroup, LoadBalancerTargetProps
from ..shared.enums import IpAddressType


@runtime_checkable
class IApplicationListenerRef(IListener, Protocol):
    """A reference to an ALB listener."""

    @property
    def is_application_listener(self) -> bool:
        """Always True: marks an Application Load Balancer listener."""
        ...


@runtime_checkable
class IApplicationListener(IApplicationListenerRef, Protocol):
    """An ALB listener, defined here or imported."""

    @property
    def connections(self) -> Connections:
        """The listener's network connections (those of its load balancer)."""
        ...

    def register_connectable(self, connectable: IConnectable, port_range: Port) -> None:
        """Let the load balancer reach `connectable` on `port_range`."""
        ...


@runtime_checkable
class IApplicationLoadBalancerRef(ILoadBalancerRef, Protocol):
    """A reference to an Application Load Balancer."""

    @property
    def is_application_load_balancer(self) -> bool:
        """Always True: marks an Application Load Balancer."""
        ...


@runtime_checkable
class IApplicationLoadBalancer(ILoadBalancerV2, IApplicationLoadBalancerRef, Protocol):
    """An Application Load Balancer, defined here or imported."""

    @property
    def ip_address_type(self) -> IpAddressType | None:
        """The IP address type; None when imported."""
        ...


@runtime_checkable
class IApplicationLoadBalancerTarget(Protocol):
    """Something that can be registered with an ApplicationTargetGroup."""

    def attach_to_application_target_group(
        self, target_group: IApplicationTargetGroup
    ) -> LoadBalancerTargetProps:
        """Register with `target_group` and say how the target is rendered."""
        ...


@runtime_checkable
class IApplicationTargetGroup(ITargetGroup, Protocol):
    """An Application Load Balancer target group, defined here or imported."""

    def register_listener(
        self, listener: IApplicationListener, associating_construct: IConstruct | None = None
    ) -> None:
        """Remember a listener that routes to this group."""
        ...

    def register_connectable(self, connectable: IConnectable, port_range: Port | None = None) -> None:
        """Let the load balancers of this group reach `connectable` (on `port_range`, else the group's
        port)."""
        ...
