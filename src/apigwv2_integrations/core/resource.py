"""Resource: the base of L2 constructs, which own one or more CloudFormation resources."""

from __future__ import annotations

from typing import Any

from .arn import Arn, ArnFormat
from .construct import Construct
from .feature_flags import warn_unimplemented_flags
from .removal_policy import RemovalPolicy
from .stack import Stack
from .struct import lazy_frozen
from .tokens.token import Token


@lazy_frozen(kw_only=True)
class ResourceEnvironment:
    """The account and region a resource lives in."""

    account: str
    region: str


class PhysicalName:
    """Markers for physical names."""

    GENERATE_IF_NEEDED = "@aws-cdk/core.PhysicalName.GENERATE_IF_NEEDED"


class Resource(Construct):
    """An L2 construct: knows its stack, its environment and its physical name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.stack: Stack = Stack.of(self)
        warn_unimplemented_flags(self, self.stack)
        if environment_from_arn is not None and not Token.is_unresolved(environment_from_arn):
            parsed = Arn.split(environment_from_arn, ArnFormat.NO_RESOURCE_NAME)
            account = account or parsed.account
            region = region or parsed.region
        self.env = ResourceEnvironment(
            account=account or self.stack.account, region=region or self.stack.region
        )
        self.physical_name = physical_name

    @staticmethod
    def is_resource(x: Any) -> bool:
        """True when `x` is a Resource."""
        return isinstance(x, Resource)

    @staticmethod
    def is_owned_resource(x: Any) -> bool:
        """True when `x` is a Resource defined in this app (not imported)."""
        return isinstance(x, Resource) and x.node.default_child is not None

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Apply a removal policy to the main CloudFormation resource."""
        from .cfn_resource import CfnResource

        child = self.node.default_child
        if not isinstance(child, CfnResource):
            raise TypeError(f"{self.node.path}: cannot apply a removal policy: it has no CfnResource child")
        child.apply_removal_policy(policy)
