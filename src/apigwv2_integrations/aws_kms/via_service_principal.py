"""ViaServicePrincipal: a principal allowed to use a key only through one AWS service."""

from __future__ import annotations

from ..aws_iam.arn_principals import AnyPrincipal
from ..aws_iam.principals import IPrincipal, PrincipalBase, PrincipalPolicyFragment, dedupe_string_for
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


class ViaServicePrincipal(PrincipalBase):
    """`base_principal`, restricted by the `kms:ViaService` condition to calls through `service_name`."""

    def __init__(self, service_name: str, base_principal: IPrincipal | None = None) -> None:
        self.service_name = service_name
        self.base_principal: IPrincipal = base_principal if base_principal is not None else AnyPrincipal()

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        base = self.base_principal.policy_fragment
        conditions: dict[str, Any] = dict(base.conditions)
        string_equals = dict(conditions.get("StringEquals") or {})
        conditions["StringEquals"] = {"kms:ViaService": self.service_name, **string_equals}
        return PrincipalPolicyFragment(base.principal_json, conditions)

    def dedupe_string(self) -> str | None:
        """Set only when the base principal has one; otherwise each object is its own principal."""
        base = dedupe_string_for(self.base_principal)
        return None if base is None else f"ViaServicePrincipal:{self.service_name}:{base}"

    def __str__(self) -> str:
        return f"ViaServicePrincipal({self.service_name}, {self.base_principal})"
