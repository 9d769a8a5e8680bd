"""NetworkListenerAction: what an NLB listener does with a connection (forward to target groups)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.construct import Construct
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ..shared._rendering import given_action_json, render_forward, renumber
from ._types import INetworkListener, INetworkTargetGroup

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class NetworkForwardOptions(metaclass=LazyAttrsMeta):
    """Options of `NetworkListenerAction.forward` and `weighted_forward`."""

    stickiness_duration: Duration | None = None
    """Keep clients on one target group this long. Default: no stickiness."""


@lazy_frozen(kw_only=True)
class NetworkWeightedTargetGroup(metaclass=LazyAttrsMeta):
    """A target group with its share of the traffic."""

    target_group: INetworkTargetGroup
    """The target group."""
    weight: float | None = None
    """Its weight. Default: 1."""


def _to_weighted_target_group(
    value: NetworkWeightedTargetGroup | Mapping[str, Any],
) -> NetworkWeightedTargetGroup:
    return NetworkWeightedTargetGroup(**value) if isinstance(value, Mapping) else value


class NetworkListenerAction:
    """What a Network Load Balancer listener does with a connection."""

    def __init__(self, default_action_json: Any, next: NetworkListenerAction | None = None) -> None:  # noqa: A002
        self._action_json = given_action_json(default_action_json, "NetworkListenerAction")
        self.next = next
        self._target_groups: list[INetworkTargetGroup] = []

    @staticmethod
    def forward(
        target_groups: Sequence[INetworkTargetGroup], *, stickiness_duration: Duration | None = None
    ) -> NetworkListenerAction:
        """Forward to target groups, evenly spread."""
        options = NetworkForwardOptions(stickiness_duration=stickiness_duration)
        if not target_groups:
            raise ValidationError(None, "target_groups=[] is empty; forward to at least one target group")
        # aws-cdk-lib's NLB forward config leaves out the groups' Weight (its ALB one writes 1).
        action = NetworkListenerAction(
            render_forward(list(target_groups), None, options.stickiness_duration, even_weight=None)
        )
        action._target_groups = list(target_groups)
        return action

    @staticmethod
    def weighted_forward(
        target_groups: Sequence[NetworkWeightedTargetGroup | Mapping[str, Any]],
        *,
        stickiness_duration: Duration | None = None,
    ) -> NetworkListenerAction:
        """Forward to target groups by weight."""
        options = NetworkForwardOptions(stickiness_duration=stickiness_duration)
        weighted = [_to_weighted_target_group(v) for v in target_groups]
        if not weighted:
            raise ValidationError(None, "target_groups=[] is empty; forward to at least one target group")
        groups = [w.target_group for w in weighted]
        weights = [w.weight if w.weight is not None else 1 for w in weighted]
        action = NetworkListenerAction(render_forward(groups, weights, options.stickiness_duration))
        action._target_groups = groups
        return action

    def bind(self, scope: Construct, listener: INetworkListener) -> None:
        """Called when the action is added to a listener: the target groups learn about it."""
        for group in self._target_groups:
            group.register_listener(listener)
        if self.next is not None:
            self.next.bind(scope, listener)

    def _chain(self) -> list[Any]:
        return [self._action_json, *(self.next._chain() if self.next is not None else [])]

    def render_actions(self) -> list[Any]:
        """The actions of a listener's default rule."""
        return renumber(self._chain())

    def render_rule_actions(self) -> list[Any]:
        """The actions of a listener rule."""
        return renumber(self._chain())
