"""Alias records to a Classic Load Balancer."""

from __future__ import annotations

from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet
from ..core.runtime_typing import Protocol
from .shared import IAliasRecordTargetProps


class _ClassicLoadBalancer(Protocol):
    @property
    def load_balancer_canonical_hosted_zone_name_id(self) -> str: ...

    @property
    def load_balancer_dns_name(self) -> str: ...


class ClassicLoadBalancerTarget:
    """An alias target to a Classic Load Balancer, through its `dualstack.` name."""

    def __init__(
        self, load_balancer: _ClassicLoadBalancer, props: IAliasRecordTargetProps | None = None
    ) -> None:
        self.load_balancer = load_balancer
        self.props = props

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the load balancer's `dualstack.` DNS name and canonical hosted zone."""
        return AliasRecordTargetConfig(
            dns_name=f"dualstack.{self.load_balancer.load_balancer_dns_name}",
            hosted_zone_id=self.load_balancer.load_balancer_canonical_hosted_zone_name_id,
            evaluate_target_health=getattr(self.props, "evaluate_target_health", None),
        )
