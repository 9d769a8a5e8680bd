"""Roles made outside the app (`Role.from_role_arn`, `from_role_name`, `from_lookup`) and the immutable view
of a role (`Role.without_policy_updates`): loaded when an app uses one."""

from __future__ import annotations

from ..cfn.aws_iam import RoleReference
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.construct import Construct, DependencyGroup
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.names import Names
from ..core.removal_policy import RemovalPolicy
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token
from .policy import Policy
from .policy_statement import PolicyStatement
from .principals import AddToPrincipalPolicyResult, PrincipalPolicyFragment
from .role import _MAX_POLICY_NAME_LENGTH, IMPORTED_ROLE_STACK_SAFE_DEFAULT_POLICY_NAME, IRole, _RoleBase

if TYPE_CHECKING:
    from typing import Any

    from .grant import Grant
    from .managed_policy import IManagedPolicy
    from .principals import IGrantable, IPrincipal


@lazy_frozen(kw_only=True)
class FromRoleNameOptions(metaclass=LazyAttrsMeta):
    """Options of Role.from_role_name."""

    add_grants_to_resources: bool | None = None
    """Whether grants to the role go to resource policies instead of its own. Default: False."""
    default_policy_name: str | None = None
    """The name of the policy statements are added to. Default: 'Policy' with a unique suffix."""
    mutable: bool | None = None
    """Whether policies may be attached to the role. Default: True."""


@lazy_frozen(kw_only=True)
class FromRoleArnOptions(metaclass=LazyAttrsMeta):
    """Options of Role.from_role_arn."""

    add_grants_to_resources: bool | None = None
    """For an immutable role: put grants on the resources instead. Default: False."""
    default_policy_name: str | None = None
    """Construct id of the policy that receives added statements. Default: "Policy"."""
    mutable: bool | None = None
    """Whether statements may be added to the role. Default: True."""


@lazy_frozen(kw_only=True)
class RoleLookupOptions(FromRoleArnOptions, metaclass=LazyAttrsMeta):
    """Options of Role.from_lookup."""

    role_name: str
    """The name of the role to look up."""


def import_role(
    scope: Construct, id: str, role_arn: str, options: FromRoleArnOptions, role_name: str | None = None
) -> IRole:
    """The role `role_arn` names, mutable or wrapped immutable; `role_name` (from a lookup, as in
    aws-cdk-lib) is its name instead of the one read from the ARN."""
    if options.add_grants_to_resources is not None and options.mutable is not False:
        raise ValidationError(
            scope,
            f"add_grants_to_resources={options.add_grants_to_resources!r} needs an immutable role; "
            "pass mutable=False as well",
        )
    stack = Stack.of(scope)
    parsed = stack.split_arn(role_arn, ArnFormat.SLASH_RESOURCE_NAME)
    resource_name = parsed.resource_name or ""
    if role_name is None:
        # Service roles have paths (`role/service-role/name`); the name is the last segment.
        role_name = resource_name if Token.is_unresolved(resource_name) else resource_name.split("/")[-1]
    account = parsed.account if parsed.account is not None else stack.account
    is_mutable = options.mutable is not False and Token.compare_strings(account, stack.account) != "DIFFERENT"
    # An immutable role wraps the imported one, which aws-cdk-lib names `MutableRole<id>`.
    imported = _ImportedRole(
        scope,
        id if is_mutable else f"MutableRole{id}",
        role_arn=role_arn,
        role_name=role_name,
        account=parsed.account,
        default_policy_name=options.default_policy_name,
    )
    if is_mutable:
        return imported
    return _ImmutableRole(scope, id, imported, bool(options.add_grants_to_resources))


class _ImportedRole(_RoleBase):
    # aws-cdk-lib's imported role is a plain Resource in its tree.json.
    _TREE_FQN = "aws-cdk-lib.Resource"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        role_arn: str,
        role_name: str,
        account: str | None,
        default_policy_name: str | None,
    ) -> None:
        super().__init__(scope, id, account=account)
        self.role_arn = role_arn
        self.role_name = role_name
        self._account = account
        self._default_policy_name = default_policy_name
        self._default_policy: Policy | None = None
        self._attached_policies: list[Policy] = []

    @property
    def principal_account(self) -> str | None:
        return self._account

    def dedupe_string(self) -> str | None:
        """Imported roles with the same ARN are the same principal."""
        return f"ImportedRole:{self.role_arn}"

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        if self._default_policy is None:
            stack_safe = FeatureFlags.of(self).is_enabled(IMPORTED_ROLE_STACK_SAFE_DEFAULT_POLICY_NAME)
            default_name = f"Policy{Names.unique_id(self)}" if stack_safe else "Policy"
            if len(default_name) > _MAX_POLICY_NAME_LENGTH:
                unique = Names.unique_resource_name(self, max_length=_MAX_POLICY_NAME_LENGTH - len("Policy"))
                default_name = f"Policy{unique}"
            name = self._default_policy_name or default_name
            self._default_policy = Policy(self, name, policy_name=name if stack_safe else None)
            self.attach_inline_policy(self._default_policy)
        self._default_policy.add_statements(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self._default_policy)

    def attach_inline_policy(self, policy: Policy) -> None:
        # Only a policy in the role's own account (or an unknown one) can be attached.
        if Token.compare_strings(self.env.account, policy.env.account) == "DIFFERENT":
            return
        if any(p is policy for p in self._attached_policies):
            return
        self._attached_policies.append(policy)
        policy.attach_to_role(self)

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Attach a customer managed policy of the app (through its `Roles`); an imported managed policy
        cannot be attached from here, which is a warning."""
        attach = getattr(policy, "attach_to_role", None)
        if callable(attach):
            attach(self)
            return
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy",
            f"Can't combine imported IManagedPolicy: {policy.managed_policy_arn} to imported role IRole: "
            f"{self.role_name}. Use ManagedPolicy directly.",
        )


class _ImmutableRole(Construct):
    """A role that takes no statements: grants succeed without changing it (or go to the resource)."""

    _TREE_FQN = "aws-cdk-lib.Resource"

    def __init__(self, scope: Construct, id: str, role: Any, add_grants_to_resources: bool) -> None:
        super().__init__(scope, id)
        self._role = role
        self._add_grants_to_resources = add_grants_to_resources
        self.role_arn: str = role.role_arn
        self.role_name: str = role.role_name
        self.stack = role.stack
        self.env = role.env

    @property
    def role_ref(self) -> RoleReference:
        """A reference to the role: its name and ARN."""
        return RoleReference(role_arn=self.role_arn, role_name=self.role_name)

    @property
    def grant_principal(self) -> IPrincipal:
        return self

    @property
    def assume_role_action(self) -> str:
        return str(self._role.assume_role_action)

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        fragment: PrincipalPolicyFragment = self._role.policy_fragment
        return fragment

    @property
    def principal_account(self) -> str | None:
        account: str | None = self._role.principal_account
        return account

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        # Pretend the statement was added, unless grants should go to the resource instead.
        return AddToPrincipalPolicyResult(
            statement_added=not self._add_grants_to_resources, policy_dependable=DependencyGroup()
        )

    def attach_inline_policy(self, policy: Policy) -> None:
        """An immutable role takes no policies; this does nothing."""

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Apply the policy to the wrapped role's resource (an imported role has none: an error)."""
        self._role.apply_removal_policy(policy)

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """An immutable role takes no policies; this does nothing."""

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        grant: Grant = self._role.grant(grantee, *actions)
        return grant

    def grant_pass_role(self, grantee: IGrantable) -> Grant:
        grant: Grant = self._role.grant_pass_role(grantee)
        return grant

    def grant_assume_role(self, identity: IGrantable) -> Grant:
        grant: Grant = self._role.grant_assume_role(identity)
        return grant

    def __str__(self) -> str:
        return self.node.path
