"""What the load balancers, listeners and target groups that `from_*` factories import have in common."""

from __future__ import annotations

from ...aws_ec2 import IVpc
from ...cfn.aws_elasticloadbalancingv2 import (
    ListenerReference,
    LoadBalancerReference,
    TargetGroupReference,
)
from ...core.arn import Arn, ArnFormat
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.resource import Resource
from ...core.resource_types import ResourceEnvironment
from ...core.runtime_typing import Protocol
from ...core.stack import Stack
from ...core.tokens.fn import Fn
from ...core.tokens.pseudo import Aws
from ...core.tokens.token import Token


def parse_load_balancer_full_name(scope: Construct, load_balancer_arn: str) -> str:
    """`app/<name>/<id>` from `arn:...:loadbalancer/app/<name>/<id>`, the dimension of its metrics.

    A token ARN is taken apart at deploy time on its `/`, as aws-cdk-lib does.
    """
    if Token.is_unresolved(load_balancer_arn):
        parts = Fn.split("/", load_balancer_arn)
        return f"{Fn.select(1, parts)}/{Fn.select(2, parts)}/{Fn.select(3, parts)}"
    resource_name = Arn.split(load_balancer_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
    if not resource_name:
        raise ValidationError(
            scope,
            f"load_balancer_arn={load_balancer_arn!r} is not the ARN of a load balancer; "
            "expected 'arn:...:loadbalancer/<app|net>/<name>/<id>'",
        )
    return resource_name


def parse_target_group_full_name(scope: Construct, target_group_arn: str) -> str:
    """`targetgroup/<name>/<id>` from a target group's ARN, the dimension of its metrics."""
    resource = Arn.split(target_group_arn, ArnFormat.NO_RESOURCE_NAME).resource
    if not resource:
        raise ValidationError(
            scope,
            f"target_group_arn={target_group_arn!r} is not the ARN of a target group; "
            "expected 'arn:...:targetgroup/<name>/<id>'",
        )
    return resource


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
        # The dimension of the load balancer's metrics, parsed at import (so a bad ARN fails here), as
        # aws-cdk-lib does.
        self._load_balancer_full_name = parse_load_balancer_full_name(self, attributes.load_balancer_arn)

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


def stack_environment(construct: Construct) -> ResourceEnvironment:
    """The account and region of the construct's stack: a target group's `env`, made or imported."""
    stack = Stack.of(construct)
    return ResourceEnvironment(account=stack.account, region=stack.region)


class _ImportedTargetGroup(Construct):
    """An existing target group: its ARN, and the load balancers it serves when they were given."""

    _kind: str
    """`Application` or `Network`, named in the errors."""

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region of the stack the target group was imported into."""
        return stack_environment(self)

    def __init__(
        self, scope: Construct, id: str, target_group_arn: str, load_balancer_arns: str | None
    ) -> None:
        super().__init__(scope, id)
        self.target_group_arn = target_group_arn
        self._load_balancer_arns = load_balancer_arns
        # The dimensions of the group's metrics (its own full name and its first load balancer's), parsed
        # at import as aws-cdk-lib does; without load balancers the group has no metrics.
        self._metric_dimensions: tuple[str, str] | None = None
        if load_balancer_arns:
            self._metric_dimensions = (
                parse_target_group_full_name(self, target_group_arn),
                parse_load_balancer_full_name(self, load_balancer_arns),
            )

    @property
    def target_group_ref(self) -> TargetGroupReference:
        """A reference to the target group: its ARN."""
        return TargetGroupReference(target_group_arn=self.target_group_arn)

    @property
    def load_balancer_arns(self) -> str:
        """The ARNs given on import; `AWS::NoValue` without them (a property it is given to is left
        out), as in aws-cdk-lib."""
        return Aws.NO_VALUE if self._load_balancer_arns is None else self._load_balancer_arns

    def _required_metric_dimensions(self) -> tuple[str, str]:
        """The group's full name and its load balancer's, or an error when no load balancer was given."""
        if self._metric_dimensions is None:
            raise ValidationError(
                self,
                f"load_balancer_arns={self._load_balancer_arns!r}, so the imported group's metrics lack "
                f"their LoadBalancer dimension; pass load_balancer_arns=... to {self._kind}TargetGroup"
                ".from_target_group_attributes()",
            )
        return self._metric_dimensions
