"""Statement merging for minimized policy documents (`minimize=True`).

Two statements merge when their effect, conditions, not-actions, not-resources and not-principals are
equal, neither has a Sid, and two of their three sets (actions, resources, principals) are equal. The
merged sets are de-duplicated and sorted. Passes repeat until nothing merges, as in aws-cdk-lib.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..core.construct import Construct
from .policy_statement import PolicyStatement
from .principals import LITERAL_STRING_KEY


def _principal_entries(principal_json: dict[str, list[Any]]) -> list[tuple[str, str]]:
    return [
        (key, json.dumps(value, sort_keys=True)) for key, values in principal_json.items() for value in values
    ]


def _set_equal(a: Sequence[Any], b: Sequence[Any]) -> bool:
    return len(a) == len(b) and set(a) == set(b)


def _conditions_key(statement: PolicyStatement) -> str:
    return json.dumps(statement.conditions, separators=(",", ":"), default=str)


def _try_merge(a: PolicyStatement, b: PolicyStatement) -> PolicyStatement | None:
    if a.effect is not b.effect or a.sid or b.sid:
        return None
    if _conditions_key(a) != _conditions_key(b):
        return None
    a_principals = _principal_entries(a._principal)
    b_principals = _principal_entries(b._principal)
    if (
        not _set_equal(a.not_actions, b.not_actions)
        or not _set_equal(a.not_resources, b.not_resources)
        or not _set_equal(_principal_entries(a._not_principal), _principal_entries(b._not_principal))
    ):
        return None
    equal_sets = (
        int(_set_equal(a.actions, b.actions))
        + int(_set_equal(a.resources, b.resources))
        + int(_set_equal(a_principals, b_principals))
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
