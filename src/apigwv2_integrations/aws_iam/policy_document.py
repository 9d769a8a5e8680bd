"""PolicyDocument: a list of statements, rendered at synth as IAM JSON."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.errors import ArgumentTypeError
from ..core.feature_flags import FeatureFlags
from ..core.json_dumps import dumps as json_dumps
from ..core.runtime_typing import TYPE_CHECKING, Protocol
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import IResolvable, IResolveContext
from .policy_statement import PolicyStatement, size_estimate_for

if TYPE_CHECKING:
    from typing import Any

_POLICY_VERSION = "2012-10-17"
MINIMIZE_POLICIES_CONTEXT = "@aws-cdk/aws-iam:minimizePolicies"


@lazy_frozen(kw_only=True)
class PolicyDocumentProps(metaclass=LazyAttrsMeta):
    """Properties of a PolicyDocument."""

    assign_sids: bool | None = None
    """Give statements without a Sid their index as Sid. Default: False."""
    minimize: bool | None = None
    """Merge statements that differ in one field only. Default: the `@aws-cdk/aws-iam:minimizePolicies`
    context value, else False."""
    statements: tuple[PolicyStatement, ...] | None = field(default=None, converter=optional_tuple)
    """Initial statements. Default: none."""


def _sorted_by_json(values: Any) -> Any:
    """A list sorted (and deduplicated) by the JSON of its items; one item left is returned alone."""
    if not isinstance(values, list):
        return values
    by_json = {json_dumps(v, separators=(",", ":"), ensure_ascii=False): v for v in values}
    ordered = [by_json[key] for key in sorted(by_json)]
    return ordered[0] if len(ordered) == 1 else ordered


def _sorted_principals(principal: Any) -> Any:
    if not isinstance(principal, dict):
        return principal
    return {key: _sorted_by_json(principal[key]) for key in sorted(principal)}


class _RemoveDuplicateStatements:
    """Drops statements whose rendered JSON repeats an earlier one, then assigns Sids if asked.

    A minimized document also gets its actions, resources and principals sorted, as aws-cdk-lib does.
    """

    def __init__(self, assign_sids: bool, sort: bool = False) -> None:
        self._assign_sids = assign_sids
        self._sort = sort

    def post_process(self, input: Any, context: IResolveContext) -> Any:  # noqa: A002 - protocol keyword
        if not isinstance(input, dict) or not input.get("Statement"):
            return input
        statements = input["Statement"]
        unique: list[Any] = statements[:1]
        if len(statements) > 1:  # one statement, as in most trust policies, repeats nothing
            seen: set[str] = set()
            unique = []
            for statement in statements:
                key = json_dumps(statement, separators=(",", ":"))
                if key not in seen:
                    seen.add(key)
                    unique.append(statement)
        if self._assign_sids:
            for index, statement in enumerate(unique):
                if isinstance(statement, dict) and "Sid" not in statement:
                    statement["Sid"] = str(index)
        if self._sort:
            unique = [_sorted_statement(statement) for statement in unique]
        return {**input, "Statement": unique}


def _sorted_statement(statement: Any) -> Any:
    if not isinstance(statement, dict):
        return statement
    result = dict(statement)
    for key in ("Action", "Resource"):
        if key in result:
            result[key] = _sorted_by_json(result[key])
    if "Principal" in result:
        result["Principal"] = _sorted_principals(result["Principal"])
    return result


class PolicyDocument(IResolvable):
    """An IAM policy document; a token that renders its statements at synth."""

    def __init__(
        self,
        *,
        assign_sids: bool | None = None,
        minimize: bool | None = None,
        statements: Sequence[PolicyStatement] | None = None,
    ) -> None:
        props = PolicyDocumentProps(assign_sids=assign_sids, minimize=minimize, statements=statements)
        self._statements: list[PolicyStatement] = []
        self._assign_sids = bool(props.assign_sids)
        self._minimize = props.minimize
        self.add_statements(*(props.statements or ()))

    @staticmethod
    def from_json(obj: Mapping[str, Any]) -> PolicyDocument:
        """A document from its IAM JSON form."""
        statements = obj.get("Statement") or []
        if isinstance(statements, Mapping):
            statements = [statements]
        return PolicyDocument(statements=[PolicyStatement.from_json(s) for s in statements])

    def add_statements(self, *statement: PolicyStatement) -> None:
        """Add statements."""
        for each in statement:
            if not isinstance(each, PolicyStatement):
                raise ArgumentTypeError(f"statements must be PolicyStatement objects, got {each!r}")
        self._statements.extend(statement)

    @property
    def statements(self) -> list[PolicyStatement]:
        """The statements, in the order they were added."""
        return list(self._statements)

    @property
    def is_empty(self) -> bool:
        """True when there are no statements."""
        return not self._statements

    @property
    def statement_count(self) -> int:
        """The number of statements."""
        return len(self._statements)

    def resolve(self, context: IResolveContext) -> Any:
        for statement in self._statements:
            statement.freeze()
        minimize = self._should_merge(context.scope)
        if minimize:
            # Deferred for import speed: statements merge only when `minimize=True` or the
            # minimizePolicies flag asks for it.
            from ._policy_document_merge import merge_statements

            merged = merge_statements(self._statements, scope=context.scope)
            self._statements[:] = [m.statement for m in merged]
        context.register_post_processor(_RemoveDuplicateStatements(self._assign_sids, sort=minimize))
        return self._render()

    def _should_merge(self, scope: Construct) -> bool:
        if self._minimize is not None:
            return self._minimize
        return bool(FeatureFlags.of(scope).is_enabled(MINIMIZE_POLICIES_CONTEXT))

    def _split_document(
        self, scope: Construct, self_maximum_size: float, split_maximum_size: float
    ) -> list[tuple[PolicyDocument, list[PolicyStatement]]]:
        """Shrink this document to `self_maximum_size` by moving statements to new documents of at most
        `split_maximum_size` each, as aws-cdk-lib does for a role's default policy.

        First equal statements collapse (and, when this document merges statements, mergeable ones merge
        while the merged statement stays small). Then, in order, a statement that still fits here stays
        and any other goes to the first new document it fits in (or to another new one). Sizes are
        estimates, see `PolicyStatement._estimate_size`. Returns this document and the new ones, each
        with the statements as added (before merging) that it now holds.
        """
        # Deferred for import speed, as in `resolve`: only a role with a default policy gets here.
        from ._policy_document_merge import merge_statements

        for statement in self._statements:
            statement.freeze()
        merged = merge_statements(
            self._statements, scope=scope, limit_size=True, merge_if_combinable=self._should_merge(scope)
        )
        originals_of = {id(m.statement): m.originals for m in merged}
        estimate = size_estimate_for(scope)
        kept: list[PolicyStatement] = []
        kept_size: float = 0
        split_off: list[PolicyDocument] = []
        split_off_sizes: list[float] = []
        for statement in (m.statement for m in merged):
            size = statement._estimate_size(estimate)
            if kept_size + size < self_maximum_size:
                kept_size += size
                kept.append(statement)
                continue
            index = next(
                (i for i, used in enumerate(split_off_sizes) if used + size <= split_maximum_size), None
            )
            if index is None:
                split_off.append(PolicyDocument(assign_sids=self._assign_sids, minimize=self._minimize))
                split_off_sizes.append(0)
                index = len(split_off) - 1
            split_off[index].add_statements(statement)
            split_off_sizes[index] += size
        self._statements[:] = kept
        return [
            (document, [original for s in document._statements for original in originals_of[id(s)]])
            for document in (self, *split_off)
        ]

    def _render(self) -> dict[str, Any] | None:
        if not self._statements:
            return None
        return {"Statement": [s.to_statement_json() for s in self._statements], "Version": _POLICY_VERSION}

    def to_json(self) -> Any:
        """The document in IAM JSON, unresolved (None when empty)."""
        return self._render()

    def _display_hint(self) -> str:
        return "PolicyDocument"

    def validate_for_any_policy(self) -> list[str]:
        """Problems that make the document invalid in any policy."""
        return [p for s in self._statements for p in s.validate_for_any_policy()]

    def validate_for_identity_policy(self) -> list[str]:
        """Problems that make the document invalid as an identity policy."""
        return [p for s in self._statements for p in s.validate_for_identity_policy()]

    def validate_for_trust_policy(self) -> list[str]:
        """Problems that make the document invalid as a role's trust policy."""
        return [p for s in self._statements for p in s.validate_for_trust_policy()]

    def validate_for_resource_policy(self, *, skip_resource_validation: bool | None = None) -> list[str]:
        """Problems that make the document invalid as a resource policy, or as a trust policy with
        `skip_resource_validation=True` (statements without resources are fine then; default: False)."""
        return [
            p
            for s in self._statements
            for p in s.validate_for_resource_policy(skip_resource_validation=skip_resource_validation)
        ]

    def __repr__(self) -> str:
        return f"PolicyDocument(statements={self._statements!r})"


class _PolicyConstruct(Protocol):
    @property
    def document(self) -> PolicyDocument: ...


class _ResourceWithPolicyConstruct(Protocol):
    @property
    def policy(self) -> _PolicyConstruct | None: ...


class ResourcePolicyChecks:
    """The synth-time check of a resource's policy (queue, topic, bucket, secret), made on first grant.

    Register it with `resource.node.add_validation(ResourcePolicyChecks(resource))`.
    """

    def __init__(self, resource: _ResourceWithPolicyConstruct) -> None:
        self._resource = resource

    def validate(self) -> list[str]:
        policy = self._resource.policy
        return policy.document.validate_for_resource_policy() if policy is not None else []


class PolicyHasStatements:
    """The synth-time check of a resource policy construct (queue, topic, bucket, secret, stream or log
    policy) that its `document` has a statement: CloudFormation requires the policy document, and an empty
    one is left out of the template.

    Register it with `policy.node.add_validation(PolicyHasStatements(policy, message))`; `message` says
    how to give a statement.
    """

    def __init__(self, policy: _PolicyConstruct, message: str) -> None:
        self._policy = policy
        self._message = message

    def validate(self) -> list[str]:
        return [] if not self._policy.document.is_empty else [self._message]
