"""Principals: who a policy statement is about, and IGrantable, what can be granted permissions."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.errors import ValidationError
from ..core.json_dumps import dumps as json_dumps
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import IResolveContext, Token

if TYPE_CHECKING:
    from typing import Any

    from .policy_document import PolicyDocument
    from .policy_statement import PolicyStatement

# Compiled by `re` on first use (and cached there), not at import: most apps never need it.

# The key of a principal that renders as a bare string (`"Principal": "*"`).
LITERAL_STRING_KEY = "LiteralString"


def merge_principal(target: dict[str, list[Any]], source: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Add the principal JSON `source` to `target` (lists per key, in order)."""
    source_keys = list(source)
    if (LITERAL_STRING_KEY in source and any(k != LITERAL_STRING_KEY for k in target)) or (
        LITERAL_STRING_KEY in target and any(k != LITERAL_STRING_KEY for k in source_keys)
    ):
        raise ValidationError(
            None,
            f"principals={json_dumps(target)} cannot take {json_dumps(source)}: a literal principal "
            "string stands alone; put the other principals in their own statement",
        )
    for key in source_keys:
        value = source[key]
        target.setdefault(key, []).extend(value if isinstance(value, list) else [value])
    return target


@lazy_frozen(kw_only=True)
class AddToPrincipalPolicyResult(metaclass=LazyAttrsMeta):
    """What adding a statement to a principal's policy did."""

    statement_added: bool
    """True when the statement was added to an identity policy."""
    policy_dependable: Any = None
    """What to depend on for the statement to be in force. Default: none."""


class PrincipalPolicyFragment:
    """A principal's JSON (`{"Service": [...]}`) and the conditions it brings."""

    def __init__(
        self, principal_json: Mapping[str, list[Any]], conditions: Mapping[str, Any] | None = None
    ) -> None:
        self.principal_json: dict[str, list[Any]] = {k: list(v) for k, v in principal_json.items()}
        self.conditions: dict[str, Any] = dict(conditions or {})

    def __repr__(self) -> str:
        return f"PrincipalPolicyFragment({self.principal_json!r}, {self.conditions!r})"


@runtime_checkable
class IGrantable(Protocol):
    """Anything that can be granted permissions: it has a principal."""

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal to grant permissions to."""
        ...


@runtime_checkable
class IPrincipal(IGrantable, Protocol):
    """Who a statement is about: an identity that can be given permissions."""

    @property
    def assume_role_action(self) -> str:
        """The action that assumes a role as this principal."""
        ...

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """The principal's JSON and conditions."""
        ...

    @property
    def principal_account(self) -> str | None:
        """The account of the principal, when known."""
        ...

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to this principal's identity policy, when it has one."""
        ...


@runtime_checkable
class IAssumeRolePrincipal(IPrincipal, Protocol):
    """A principal that adds itself to a role's trust policy (with more than one statement, or with
    extra actions)."""

    def add_to_assume_role_policy(self, document: PolicyDocument) -> None:
        """Add the statements that let this principal assume the role."""
        ...


@runtime_checkable
class IComparablePrincipal(IPrincipal, Protocol):
    """A principal with a string that tells equal principals apart when statements are merged."""

    def dedupe_string(self) -> str | None:
        """The string, or None when this principal equals only itself."""
        ...


class ComparablePrincipal:
    """Tell principals apart by their dedupe strings."""

    @staticmethod
    def is_comparable_principal(x: IPrincipal) -> bool:
        """True when `x` has a `dedupe_string` method."""
        return callable(getattr(x, "dedupe_string", None))

    @staticmethod
    def dedupe_string_for(x: IPrincipal) -> str | None:
        """The dedupe string of `x`; None when it has none."""
        return dedupe_string_for(x)


class PrincipalBase:
    """The base of the principal classes: no identity policy, assume-role via `sts:AssumeRole`."""

    def __repr__(self) -> str:
        # Principals read as their `str` (`ServicePrincipal(lambda.amazonaws.com)`), also inside lists
        # that error messages quote.
        if type(self).__str__ is object.__str__:
            return object.__repr__(self)
        return str(self)

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal itself."""
        return self

    @property
    def assume_role_action(self) -> str:
        """The action that assumes a role as this principal."""
        return "sts:AssumeRole"

    @property
    def principal_account(self) -> str | None:
        """The account of the principal, when known."""
        return None

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """The principal's JSON and conditions."""
        raise NotImplementedError

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add a statement to this principal's identity policy; True when it was added."""
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, _statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Principals without an identity policy add nothing."""
        return AddToPrincipalPolicyResult(statement_added=False)

    def add_to_assume_role_policy(self, document: PolicyDocument) -> None:
        """Let this principal assume a role: one statement in the role's trust policy."""
        document.add_statements(_assume_role_statement(self))

    def with_conditions(self, conditions: Mapping[str, Any]) -> PrincipalBase:
        """This principal with extra conditions."""
        return PrincipalWithConditions(self, conditions)

    def with_session_tags(self) -> PrincipalBase:
        """This principal, allowed to tag its session (`sts:TagSession`) when it assumes a role."""
        from .session_tags_principal import SessionTagsPrincipal  # deferred: a module that imports this one

        return SessionTagsPrincipal(self)

    def to_json(self) -> dict[str, list[Any]]:
        """The principal's JSON."""
        return self.policy_fragment.principal_json

    def to_string(self) -> str:
        """A readable form, used in generated ids (aws-cdk-lib's `toString()`)."""
        return str(self)

    def dedupe_string(self) -> str | None:
        """A string that identifies this principal for de-duplication, when there is one."""
        return None


class PrincipalWithConditions(PrincipalBase):
    """Another principal, with extra conditions."""

    def __init__(self, principal: Any, conditions: Mapping[str, Any]) -> None:
        self.principal = principal
        self._additional: dict[str, Any] = {}
        self.add_conditions(conditions)

    def add_condition(self, key: str, value: Mapping[str, Any]) -> None:
        """Add a condition; an operator that exists is merged."""
        existing = self._additional.get(key)
        # A token (such as a CfnJson) is kept whole: it resolves to the operator's map only at synthesis.
        self._additional[key] = self._merged_operator(key, existing, value) if existing else value

    def add_conditions(self, conditions: Mapping[str, Any]) -> None:
        """Add several conditions."""
        for key, value in conditions.items():
            self.add_condition(key, value)

    @property
    def conditions(self) -> dict[str, Any]:
        """The principal's conditions merged with the added ones."""
        merged: dict[str, Any] = dict(self.principal.policy_fragment.conditions)
        for key, value in self._additional.items():
            merged[key] = self._merged_operator(key, merged[key], value) if key in merged else value
        return merged

    def _merged_operator(self, operator: str, existing: Any, added: Any) -> dict[str, Any]:
        """The keys of two conditions under one operator, the added ones winning."""
        if Token.is_unresolved(existing) or Token.is_unresolved(added):
            raise ValidationError(
                None,
                f"multiple {operator!r} conditions cannot be merged if one of them contains an unresolved "
                "token; put all keys of the operator in one value",
            )
        return {**existing, **added}

    @property
    def assume_role_action(self) -> str:
        return str(self.principal.assume_role_action)

    @property
    def principal_account(self) -> str | None:
        account: str | None = self.principal.principal_account
        return account

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment(self.principal.policy_fragment.principal_json, self.conditions)

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        result: AddToPrincipalPolicyResult = self.principal.add_to_principal_policy(statement)
        return result

    def add_to_assume_role_policy(self, doc: PolicyDocument) -> None:
        """Let the wrapped principal assume a role as it would, with this principal's conditions."""
        add_principal_to_assume_role_policy(self.principal, _ConditionsDocument(doc, self))  # type: ignore[arg-type]

    def dedupe_string(self) -> str | None:
        """Set only when the wrapped principal has one."""
        inner = dedupe_string_for(self.principal)
        return None if inner is None else f"PrincipalWithConditions:{inner}:{_compact_json(self.conditions)}"

    def __str__(self) -> str:
        return str(self.principal)


class _ConditionsDocument:
    """A trust policy that gives each statement added to it the assume-role action and conditions of a
    PrincipalWithConditions."""

    def __init__(self, document: PolicyDocument, principal: PrincipalWithConditions) -> None:
        self._document = document
        self._principal = principal

    def add_statements(self, *statement: PolicyStatement) -> None:
        for each in statement:
            each.add_actions(self._principal.assume_role_action)
            each.add_conditions(self._principal.conditions)
        self._document.add_statements(*statement)


@lazy_frozen(kw_only=True)
class ServicePrincipalOpts(metaclass=LazyAttrsMeta):
    """Options of a ServicePrincipal."""

    conditions: Mapping[str, Any] | None = None
    """Conditions of the statements the principal is in. Default: none."""
    region: str | None = None
    """Unused: service principals are the same in every region (deprecated in aws_cdk). Default: none."""


class ServicePrincipal(PrincipalBase):
    """An AWS service (`{"Service": "lambda.amazonaws.com"}`)."""

    def __init__(
        self, service: str, *, conditions: Mapping[str, Any] | None = None, region: str | None = None
    ) -> None:
        self.service = service
        self._conditions = dict(conditions or {})
        self._region = region
        # As in aws-cdk-lib, statements merge only for principals made with the same options as given:
        # no options, `conditions={}` and `region=...` are three kinds that never merge with each other.
        given = (("conditions", conditions), ("region", region))
        self._options_as_given = {name: value for name, value in given if value is not None}
        self._is_static_name = False

    @staticmethod
    def service_principal_name(service: str) -> str:
        """The principal name of a service: a bare name without a dot (`states`) gets `.amazonaws.com`."""
        # As aws-cdk-lib: a name without a dot is completed; tokens, "" and dotted names stay as given.
        if Token.is_unresolved(service) or service == "" or "." in service:
            return service
        return f"{service}.amazonaws.com"

    @staticmethod
    def from_static_service_principle_name(service_principal_name: str) -> ServicePrincipal:
        """A service principal rendered exactly as named."""
        principal = ServicePrincipal(service_principal_name)
        principal._is_static_name = True
        return principal

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        name = self.service if self._is_static_name else ServicePrincipal.service_principal_name(self.service)
        return PrincipalPolicyFragment({"Service": [name]}, self._conditions)

    def dedupe_string(self) -> str | None:
        return f"ServicePrincipal:{self.service}:{_compact_json(self._options_as_given)}"

    def __str__(self) -> str:
        return f"ServicePrincipal({self.service})"


def dedupe_string_for(principal: IPrincipal) -> str | None:
    """The principal's dedupe string; None when it has none (it then equals only itself)."""
    dedupe = getattr(principal, "dedupe_string", None)
    result: str | None = dedupe() if callable(dedupe) else None
    return result


def _compact_json(value: Any) -> str:
    return json_dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


def add_principal_to_assume_role_policy(principal: IPrincipal, document: PolicyDocument) -> None:
    """Add `principal` to a trust policy, through its own method when it has one."""
    add = getattr(principal, "add_to_assume_role_policy", None)
    if callable(add):
        add(document)
    else:
        document.add_statements(_assume_role_statement(principal))


def _assume_role_statement(principal: IPrincipal) -> PolicyStatement:
    """The trust-policy statement that lets `principal` assume a role."""
    # Imported here, not at the top: statements build principals (`add_arn_principal`, `from_json`) and
    # this is the one place a principal builds a statement; importing it above would make the two
    # modules import each other.
    from .policy_statement import PolicyStatement

    return PolicyStatement(actions=[principal.assume_role_action], principals=[principal])


def _stack_dependent(produce: Any) -> str:
    """A string resolved against the stack it is rendered in."""

    def value(context: IResolveContext) -> str:
        return str(produce(Stack.of(context.scope)))

    return Lazy.uncached_string(value)
