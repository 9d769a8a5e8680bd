"""What the load balancers, listeners and target groups that `from_*` factories import have in common."""

from __future__ import annotations

from typing import Protocol

from ...aws_ec2 import IVpc
from ...cfn.aws_elasticloadbalancingv2 import (
    ListenerReference,
    LoadBalancerReference,
    TargetGroupReference,
)
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.resource import Resource


class _LoadBalancerAttributes(Protocol):
    """The attributes an application and a network load balancer are both imported by."""

    @property
    def load_balancer_arn(self) -> str: ...

    @property
    def load_balancer_canonical_hosted_zone_id(self) -> str | None: ...

    @property
    def load_balancer_dns_name(self) -> str | None: ...

    @property
    def vpc(self) -> IVpc | None: ...


class _ImportedLoadBalancer(Resource):
    """An existing load balancer: its ARN and VPC, and DNS attributes that raise when they were not given."""

    _factory: str
    """The `from_*` factory that imports this kind, named in the errors."""

    def __init__(self, scope: Construct, id: str, attributes: _LoadBalancerAttributes) -> None:
        super().__init__(scope, id, environment_from_arn=attributes.load_balancer_arn)
        self._attributes = attributes
        self.vpc = attributes.vpc
        self.load_balancer_arn = attributes.load_balancer_arn

    @property
    def load_balancer_ref(self) -> LoadBalancerReference:
        """A reference to the load balancer: its ARN."""
        return LoadBalancerReference(load_balancer_arn=self.load_balancer_arn)

    @property
    def load_balancer_canonical_hosted_zone_id(self) -> str:
        return self._given(
            "load_balancer_canonical_hosted_zone_id", self._attributes.load_balancer_canonical_hosted_zone_id
        )

    @property
    def load_balancer_dns_name(self) -> str:
        return self._given("load_balancer_dns_name", self._attributes.load_balancer_dns_name)

    def _given(self, name: str, value: str | None) -> str:
        if value is None:
            raise ValidationError(
                self,
                f"{name}=None in the imported load balancer's attributes; pass it to {self._factory}()",
            )
        return value


class _ImportedListener(Resource):
    """An existing listener, known by its ARN."""

    def __init__(self, scope: Construct, id: str, listener_arn: str) -> None:
        super().__init__(scope, id)
        self.listener_arn = listener_arn

    @property
    def listener_ref(self) -> ListenerReference:
        """A reference to the listener: its ARN."""
        return ListenerReference(listener_arn=self.listener_arn)


class _ImportedTargetGroup(Construct):
    """An existing target group: its ARN, and the load balancers it serves when they were given."""

    def __init__(
        self, scope: Construct, id: str, target_group_arn: str, load_balancer_arns: str | None
    ) -> None:
        super().__init__(scope, id)
        self.target_group_arn = target_group_arn
        self._load_balancer_arns = load_balancer_arns

    @property
    def target_group_ref(self) -> TargetGroupReference:
        """A reference to the target group: its ARN."""
        return TargetGroupReference(target_group_arn=self.target_group_arn)

    @property
    def load_balancer_arns(self) -> str:
        if self._load_balancer_arns is None:
            raise ValidationError(
                self,
                "load_balancer_arns=None in the imported group's attributes; pass load_balancer_arns=...",
            )
        return self._load_balancer_arns
