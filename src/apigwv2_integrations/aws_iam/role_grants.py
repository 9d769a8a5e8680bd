"""RoleGrants: the grants a role gives on itself (assume it, pass it)."""

from __future__ import annotations

from ..cfn.aws_iam import RoleReference
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import Protocol
from .arn_principals import AccountPrincipal
from .grant import Grant
from .principals import IPrincipal, ServicePrincipal


class _RoleRef(Protocol):
    @property
    def role_ref(self) -> RoleReference: ...


class RoleGrants:
    """Grants on a role: `RoleGrants.from_role(role)`, or `Role.grants`."""

    def __init__(self, role: _RoleRef) -> None:
        self.role = role

    @staticmethod
    def from_role(role: _RoleRef) -> RoleGrants:
        """The grants of `role`."""
        return RoleGrants(role)

    def assume_role(self, identity: IPrincipal) -> Grant:
        """Allow `identity` to assume the role (service and account principals belong in its trust policy)."""
        if isinstance(identity, (ServicePrincipal, AccountPrincipal)):
            raise ValidationError(
                self.role if isinstance(self.role, Construct) else None,
                f"identity={identity} cannot be granted sts:AssumeRole; "
                "put service and account principals in assumed_by instead",
            )
        return Grant.add_to_principal(
            grantee=identity, actions=["sts:AssumeRole"], resource_arns=[self.role.role_ref.role_arn]
        )

    def pass_role(self, identity: IPrincipal) -> Grant:
        """Allow `identity` to pass the role to a service."""
        return Grant.add_to_principal(
            grantee=identity, actions=["iam:PassRole"], resource_arns=[self.role.role_ref.role_arn]
        )
