"""LambdaTarget: a Lambda function behind an Application Load Balancer."""

from __future__ import annotations

from ..aws_elasticloadbalancingv2 import (
    IApplicationTargetGroup,
    INetworkTargetGroup,
    LoadBalancerTargetProps,
    TargetType,
)
from ..aws_iam import ServicePrincipal
from ..aws_lambda import IFunction
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import cast


class LambdaTarget:
    """A function (or a version or alias) registered with an ALB target group; the load balancer gets
    permission to invoke it."""

    def __init__(self, fn: IFunction) -> None:
        self.fn = fn

    def attach_to_application_target_group(
        self, target_group: IApplicationTargetGroup
    ) -> LoadBalancerTargetProps:
        """Let the load balancer invoke the function, before the group that registers it."""
        grant = self.fn.grant_invoke(ServicePrincipal("elasticloadbalancing.amazonaws.com"))
        grant.apply_before(cast("Construct", target_group))  # every target group is a construct
        return LoadBalancerTargetProps(
            target_type=TargetType.LAMBDA, target_json={"id": self.fn.function_arn}
        )

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Refused: a Network Load Balancer cannot send requests to a function."""
        raise ValidationError(
            cast("Construct", target_group),
            f"targets has LambdaTarget({self.fn.node.path}); a Network Load Balancer cannot invoke Lambda "
            "functions: put the function behind an Application Load Balancer",
        )

    def __repr__(self) -> str:
        return f"LambdaTarget({self.fn.node.path})"
