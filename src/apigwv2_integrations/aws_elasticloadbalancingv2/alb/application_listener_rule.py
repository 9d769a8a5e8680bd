"""ApplicationListenerRule: an ALB listener rule with conditions, a priority and an action."""

from __future__ import annotations

from collections.abc import Sequence

from ...cfn.aws_elasticloadbalancingv2 import CfnListenerRule
from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.errors import ValidationError
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.lazy import Lazy
from ...core.tokens.token import Token
from ._types import IApplicationListener, IApplicationTargetGroup
from .application_listener_action import ListenerAction
from .conditions import ListenerCondition


@lazy_frozen(kw_only=True)
class BaseApplicationListenerRuleProps(metaclass=LazyAttrsMeta):
    """Properties of a listener rule, but for its listener."""

    priority: float
    """The rule's priority; lower numbers are evaluated first."""
    action: ListenerAction | None = None
    """What the rule does. Default: forward to `target_groups`."""
    conditions: Sequence[ListenerCondition] | None = field(default=None, converter=optional_tuple)
    """When the rule applies. Default: none (at least one is required)."""
    target_groups: Sequence[IApplicationTargetGroup] | None = field(default=None, converter=optional_tuple)
    """Target groups to forward to. Default: none."""


@lazy_frozen(kw_only=True)
class ApplicationListenerRuleProps(BaseApplicationListenerRuleProps, metaclass=LazyAttrsMeta):
    """Properties of an ApplicationListenerRule."""

    listener: IApplicationListener
    """The listener the rule belongs to."""


class _RuleChecks:
    def __init__(self, rule: ApplicationListenerRule) -> None:
        self._rule = rule

    def validate(self) -> list[str]:
        if self._rule._action is None:
            return ["the rule has no action; pass action=... or target_groups=..."]
        if not self._rule._conditions:
            return ["the rule has no condition; pass conditions=..."]
        return []


class ApplicationListenerRule(Construct):
    """A rule of an ALB listener (`AWS::ElasticLoadBalancingV2::ListenerRule`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        listener: IApplicationListener,
        priority: float,
        action: ListenerAction | None = None,
        conditions: Sequence[ListenerCondition] | None = None,
        target_groups: Sequence[IApplicationTargetGroup] | None = None,
    ) -> None:
        props = ApplicationListenerRuleProps(
            listener=listener,
            priority=priority,
            action=action,
            conditions=conditions,
            target_groups=target_groups,
        )
        super().__init__(scope, id)
        self._conditions: list[ListenerCondition] = list(props.conditions or ())
        if not self._conditions:
            raise ValidationError(self, "conditions=None; a rule needs at least one condition")
        if props.action is not None and props.target_groups is not None:
            raise ValidationError(self, "action and target_groups are both set; pass only one of them")
        if not Token.is_unresolved(props.priority) and props.priority <= 0:
            raise ValidationError(self, f"priority={props.priority!r} is below 1; use 1 to 50000")
        self.listener = props.listener
        self._action: ListenerAction | None = None
        self._rule = CfnListenerRule(
            self,
            "Resource",
            listener_arn=props.listener.listener_arn,
            priority=props.priority,
            conditions=Lazy.any(lambda: [c.render_raw_condition() for c in self._conditions]),
            actions=Lazy.any(lambda: self._action.render_rule_actions() if self._action is not None else []),
        )
        if props.action is not None:
            self.configure_action(props.action)
        if props.target_groups is not None:
            self.configure_action(ListenerAction.forward(props.target_groups))
        self.listener_rule_arn: str = self._rule.ref
        self.node.add_validation(_RuleChecks(self))

    def add_condition(self, condition: ListenerCondition) -> None:
        """Add a condition to the rule."""
        self._conditions.append(condition)

    def configure_action(self, action: ListenerAction) -> None:
        """Set the rule's action (a later one replaces an earlier one)."""
        action.bind(self, self.listener, self)
        self._action = action
