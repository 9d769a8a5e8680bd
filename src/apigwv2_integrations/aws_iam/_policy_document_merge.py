"""Statement merging for minimized policy documents (`minimize=True`), and collapsing of equal ones.

Two statements merge when their effect, conditions, not-actions, not-resources and not-principals are
equal, neither has a Sid, and two of their three sets (actions, resources, principals) are equal. The
merged sets are de-duplicated and sorted. Passes repeat until nothing merges, as in aws-cdk-lib. With
`limit_size`, a merge whose result would be estimated larger than 2000 characters is not made.

Without `merge_if_combinable` only equal statements collapse into the first of them: same effect, Sid and
conditions, and the same sets of actions, resources and principals (and their negations) in any order.

Principals are compared as aws-cdk-lib compares them, not by their rendered JSON: a principal with a
dedupe string (ARN, service, `ViaServicePrincipal` of such a principal, ...) equals any other with the
same string; one without (a role, user or group, or a wrapper around one) equals only itself. So two
grants to two `ViaServicePrincipal(..., role)` objects stay two statements, though their JSON is equal.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.construct import Construct
from ..core.json_dumps import dumps as json_dumps
from ..core.runtime_typing import TYPE_CHECKING
from .policy_statement import PolicyStatement, SizeEstimate, size_estimate_for
from .principals import LITERAL_STRING_KEY, IPrincipal, dedupe_string_for

if TYPE_CHECKING:
    from typing import Any

# The largest estimated size of a statement that merging may make, when sizes are limited.
_MAX_MERGED_SIZE = 2000


class MergedStatement:
    """A statement of a merged document and the statements, as added, that it stands for."""

    __slots__ = ("originals", "statement")

    def __init__(self, statement: PolicyStatement, originals: list[PolicyStatement]) -> None:
        self.statement = statement
        """The statement."""
        self.originals = originals
        """The statements it came from, itself included when it was not merged."""


def _principal_entries(principal_json: dict[str, list[Any]]) -> list[tuple[str, str]]:
    return [
        (key, json_dumps(value, sort_keys=True)) for key, values in principal_json.items() for value in values
    ]


def _partition(principals: Sequence[IPrincipal]) -> tuple[dict[str, IPrincipal], list[IPrincipal]]:
    """The principals with a dedupe string (keyed by it, the last one kept) and those without."""
    comparable: dict[str, IPrincipal] = {}
    others: list[IPrincipal] = []
    for principal in principals:
        key = dedupe_string_for(principal)
        if key is None:
            others.append(principal)
        else:
            comparable[key] = principal
    return comparable, others


def _principal_objects_equal(xs: Sequence[IPrincipal], ys: Sequence[IPrincipal]) -> bool:
    x_comparable, x_others = _partition(xs)
    y_comparable, y_others = _partition(ys)
    return (
        len(x_others) == len(y_others)
        and all(any(x is y for y in y_others) for x in x_others)
        and set(x_comparable) == set(y_comparable)
    )


def _merge_principal_objects(xs: Sequence[IPrincipal], ys: Sequence[IPrincipal]) -> list[IPrincipal]:
    x_comparable, x_others = _partition(xs)
    y_comparable, y_others = _partition(ys)
    # A principal object is kept once, as aws-cdk-lib's statements keep their principals in an ordered
    # set: two statements of one role merge into a statement of that role, which merges again with
    # a third statement of it.
    others = list({id(principal): principal for principal in [*x_others, *y_others]}.values())
    return [*{**x_comparable, **y_comparable}.values(), *others]


def _principals_equal(a: PolicyStatement, b: PolicyStatement, *, negated: bool) -> bool:
    if negated:
        return _set_equal(
            _principal_entries(a._not_principal), _principal_entries(b._not_principal)
        ) and _principal_objects_equal(a._not_principal_objects, b._not_principal_objects)
    return _set_equal(_principal_entries(a._principal), _principal_entries(b._principal)) and (
        _principal_objects_equal(a._principal_objects, b._principal_objects)
    )


def _set_equal(a: Sequence[Any], b: Sequence[Any]) -> bool:
    return len(a) == len(b) and set(a) == set(b)


def _conditions_key(statement: PolicyStatement) -> str:
    return json_dumps(statement.conditions, separators=(",", ":"), default=str)


def _negations_equal(a: PolicyStatement, b: PolicyStatement) -> bool:
    return (
        _set_equal(a.not_actions, b.not_actions)
        and _set_equal(a.not_resources, b.not_resources)
        and _principals_equal(a, b, negated=True)
    )


def _equality_key(statement: PolicyStatement) -> tuple[Any, ...]:
    """What equal statements share, principals aside."""
    return (
        statement.effect,
        statement.sid,
        _conditions_key(statement),
        frozenset(statement.actions),
        frozenset(statement.not_actions),
        frozenset(statement.resources),
        frozenset(statement.not_resources),
    )


def _collapse_equal(statements: Sequence[PolicyStatement]) -> list[MergedStatement]:
    # Equality is transitive, so one pass that keeps the first of each kind gives what aws-cdk-lib's
    # pairwise passes give.
    result: list[MergedStatement] = []
    kept_by_key: dict[tuple[Any, ...], list[MergedStatement]] = {}
    for statement in statements:
        same_key = kept_by_key.setdefault(_equality_key(statement), [])
        for kept in same_key:
            if _principals_equal(kept.statement, statement, negated=False) and _principals_equal(
                kept.statement, statement, negated=True
            ):
                kept.originals.append(statement)
                break
        else:
            entry = MergedStatement(statement, [statement])
            same_key.append(entry)
            result.append(entry)
    return result


def _try_merge(a: PolicyStatement, b: PolicyStatement) -> PolicyStatement | None:
    if a.effect is not b.effect or a.sid or b.sid:
        return None
    if _conditions_key(a) != _conditions_key(b):
        return None
    if not _negations_equal(a, b):
        return None
    equal_sets = (
        int(_set_equal(a.actions, b.actions))
        + int(_set_equal(a.resources, b.resources))
        + int(_principals_equal(a, b, negated=False))
    )
    if equal_sets < 2 or (LITERAL_STRING_KEY in a._principal) != (LITERAL_STRING_KEY in b._principal):
        return None
    merged = a.copy(
        actions=sorted(set(a.actions) | set(b.actions)),
        resources=sorted(set(a.resources) | set(b.resources)),
    )
    principal: dict[str, list[Any]] = {}
    for source in (a._principal, b._principal):
        for key, values in source.items():
            bucket = principal.setdefault(key, [])
            bucket.extend(v for v in values if v not in bucket)
    merged._principal = {key: sorted(values, key=str) for key, values in principal.items()}
    merged._principal_objects = _merge_principal_objects(a._principal_objects, b._principal_objects)
    return merged


def merge_statements(
    statements: Sequence[PolicyStatement],
    *,
    scope: Construct,
    limit_size: bool = False,
    merge_if_combinable: bool = True,
) -> list[MergedStatement]:
    """The statements with every mergeable pair merged (or, without `merge_if_combinable`, every equal
    pair collapsed), each with the statements it stands for."""
    if not merge_if_combinable:
        return [MergedStatement(m.statement.freeze(), m.originals) for m in _collapse_equal(statements)]
    estimate: SizeEstimate | None = size_estimate_for(scope) if limit_size else None
    result = [MergedStatement(s, [s]) for s in statements]
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(result):
            j = i + 1
            while j < len(result):
                merged = _merge_pair(result[i].statement, result[j].statement, estimate)
                if merged is None:
                    j += 1
                    continue
                result[i] = MergedStatement(merged, [*result[i].originals, *result[j].originals])
                del result[j]
                changed = True
            i += 1
    return [MergedStatement(m.statement.freeze(), m.originals) for m in result]


def _merge_pair(
    a: PolicyStatement, b: PolicyStatement, estimate: SizeEstimate | None
) -> PolicyStatement | None:
    merged = _try_merge(a, b)
    if merged is not None and estimate is not None and merged._estimate_size(estimate) > _MAX_MERGED_SIZE:
        return None
    return merged
