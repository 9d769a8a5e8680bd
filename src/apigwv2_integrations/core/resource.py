"""Resource: the base of L2 constructs, which own one or more CloudFormation resources."""

from __future__ import annotations

from typing import Any

from .arn import Arn, ArnFormat
from .cfn_resource import CfnResource
from .construct import Construct
from .errors import ValidationError
from .feature_flags import warn_unimplemented_flags
from .reference_strength import ReferenceStrength
from .removal_policy import RemovalPolicy
from .resource_types import ResourceEnvironment
from .stack import Stack
from .struct import lazy_frozen
from .tokens.token import Token


@lazy_frozen(kw_only=True)
class ResourceProps:
    """The keywords of `Resource` as one struct."""

    account: str | None = None
    """The account the resource lives in. Default: the stack's account."""
    environment_from_arn: str | None = None
    """An ARN to take the account and region from. Default: account and region as given."""
    physical_name: str | None = None
    """The physical name of the resource. Default: CloudFormation generates one."""
    region: str | None = None
    """The region the resource lives in. Default: the stack's region."""


class PhysicalName:
    """Markers for physical names."""

    GENERATE_IF_NEEDED = "@aws-cdk/core.PhysicalName.GENERATE_IF_NEEDED"


class Resource(Construct):
    """An L2 construct: knows its stack, its environment and its physical name."""

    _records_mixins = True

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
        self._env_account = account or self.stack.account
        self._env_region = region or self.stack.region
        self._env: ResourceEnvironment | None = None  # made when first read: most resources never are
        self.physical_name = physical_name

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region the resource is in (its stack's, unless it was given others)."""
        env = self._env
        if env is None:
            env = self._env = ResourceEnvironment(account=self._env_account, region=self._env_region)
        return env

    @env.setter
    def env(self, value: ResourceEnvironment) -> None:
        self._env = value

    @staticmethod
    def is_resource(construct: Any) -> bool:
        """True when `construct` is a Resource."""
        return isinstance(construct, Resource)

    @staticmethod
    def is_owned_resource(construct: Any) -> bool:
        """True when `construct` is a Resource defined in this app (not imported)."""
        return isinstance(construct, Resource) and construct.node.default_child is not None

    def apply_cross_stack_reference_strength(self, strength: ReferenceStrength) -> None:
        """Reference this resource from other stacks with `strength`, whatever their context says.

        Useful to weaken only the references that block a change (a producer cannot delete an export in
        use) without changing the app's default.
        """
        child = self.node.default_child
        if not isinstance(child, CfnResource):
            raise ValidationError(
                self,
                f"cannot apply_cross_stack_reference_strength({strength}): it has no CfnResource default "
                "child; apply it to the CfnResource itself",
            )
        child.apply_cross_stack_reference_strength(strength)

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Apply a removal policy to the main CloudFormation resource."""
        child = self.node.default_child
        if not isinstance(child, CfnResource):
            raise TypeError(f"{self.node.path}: cannot apply a removal policy: it has no CfnResource child")
        child.apply_removal_policy(policy)
