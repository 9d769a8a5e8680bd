"""Statement merging for minimized policy documents (`minimize=True`).

Two statements merge when their effect, conditions, not-actions, not-resources and not-principals are
equal, neither has a Sid, and two of their three sets (actions, resources, principals) are equal. The
merged sets are de-duplicated and sorted. Passes repeat until nothing merges, as in aws-cdk-lib.

Principals are compared as aws-cdk-lib compares them, not by their rendered JSON: a principal with a
dedupe string (ARN, service, `ViaServicePrincipal` of such a principal, ...) equals any other with the
same string; one without (a role, user or group, or a wrapper around one) equals only itself. So two
grants to two `ViaServicePrincipal(..., role)` objects stay two statements, though their JSON is equal.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..core.construct import Construct
from .policy_statement import PolicyStatement
from .principals import LITERAL_STRING_KEY, IPrincipal, dedupe_string_for


def _principal_entries(principal_json: dict[str, list[Any]]) -> list[tuple[str, str]]:
    return [
        (key, json.dumps(value, sort_keys=True)) for key, values in principal_json.items() for value in values
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
    return [*{**x_comparable, **y_comparable}.values(), *x_others, *y_others]


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
    return json.dumps(statement.conditions, separators=(",", ":"), default=str)


def _try_merge(a: PolicyStatement, b: PolicyStatement) -> PolicyStatement | None:
    if a.effect is not b.effect or a.sid or b.sid:
        return None
    if _conditions_key(a) != _conditions_key(b):
        return None
    if (
        not _set_equal(a.not_actions, b.not_actions)
        or not _set_equal(a.not_resources, b.not_resources)
        or not _principals_equal(a, b, negated=True)
    ):
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


def merge_statements(statements: Sequence[PolicyStatement], *, scope: Construct) -> list[PolicyStatement]:
    """The statements with every mergeable pair merged."""
    result = list(statements)
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(result):
            j = i + 1
            while j < len(result):
                merged = _try_merge(result[i], result[j])
                if merged is None:
                    j += 1
                    continue
                result[i] = merged
                del result[j]
                changed = True
            i += 1
    return [s.freeze() for s in result]
