"""PermissionsBoundary: set or clear the permissions boundary of every role and user in a scope."""

from __future__ import annotations

from ..core.aspects import Aspects
from ..core.cfn_resource import CfnResource
from ..core.construct import IConstruct
from .managed_policy import IManagedPolicy

_BOUNDED_TYPES = ("AWS::IAM::Role", "AWS::IAM::User")


class _ApplyBoundary:
    def __init__(self, policy: IManagedPolicy) -> None:
        self._policy = policy

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, CfnResource) and node.cfn_resource_type in _BOUNDED_TYPES:
            node.add_property_override("PermissionsBoundary", self._policy.managed_policy_arn)


class _ClearBoundary:
    def visit(self, node: IConstruct) -> None:
        if isinstance(node, CfnResource) and node.cfn_resource_type in _BOUNDED_TYPES:
            node.add_property_deletion_override("PermissionsBoundary")


class PermissionsBoundary:
    """The permissions boundary of the IAM roles and users (L2 or L1) of a scope, applied with an aspect
    (it replaces one given to a role or user; a scope further down can set its own, or clear it)."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> PermissionsBoundary:
        """The permissions boundary of the roles and users in `scope`."""
        return PermissionsBoundary(scope)

    def apply(self, boundary_policy: IManagedPolicy) -> None:
        """Make `boundary_policy` the boundary of every role and user in the scope."""
        Aspects.of(self._scope).add(_ApplyBoundary(boundary_policy))  # type: ignore[arg-type]

    def clear(self) -> None:
        """Remove the boundary of every role and user in the scope."""
        Aspects.of(self._scope).add(_ClearBoundary())  # type: ignore[arg-type]
