"""IpTarget: an IP address registered with an ALB or NLB target group."""

from __future__ import annotations

from ..aws_elasticloadbalancingv2 import LoadBalancerTargetProps, TargetType
from ._target import _AddressTarget


class IpTarget(_AddressTarget):
    """A target by IP address (the target group's type becomes `ip`)."""

    def __init__(
        self, ip_address: str, port: float | None = None, availability_zone: str | None = None
    ) -> None:
        self.ip_address = ip_address
        self.port = port
        self.availability_zone = availability_zone

    def _attach(self) -> LoadBalancerTargetProps:
        return LoadBalancerTargetProps(
            target_type=TargetType.IP,
            target_json={
                "id": self.ip_address,
                "port": self.port,
                "availability_zone": self.availability_zone,
            },
        )

    def __repr__(self) -> str:
        return f"IpTarget({self.ip_address!r}, {self.port!r}, {self.availability_zone!r})"
