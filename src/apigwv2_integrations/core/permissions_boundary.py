"""PermissionsBoundary: the managed policy set as permissions boundary of every IAM role and user of a
stack or stage."""

from __future__ import annotations

from .construct import Construct

__all__ = ["PermissionsBoundary"]

PERMISSIONS_BOUNDARY_CONTEXT = "@aws-cdk/core:permissionsBoundary"


class PermissionsBoundary:
    """A permissions boundary policy, by name or ARN; `${Qualifier}` stands for the bootstrap qualifier."""

    def __init__(self, policy_name: str | None = None, policy_arn: str | None = None) -> None:
        self._policy_name = policy_name
        self._policy_arn = policy_arn

    @staticmethod
    def from_name(name: str) -> PermissionsBoundary:
        """The customer managed policy `name` of the stack's account."""
        return PermissionsBoundary(policy_name=name)

    @staticmethod
    def from_arn(arn: str) -> PermissionsBoundary:
        """The managed policy `arn`."""
        return PermissionsBoundary(policy_arn=arn)

    def __repr__(self) -> str:
        if self._policy_arn is not None:
            return f"PermissionsBoundary.from_arn({self._policy_arn!r})"
        return f"PermissionsBoundary.from_name({self._policy_name!r})"


def bind_permissions_boundary(scope: Construct, boundary: PermissionsBoundary) -> None:
    """Make `boundary` the permissions boundary of the stacks of `scope` (it is context below `scope`)."""
    given = {"name": boundary._policy_name, "arn": boundary._policy_arn}
    context = {key: value for key, value in given.items() if value is not None}
    scope.node.set_context(PERMISSIONS_BOUNDARY_CONTEXT, context)
