"""Application Load Balancers as targets of a Network Load Balancer (target type `alb`)."""

from __future__ import annotations

from ..aws_elasticloadbalancingv2 import (
    ApplicationListener,
    IApplicationLoadBalancer,
    INetworkTargetGroup,
    LoadBalancerTargetProps,
    TargetType,
)
from ..core.construct import Construct
from ..core.runtime_typing import cast


class AlbArnTarget:
    """An Application Load Balancer, by ARN, registered with an NLB target group on `port`."""

    def __init__(self, alb_arn: str, port: float) -> None:
        self._alb_arn = alb_arn
        self._port = port

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register the load balancer with `target_group`."""
        return LoadBalancerTargetProps(
            target_type=TargetType.ALB, target_json={"id": self._alb_arn, "port": self._port}
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._alb_arn!r}, {self._port!r})"


class AlbTarget(AlbArnTarget):
    """An Application Load Balancer of the app, registered with an NLB target group on `port`
    (deprecated in aws_cdk: `AlbListenerTarget` also waits for the listener)."""

    def __init__(self, alb: IApplicationLoadBalancer, port: float) -> None:
        super().__init__(alb.load_balancer_arn, port)


class AlbListenerTarget(AlbArnTarget):
    """The load balancer of an ALB listener, registered on the listener's port; the NLB target group
    waits for the listener, which the registration needs."""

    def __init__(self, alb_listener: ApplicationListener) -> None:
        super().__init__(alb_listener.load_balancer.load_balancer_arn, alb_listener.port)
        self._alb_listener = alb_listener

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register the listener's load balancer with `target_group`, after the listener."""
        cast("Construct", target_group).node.add_dependency(self._alb_listener)  # every group is a construct
        return super().attach_to_network_target_group(target_group)
