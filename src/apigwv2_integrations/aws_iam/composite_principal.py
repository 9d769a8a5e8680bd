"""Principals made of others: CompositePrincipal (several principals as one) and PrincipalJsonPrincipal (a
principal block given as JSON)."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from .principals import (
    IPrincipal,
    PrincipalBase,
    PrincipalPolicyFragment,
    _compact_json,
    add_principal_to_assume_role_policy,
    dedupe_string_for,
    merge_principal,
)

if TYPE_CHECKING:
    from typing import Any

    from .policy_document import PolicyDocument


class CompositePrincipal(PrincipalBase):
    """Several principals as one; in a trust policy each gets its own statement."""

    def __init__(self, *principals: IPrincipal) -> None:
        if not principals:
            raise ValidationError(None, "principals is empty; pass at least one principal")
        self._principals: list[IPrincipal] = []
        self.add_principals(*principals)

    @property
    def assume_role_action(self) -> str:
        return str(self._principals[0].assume_role_action)

    def add_principals(self, *principals: IPrincipal) -> CompositePrincipal:
        """Add principals."""
        self._principals.extend(principals)
        return self

    @property
    def principals(self) -> list[IPrincipal]:
        """The principals."""
        return list(self._principals)

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        principal_json: dict[str, list[Any]] = {}
        for principal in self._principals:
            fragment = principal.policy_fragment
            if fragment.conditions:
                raise ValidationError(
                    None,
                    f"principals include {principal} with conditions, which a composite principal cannot "
                    "merge; add the principals to separate statements",
                )
            merge_principal(principal_json, fragment.principal_json)
        return PrincipalPolicyFragment(principal_json)

    def add_to_assume_role_policy(self, doc: PolicyDocument) -> None:
        """Let each principal assume a role, each in its own statement."""
        for principal in self._principals:
            add_principal_to_assume_role_policy(principal, doc)

    def dedupe_string(self) -> str | None:
        """Set only when every principal has one."""
        inner = [dedupe_string_for(p) for p in self._principals]
        if any(d is None for d in inner):
            return None
        return f"CompositePrincipal[{','.join(str(d) for d in inner)}]"

    def __str__(self) -> str:
        # As aws-cdk-lib's text (a JavaScript list joined with commas), which names its invoke permissions.
        return f"CompositePrincipal({','.join(str(p) for p in self._principals)})"


class PrincipalJsonPrincipal(PrincipalBase):
    """A principal from raw principal JSON (as read back from a statement)."""

    def __init__(self, principal_json: Mapping[str, list[Any]]) -> None:
        self._json = {k: list(v) for k, v in principal_json.items()}

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment(self._json)

    def dedupe_string(self) -> str | None:
        return _compact_json({"principalJson": self._json, "conditions": {}})

    def __str__(self) -> str:
        return f"PrincipalJsonPrincipal({self._json})"
