"""InstanceIdTarget: an EC2 instance, by id, registered with an ALB or NLB target group."""

from __future__ import annotations

from ..aws_elasticloadbalancingv2 import LoadBalancerTargetProps, TargetType
from ._target import _AddressTarget


class InstanceIdTarget(_AddressTarget):
    """A target by EC2 instance id (the target group's type becomes `instance`)."""

    def __init__(self, instance_id: str, port: float | None = None) -> None:
        self.instance_id = instance_id
        self.port = port

    def _attach(self) -> LoadBalancerTargetProps:
        return LoadBalancerTargetProps(
            target_type=TargetType.INSTANCE, target_json={"id": self.instance_id, "port": self.port}
        )

    def __repr__(self) -> str:
        return f"InstanceIdTarget({self.instance_id!r}, {self.port!r})"
