"""SessionTagsPrincipal: another principal that may also tag its session when it assumes a role."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING
from .principals import (
    AddToPrincipalPolicyResult,
    IPrincipal,
    PrincipalBase,
    PrincipalPolicyFragment,
    add_principal_to_assume_role_policy,
    dedupe_string_for,
)

if TYPE_CHECKING:
    from .policy_document import PolicyDocument
    from .policy_statement import PolicyStatement


class _TagSessionDocument:
    """A trust policy that adds `sts:TagSession` to each statement added to it."""

    def __init__(self, document: PolicyDocument) -> None:
        self._document = document

    def add_statements(self, *statements: PolicyStatement) -> None:
        for statement in statements:
            statement.add_actions("sts:TagSession")
        self._document.add_statements(*statements)


class SessionTagsPrincipal(PrincipalBase):
    """`principal`, allowed `sts:TagSession` next to its assume-role action in a trust policy."""

    def __init__(self, principal: IPrincipal) -> None:
        self._principal = principal

    @property
    def assume_role_action(self) -> str:
        return str(self._principal.assume_role_action)

    @property
    def principal_account(self) -> str | None:
        return self._principal.principal_account

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return self._principal.policy_fragment

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add `statement` to the wrapped principal's identity policy, when it has one."""
        return self._principal.add_to_principal_policy(statement)

    def add_to_assume_role_policy(self, doc: PolicyDocument) -> None:
        add_principal_to_assume_role_policy(self._principal, _TagSessionDocument(doc))  # type: ignore[arg-type]

    def dedupe_string(self) -> str | None:
        inner = dedupe_string_for(self._principal)
        return None if inner is None else f"SessionTagsPrincipal:{inner}"

    def __str__(self) -> str:
        return f"SessionTagsPrincipal({self._principal})"
