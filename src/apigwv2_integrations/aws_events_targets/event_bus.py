"""EventBus: a rule target that puts the events on another event bus."""

from __future__ import annotations

from ..aws_events import IEventBus, RuleTargetConfig
from ..aws_iam import IRole
from ..cfn.aws_events import CfnRule
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._util import add_to_dead_letter_queue_resource_policy, singleton_event_role

if TYPE_CHECKING:
    from ..aws_events import IRule
    from ..aws_sqs import IQueue


@lazy_frozen(kw_only=True)
class EventBusProps(metaclass=LazyAttrsMeta):
    """Properties of an EventBus target."""

    dead_letter_queue: IQueue | None = None
    """A queue for events that cannot be delivered (an `aws_sqs.IQueue`). Default: none."""
    role: IRole | None = None
    """The role EventBridge puts events with. Default: one made for the rule."""


class EventBus:
    """Put the rule's events on an event bus (of this or another account)."""

    def __init__(
        self, event_bus: IEventBus, *, dead_letter_queue: IQueue | None = None, role: IRole | None = None
    ) -> None:
        self.event_bus = event_bus
        self.props = EventBusProps(dead_letter_queue=dead_letter_queue, role=role)

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Let the rule put events on the bus and return the target."""
        role = self.props.role or singleton_event_role(rule)  # type: ignore[arg-type]
        self.event_bus.grant_put_events_to(role)
        queue = self.props.dead_letter_queue
        if queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, queue)
        return RuleTargetConfig(
            arn=self.event_bus.event_bus_arn,
            role=role,
            dead_letter_config=CfnRule.DeadLetterConfigProperty(arn=queue.queue_arn)
            if queue is not None
            else None,
        )
