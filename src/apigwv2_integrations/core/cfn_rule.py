"""CfnRule: a template rule that checks parameter values before deployment."""

from __future__ import annotations

from collections.abc import Sequence

from .cfn_element import CfnElement
from .construct import Construct
from .runtime_typing import TYPE_CHECKING
from .struct import LazyAttrsMeta, lazy_frozen
from .tokens.fn import ICfnRuleConditionExpression

if TYPE_CHECKING:
    from typing import Any

    from .tokens._resolve import Resolver


@lazy_frozen(kw_only=True)
class CfnRuleAssertion(metaclass=LazyAttrsMeta):
    """One assertion of a rule."""

    assert_: ICfnRuleConditionExpression
    assert_description: str


def _to_assertion(value: Any) -> CfnRuleAssertion:
    if isinstance(value, CfnRuleAssertion):
        return value
    return CfnRuleAssertion(**dict(value))


class CfnRule(CfnElement):
    """An entry of the template's Rules section."""

    _section = "Rules"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assertions: Sequence[CfnRuleAssertion] | None = None,
        rule_condition: ICfnRuleConditionExpression | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.rule_condition = rule_condition
        self.assertions = [_to_assertion(a) for a in assertions or ()]

    def add_assertion(self, condition: ICfnRuleConditionExpression, description: str) -> None:
        """Add an assertion."""
        self.assertions.append(CfnRuleAssertion(assert_=condition, assert_description=description))

    def _render(self, resolver: Resolver) -> Any:
        return resolver.resolve(
            {
                "RuleCondition": self.rule_condition,
                "Assertions": [
                    {"Assert": a.assert_, "AssertDescription": a.assert_description} for a in self.assertions
                ]
                or None,
            }
        )
