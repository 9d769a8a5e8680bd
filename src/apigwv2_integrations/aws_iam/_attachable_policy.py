"""What Policy and ManagedPolicy share: statements, and the roles, users and groups they are attached to."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.tokens.lazy import Lazy
from .policy_document import PolicyDocument
from .policy_statement import PolicyStatement
from .principals import AddToPrincipalPolicyResult, IPrincipal, PrincipalPolicyFragment

if TYPE_CHECKING:
    from typing import Any

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
        self._grant_principal: _PolicyGrantPrincipal | None = None

    @property
    def grant_principal(self) -> IPrincipal:
        """A principal whose grants add statements to this policy; grants that need a resource policy fail,
        since a policy is no principal of its own."""
        if self._grant_principal is None:
            self._grant_principal = _PolicyGrantPrincipal(self)
        return self._grant_principal

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
        """Attach the policy to a role, once per role ARN."""
        # aws-cdk-lib compares ARNs, so a role imported by the ARN of one already attached is skipped.
        if not any(r.role_arn == role.role_arn for r in self._roles):
            self._roles.append(role)
            self._attached_to_role(role)

    def attach_to_user(self, user: IUser) -> None:
        """Attach the policy to a user, once per user ARN."""
        if not any(u.user_arn == user.user_arn for u in self._users):
            self._users.append(user)
            self._attached_to_user_or_group(user)

    def attach_to_group(self, group: IGroup) -> None:
        """Attach the policy to a group, once per group ARN."""
        if not any(g.group_arn == group.group_arn for g in self._groups):
            self._groups.append(group)
            self._attached_to_user_or_group(group)

    def _attached_to_role(self, role: IRole) -> None:
        """Called once for each role the policy is attached to."""

    def _attached_to_user_or_group(self, owner: IUser | IGroup) -> None:
        """Called once for each user and group the policy is attached to."""


class _PolicyGrantPrincipal:
    """The grant principal of a Policy or ManagedPolicy: what is granted to it becomes its statements."""

    def __init__(self, policy: _AttachablePolicy) -> None:
        self._policy = policy
        self.principal_account: str | None = policy.env.account

    def _no_principal(self) -> ValidationError:
        kind = type(self._policy).__name__
        return ValidationError(
            self._policy,
            "This grant operation needs to add a resource policy so needs access to a principal. Grant "
            f"permissions to a Role or User, instead of a {kind}.",
        )

    def _arn(self) -> str:
        raise self._no_principal()

    @property
    def grant_principal(self) -> IPrincipal:
        return self

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        # Only a resource policy reads it, and a policy cannot be named in one.
        return PrincipalPolicyFragment({"AWS": [Lazy.string(self._arn)]})  # as ArnPrincipal(arn) gives

    @property
    def assume_role_action(self) -> str:
        raise self._no_principal()

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add a statement to the policy."""
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to the policy, which is what depends on it."""
        self._policy.add_statements(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self._policy)

    def __str__(self) -> str:
        return f"{type(self._policy).__name__}({self._policy.node.path})"
