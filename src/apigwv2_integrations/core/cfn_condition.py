"""CfnCondition: a named template condition."""

from __future__ import annotations

from .cfn_element import CfnElement
from .construct import Construct
from .runtime_typing import TYPE_CHECKING
from .tokens.fn import ICfnConditionExpression
from .tokens.token import IResolveContext

if TYPE_CHECKING:
    from typing import Any

    from .tokens._resolve import Resolver


class CfnCondition(CfnElement, ICfnConditionExpression):
    """An entry of the template's Conditions section; used as `{"Condition": name}` in expressions."""

    _section = "Conditions"

    def __init__(
        self, scope: Construct, id: str, *, expression: ICfnConditionExpression | None = None
    ) -> None:
        super().__init__(scope, id)
        self.expression = expression

    def resolve(self, context: IResolveContext) -> Any:
        return {"Condition": self.logical_id}

    def _render(self, resolver: Resolver) -> Any:
        return resolver.resolve(self.expression)

    @property
    def creation_stack(self) -> list[str]:  # type: ignore[override]
        """Where this condition was created (not recorded)."""
        return []

    def __str__(self) -> str:
        return self.to_string()
