"""InstanceIdTarget and InstanceTarget: an EC2 instance registered with an ALB or NLB target group."""

from __future__ import annotations

from ..aws_elasticloadbalancingv2 import LoadBalancerTargetProps, TargetType
from ..core.runtime_typing import Protocol, runtime_checkable
from ._target import _AddressTarget


@runtime_checkable
class _HasInstanceId(Protocol):
    """An EC2 instance: what InstanceTarget reads of it."""

    @property
    def instance_id(self) -> str: ...


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


class InstanceTarget(InstanceIdTarget):
    """A target by EC2 instance (an `aws_ec2.Instance`, or any object with an `instance_id`)."""

    def __init__(self, instance: _HasInstanceId, port: float | None = None) -> None:
        super().__init__(instance.instance_id, port)

    def __repr__(self) -> str:
        return f"InstanceTarget(<instance {self.instance_id!r}>, {self.port!r})"
