"""LazyRole: a role made only when something reads it (its ARN, name, fragment or a grant)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..cfn.aws_iam import RoleReference
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from .managed_policy import IManagedPolicy
from .policy import Policy
from .policy_document import PolicyDocument
from .principals import AddToPrincipalPolicyResult, IGrantable, IPrincipal, PrincipalPolicyFragment
from .role import Role, RoleProps

if TYPE_CHECKING:
    from .grant import Grant
    from .policy_statement import PolicyStatement


@lazy_frozen(kw_only=True)
class LazyRoleProps(RoleProps, metaclass=LazyAttrsMeta):
    """Properties of a LazyRole: those of the Role it makes."""


class LazyRole(Resource):
    """A role that exists only if used: statements, inline and managed policies wait until the role
    is made, under the id `Default`, when its ARN, ID, name, policy fragment or a grant is first read."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assumed_by: IPrincipal,
        description: str | None = None,
        external_ids: Sequence[str] | None = None,
        inline_policies: Mapping[str, PolicyDocument] | None = None,
        managed_policies: Sequence[IManagedPolicy] | None = None,
        max_session_duration: Duration | None = None,
        path: str | None = None,
        permissions_boundary: IManagedPolicy | None = None,
        role_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._props = LazyRoleProps(
            assumed_by=assumed_by,
            description=description,
            external_ids=external_ids,
            inline_policies=inline_policies,
            managed_policies=managed_policies,
            max_session_duration=max_session_duration,
            path=path,
            permissions_boundary=permissions_boundary,
            role_name=role_name,
        )
        self._role: Role | None = None
        self._statements: list[PolicyStatement] = []
        self._policies: list[Policy] = []
        self._managed_policies: list[IManagedPolicy] = []

    def _instantiate(self) -> Role:
        if self._role is None:
            props = self._props
            role = Role(
                self,
                "Default",
                assumed_by=props.assumed_by,
                description=props.description,
                external_ids=props.external_ids,
                inline_policies=props.inline_policies,
                managed_policies=props.managed_policies,
                max_session_duration=props.max_session_duration,
                path=props.path,
                permissions_boundary=props.permissions_boundary,
                role_name=props.role_name,
            )
            for statement in self._statements:
                role.add_to_policy(statement)
            for policy in self._policies:
                role.attach_inline_policy(policy)
            for managed in self._managed_policies:
                role.add_managed_policy(managed)
            self._role = role
        return self._role

    @property
    def grant_principal(self) -> IPrincipal:
        """The role itself."""
        return self

    @property
    def assume_role_action(self) -> str:
        """`sts:AssumeRole`."""
        return "sts:AssumeRole"

    @property
    def principal_account(self) -> str | None:
        """The account of the role's stack."""
        return self.env.account

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """The role as a principal (makes the role)."""
        return self._instantiate().policy_fragment

    @property
    def role_arn(self) -> str:
        """The role's ARN (makes the role)."""
        return self._instantiate().role_arn

    @property
    def role_id(self) -> str:
        """The role's unique ID (makes the role)."""
        return self._instantiate().role_id

    @property
    def role_name(self) -> str:
        """The role's name (makes the role)."""
        return self._instantiate().role_name

    @property
    def role_ref(self) -> RoleReference:
        """A reference to the role (makes the role)."""
        return self._instantiate().role_ref

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to the role's default policy (kept until the role is made)."""
        if self._role is not None:
            return self._role.add_to_principal_policy(statement)
        self._statements.append(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add a statement to the role's default policy; True."""
        return self.add_to_principal_policy(statement).statement_added

    def attach_inline_policy(self, policy: Policy) -> None:
        """Attach an inline policy (kept until the role is made)."""
        if self._role is not None:
            self._role.attach_inline_policy(policy)
        else:
            self._policies.append(policy)

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Attach a managed policy (kept until the role is made)."""
        if self._role is not None:
            self._role.add_managed_policy(policy)
        else:
            self._managed_policies.append(policy)

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Grant `identity` the actions on this role (makes the role)."""
        return self._instantiate().grant(identity, *actions)

    def grant_pass_role(self, identity: IGrantable) -> Grant:
        """Let `identity` pass this role to a service (makes the role)."""
        return self._instantiate().grant_pass_role(identity)

    def grant_assume_role(self, identity: IGrantable) -> Grant:
        """Let `identity` assume this role (makes the role)."""
        return self._instantiate().grant_assume_role(identity)
