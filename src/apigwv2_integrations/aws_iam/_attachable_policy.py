"""What Policy and ManagedPolicy share: statements, and the roles, users and groups they are attached to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..core.construct import Construct
from ..core.resource import Resource
from .policy_document import PolicyDocument
from .policy_statement import PolicyStatement

if TYPE_CHECKING:
    from .group import IGroup
    from .role import IRole
    from .user import IUser


class _AttachablePolicy(Resource):
    """A policy document attached to roles, users and groups; subclasses react to a new attachment."""

    document: PolicyDocument

    def __init__(self, scope: Construct, id: str, *, physical_name: str | None) -> None:
        super().__init__(scope, id, physical_name=physical_name)
        self._roles: list[Any] = []
        self._users: list[Any] = []
        self._groups: list[Any] = []

    def _attach_all(
        self,
        roles: Sequence[IRole] | None,
        users: Sequence[IUser] | None,
        groups: Sequence[IGroup] | None,
        statements: Sequence[PolicyStatement] | None,
    ) -> None:
        """The attachments and statements given to the constructor."""
        for role in roles or ():
            self.attach_to_role(role)
        for user in users or ():
            self.attach_to_user(user)
        for group in groups or ():
            self.attach_to_group(group)
        self.add_statements(*(statements or ()))

    def add_statements(self, *statement: PolicyStatement) -> None:
        """Add statements to the document."""
        self.document.add_statements(*statement)

    def attach_to_role(self, role: IRole) -> None:
        """Attach the policy to a role (once)."""
        if not any(r is role for r in self._roles):
            self._roles.append(role)
            self._attached_to_role(role)

    def attach_to_user(self, user: IUser) -> None:
        """Attach the policy to a user, once."""
        if not any(u is user for u in self._users):
            self._users.append(user)
            self._attached_to_user_or_group(user)

    def attach_to_group(self, group: IGroup) -> None:
        """Attach the policy to a group, once."""
        if not any(g is group for g in self._groups):
            self._groups.append(group)
            self._attached_to_user_or_group(group)

    def _attached_to_role(self, role: IRole) -> None:
        """Called once for each role the policy is attached to."""

    def _attached_to_user_or_group(self, owner: IUser | IGroup) -> None:
        """Called once for each user and group the policy is attached to."""
