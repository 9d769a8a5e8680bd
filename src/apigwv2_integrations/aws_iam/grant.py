"""Grant: the result of giving a principal permissions, on its own policy or on a resource's policy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.construct import Construct, DependencyGroup, dependency_roots
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token
from .policy_statement import PolicyStatement
from .principals import AddToPrincipalPolicyResult, IGrantable, IPrincipal

if TYPE_CHECKING:
    from typing import Any


@runtime_checkable
class IResourceWithPolicy(IResource, Protocol):
    """A resource that has a resource policy statements can be added to."""

    def add_to_resource_policy(self, statement: PolicyStatement) -> Any:
        """Add a statement to the resource policy; returns an AddToResourcePolicyResult."""
        ...


@lazy_frozen(kw_only=True)
class CommonGrantOptions(metaclass=LazyAttrsMeta):
    """What every grant takes: who gets which actions on which resources."""

    actions: Sequence[str]
    """The actions granted."""
    grantee: IGrantable
    """Who gets them."""
    resource_arns: Sequence[str]
    """The resources they apply to."""
    conditions: Mapping[str, Mapping[str, Any]] | None = None
    """Conditions of the statement. Default: none."""


@lazy_frozen(kw_only=True)
class GrantOnPrincipalOptions(CommonGrantOptions, metaclass=LazyAttrsMeta):
    """The options of `Grant.add_to_principal`."""

    scope: Construct | None = None
    """Where a warning about a principal without a policy goes. Default: none."""


@lazy_frozen(kw_only=True)
class GrantWithResourceOptions(CommonGrantOptions, metaclass=LazyAttrsMeta):
    """The options of `Grant.add_to_principal_or_resource`."""

    resource: IResourceWithPolicy
    """The resource whose policy gets the statement when the principal's cannot."""
    resource_self_arns: Sequence[str] | None = None
    """The resource's own ARNs in its policy. Default: the same as `resource_arns`."""


@lazy_frozen(kw_only=True)
class GrantOnPrincipalAndResourceOptions(CommonGrantOptions, metaclass=LazyAttrsMeta):
    """The options of `Grant.add_to_principal_and_resource`."""

    resource: IResourceWithPolicy
    """The resource whose policy also gets a statement."""
    resource_policy_principal: IPrincipal | None = None
    """The principal of the resource policy statement. Default: the grantee's."""
    resource_self_arns: Sequence[str] | None = None
    """The resource's own ARNs in its policy. Default: the same as `resource_arns`."""


@lazy_frozen(kw_only=True)
class GrantPolicyWithResourceOptions(GrantWithResourceOptions, metaclass=LazyAttrsMeta):
    """A grant's options with the statement to add to the resource policy."""

    statement: PolicyStatement
    """The resource policy statement."""


@lazy_frozen(kw_only=True)
class GrantOnKeyResult(metaclass=LazyAttrsMeta):
    """What a grant on a resource's encryption key did."""

    grant: Grant | None = None
    """The key grant, if the resource has a key. Default: none."""


class AddToResourcePolicyResult:
    """What adding a statement to a resource policy did."""

    def __init__(self, *, statement_added: bool, policy_dependable: Any = None) -> None:
        self.statement_added = statement_added
        self.policy_dependable = policy_dependable


def _accounts_match(resource_account: str | None, principal_account: str | None) -> bool:
    # A principal without an account (a service) is never "the same account": its trust goes on the
    # resource. Two unresolved accounts are taken to be the same, as aws-cdk-lib does.
    if not principal_account or resource_account is None:
        return False
    comparison = Token.compare_strings(resource_account, principal_account)
    return comparison in ("SAME", "BOTH_UNRESOLVED")


class Grant:
    """Permissions given to a principal: the statements added and what to depend on for them."""

    def __init__(
        self,
        *,
        options: Mapping[str, Any],
        principal_statement: PolicyStatement | None = None,
        resource_statement: PolicyStatement | None = None,
        policy_dependable: Any = None,
    ) -> None:
        self.options: dict[str, Any] = dict(options)
        self.principal_statements: list[PolicyStatement] = (
            [principal_statement] if principal_statement is not None else []
        )
        self.resource_statements: list[PolicyStatement] = (
            [resource_statement] if resource_statement is not None else []
        )
        self._dependables: list[Any] = [policy_dependable] if policy_dependable is not None else []

    # --- factories ------------------------------------------------------------------------------

    @staticmethod
    def add_to_principal(
        *,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        conditions: Mapping[str, Any] | None = None,
        scope: Construct | None = None,
    ) -> Grant:
        """Add a statement to the grantee's identity policy, if it has one."""
        statement = PolicyStatement(actions=actions, resources=resource_arns, conditions=conditions)
        result: AddToPrincipalPolicyResult = grantee.grant_principal.add_to_principal_policy(statement)
        options = {"grantee": grantee, "actions": list(actions), "resource_arns": list(resource_arns)}
        if not result.statement_added:
            return Grant(options=options)
        if result.policy_dependable is None:
            raise ValidationError(
                scope, f"{grantee.grant_principal} added a statement but returned no policy_dependable"
            )
        return Grant(
            options=options, principal_statement=statement, policy_dependable=result.policy_dependable
        )

    @staticmethod
    def add_to_principal_or_resource(
        *,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        resource: Any,
        resource_self_arns: Sequence[str] | None = None,
        conditions: Mapping[str, Any] | None = None,
    ) -> Grant:
        """Add to the grantee's policy in the same account, else (also) to the resource's policy."""
        if resource is None:
            raise ArgumentTypeError(
                "Grant.add_to_principal_or_resource: resource=None; pass the resource whose policy can also "
                "grant the access (an IResourceWithPolicy)"
            )
        result = Grant.add_to_principal(
            grantee=grantee,
            actions=actions,
            resource_arns=resource_arns,
            conditions=conditions,
            scope=resource,
        )
        same_account = _accounts_match(resource.env.account, grantee.grant_principal.principal_account)
        if result.success and same_account:
            return result
        statement = PolicyStatement(
            actions=actions,
            resources=resource_self_arns if resource_self_arns is not None else resource_arns,
            principals=[grantee.grant_principal],
        )
        # As aws-cdk-lib: the grant returned holds the resource statement only (the grantee's policy has
        # its statement too, but what waits for the grant waits for the resource policy).
        return Grant.add_statement_to_resource_policy(
            actions=actions,
            grantee=grantee,
            resource_arns=resource_arns,
            resource=resource,
            statement=statement,
        )

    @staticmethod
    def add_to_principal_and_resource(
        *,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        resource: Any,
        resource_policy_principal: IPrincipal | None = None,
        resource_self_arns: Sequence[str] | None = None,
        conditions: Mapping[str, Any] | None = None,
    ) -> Grant:
        """Add to both the grantee's policy and the resource's policy."""
        result = Grant.add_to_principal(
            grantee=grantee,
            actions=actions,
            resource_arns=resource_arns,
            conditions=conditions,
            scope=resource,
        )
        statement = PolicyStatement(
            actions=actions,
            resources=resource_self_arns if resource_self_arns is not None else resource_arns,
            principals=[resource_policy_principal or grantee.grant_principal],
        )
        added = resource.add_to_resource_policy(statement)
        grant = Grant(
            options={"grantee": grantee, "actions": list(actions), "resource_arns": list(resource_arns)},
            resource_statement=statement,
            policy_dependable=(added.policy_dependable or resource) if added.statement_added else None,
        )
        grant.principal_statements.extend(result.principal_statements)
        grant._dependables.extend(result._dependables)
        return grant

    @staticmethod
    def add_statement_to_resource_policy(
        *,
        actions: Sequence[str],
        grantee: IGrantable,
        resource_arns: Sequence[str],
        resource: IResourceWithPolicy,
        statement: PolicyStatement,
        conditions: Mapping[str, Mapping[str, Any]] | None = None,
        resource_self_arns: Sequence[str] | None = None,
    ) -> Grant:
        """Add `statement`, as it is, to the resource's policy; the other options only describe the grant
        (`conditions` and `resource_self_arns` are not used)."""
        added = resource.add_to_resource_policy(statement)
        dependable = None
        if added.statement_added:
            dependable = added.policy_dependable if added.policy_dependable is not None else resource
        return Grant(
            options={"grantee": grantee, "actions": list(actions), "resource_arns": list(resource_arns)},
            resource_statement=statement,
            policy_dependable=dependable,
        )

    @staticmethod
    def drop(grantee: IGrantable, _intent: str) -> Grant:
        """A grant that adds nothing (the permissions are known to exist)."""
        return Grant(options={"grantee": grantee, "actions": [_intent], "resource_arns": []})

    # --- reading --------------------------------------------------------------------------------

    @property
    def success(self) -> bool:
        """True when a statement was added somewhere."""
        return bool(self.principal_statements) or bool(self.resource_statements)

    @property
    def principal_statement(self) -> PolicyStatement | None:
        """The statement added to the grantee's policy, if any."""
        return self.principal_statements[0] if self.principal_statements else None

    @property
    def resource_statement(self) -> PolicyStatement | None:
        """The statement added to the resource's policy, if any."""
        return self.resource_statements[0] if self.resource_statements else None

    def assert_success(self) -> None:
        """Raise when nothing was added."""
        if not self.success:
            grantee = self.options.get("grantee")
            principal = getattr(grantee, "grant_principal", grantee)
            raise ValidationError(
                None,
                f"grant of {self.options.get('actions')!r} to {principal} added no statement; "
                "the principal has no policy and the resource none either, so add the permissions elsewhere",
            )

    def apply_before(self, *constructs: Construct) -> None:
        """Make `constructs` depend on the policies that carry this grant."""
        for construct in constructs:
            construct.node.add_dependency(*self._dependables)

    def combine(self, rhs: Grant) -> Grant:
        """A grant standing for this one and `rhs`."""
        combined = Grant(options=self.options)
        combined.principal_statements = [*self.principal_statements, *rhs.principal_statements]
        combined.resource_statements = [*self.resource_statements, *rhs.resource_statements]
        combined._dependables = [*self._dependables, *rhs._dependables]
        return combined

    def dependency_roots(self) -> list[Construct]:
        """The constructs this grant stands for when depended on."""
        roots: list[Construct] = []
        for dependable in self._dependables:
            roots.extend(dependency_roots(dependable))
        return roots

    def as_dependency_group(self) -> DependencyGroup:
        """The grant's policies as a DependencyGroup."""
        return DependencyGroup(*self._dependables)
