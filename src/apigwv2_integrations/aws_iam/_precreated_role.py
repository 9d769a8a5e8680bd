"""The stand-in for a role that customized roles replace: it keeps what the role would have had, for
the policy report, and points at the precreated role (by name) for everything else."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.precreated_roles import PolicySynthesizer, RoleReport
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from .managed_policy import IManagedPolicy, ManagedPolicy
from .policy import Policy
from .policy_document import PolicyDocument
from .policy_statement import PolicyStatement
from .principals import AddToPrincipalPolicyResult

if TYPE_CHECKING:
    from typing import Any

    from .role import IRole


class _PrecreatedRole(Resource):
    # aws-cdk-lib's stand-in is a plain Resource in its tree.json.
    _TREE_FQN = "aws-cdk-lib.Resource"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        role: IRole,
        role_path: str,
        precreated_role_name: str | None,
        assume_role_policy: PolicyDocument,
    ) -> None:
        super().__init__(scope, id)
        self.role = role
        self._role_path = role_path
        self._precreated_role_name = precreated_role_name
        self._assume_role_policy = assume_role_policy
        # Statements and inline policies in the order they were given; policies are read at synth.
        self._identity_policies: list[PolicyStatement | Policy] = []
        self._managed_policies: list[IManagedPolicy] = []
        PolicySynthesizer.of(self).add_role(self._report)

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Keep the statement for the report; nothing is synthesized."""
        self._identity_policies.append(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self)

    def attach_inline_policy(self, policy: Policy) -> None:
        """Keep the policy's statements for the report."""
        if not any(p is policy for p in self._identity_policies):
            self._identity_policies.append(policy)

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Keep the managed policy for the report: its statements when the app defines it, else its ARN."""
        if not any(p is policy for p in self._managed_policies):
            self._managed_policies.append(policy)

    def _report(self) -> RoleReport:
        identity: list[Any] = []
        for entry in self._identity_policies:
            statements = entry.document.statements if isinstance(entry, Policy) else [entry]
            identity.extend(statement.to_statement_json() for statement in statements)
        return RoleReport(
            path=self._role_path,
            role_name=self._precreated_role_name,
            stack=Stack.of(self),
            assume_role_policy=[s.to_statement_json() for s in self._assume_role_policy.statements],
            managed_policy_arns=[
                policy.managed_policy_arn
                for policy in self._managed_policies
                if not isinstance(policy, ManagedPolicy)
            ],
            managed_policy_statements=[
                statement.to_statement_json()
                for policy in self._managed_policies
                if isinstance(policy, ManagedPolicy)
                for statement in policy.document.statements
            ],
            identity_policy_statements=identity,
        )
