"""What roles, users and groups share: each is a principal named by its ARN, with inline policies."""

from __future__ import annotations

from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.tokens.token import Token
from .policy_statement import PolicyStatement
from .principals import AddToPrincipalPolicyResult, IPrincipal, PrincipalPolicyFragment

if TYPE_CHECKING:
    from .policy import Policy


class IdentityBase(Resource):
    """An IAM identity: the principal of its own ARN, and the owner of the policies attached to it."""

    @property
    def principal_arn(self) -> str:
        """The ARN that names this identity in policies."""
        raise NotImplementedError

    @property
    def grant_principal(self) -> IPrincipal:
        """The identity itself."""
        return self

    @property
    def principal_account(self) -> str | None:
        """The identity's account."""
        return self.env.account

    @property
    def assume_role_action(self) -> str:
        """`sts:AssumeRole`."""
        return "sts:AssumeRole"

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """The identity's ARN as principal."""
        return PrincipalPolicyFragment({"AWS": [self.principal_arn]})  # as ArnPrincipal(arn) gives

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add a statement to the identity's default policy; True when it was added."""
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to the identity's default policy."""
        raise NotImplementedError

    def __str__(self) -> str:
        return self.node.path


class PolicyOwner(IdentityBase):
    """A user or group: statements go to a default policy, created on first use under a fixed id."""

    # aws-cdk-lib has no such class: an imported user or group shows as Resource in its tree.json.
    _TREE_FQN = "aws-cdk-lib.Resource"

    _default_policy_id = "DefaultPolicy"

    def __init__(self, scope: Construct, id: str, *, account: str | None = None) -> None:
        super().__init__(scope, id, account=account)
        self._attached_policies: list[Policy] = []
        self._default_policy: Policy | None = None

    def _attach_to(self, policy: Policy) -> None:
        """Record this identity on the policy (its `Users` or `Groups`)."""
        raise NotImplementedError

    def attach_inline_policy(self, policy: Policy) -> None:
        """Attach an inline policy (once)."""
        if any(p is policy for p in self._attached_policies):
            return
        self._attached_policies.append(policy)
        self._attach_to(policy)

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to the default policy (created on first use)."""
        if self._default_policy is None:
            from .policy import Policy  # deferred: an identity without statements needs no Policy

            self._default_policy = Policy(self, self._default_policy_id)
            self.attach_inline_policy(self._default_policy)
        self._default_policy.add_statements(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self._default_policy)


def name_in_arn(scope: Construct, arn: str, resource_type: str) -> str:
    """The name (with its path) after `<resource_type>/` in a user or group ARN."""
    from ..core.tokens.fn import Fn  # deferred: most apps never call Fn

    if Token.is_unresolved(arn):
        # The path cannot be split off in CloudFormation, so a token ARN is taken to have none.
        return Fn.select(1, Fn.split(f":{resource_type}/", arn))
    resource_name = Stack.of(scope).split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
    return resource_name or ""
