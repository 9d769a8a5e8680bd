"""SqsQueue: a rule target that sends events to an SQS queue."""

from __future__ import annotations

from ..aws_events import RuleTargetConfig, RuleTargetInput
from ..aws_iam import ServicePrincipal
from ..cfn.aws_events import CfnRule
from ..core.duration import Duration
from ..core.feature_flags import FeatureFlags
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._util import TargetBaseProps, add_to_dead_letter_queue_resource_policy, bind_base_target_config

if TYPE_CHECKING:
    from typing import Any

    from ..aws_events import IRule
    from ..aws_sqs import IQueue

_SAME_ACCOUNT_FLAG = "@aws-cdk/aws-events:eventsTargetQueueSameAccount"


@lazy_frozen(kw_only=True)
class SqsQueueProps(TargetBaseProps, metaclass=LazyAttrsMeta):
    """Properties of an SqsQueue target."""

    message: RuleTargetInput | None = None
    """The message sent. Default: the whole event."""
    message_group_id: str | None = None
    """The message group of a FIFO queue. Default: none."""


class SqsQueue:
    """Send the rule's events to an SQS queue."""

    def __init__(
        self,
        queue: IQueue,
        *,
        message: RuleTargetInput | None = None,
        message_group_id: str | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.queue = queue
        self.props = SqsQueueProps(
            message=message,
            message_group_id=message_group_id,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Let the rule send to the queue and return the target."""
        conditions: dict[str, Any] = {}
        if getattr(self.queue, "encryption_master_key", None) is not None:
            # An encrypted queue's policy cannot name the rule; the flag limits it to this account.
            if FeatureFlags.of(rule).is_enabled(_SAME_ACCOUNT_FLAG):  # type: ignore[arg-type]
                conditions = {"StringEquals": {"aws:SourceAccount": rule.env.account}}
        else:
            conditions = {"ArnEquals": {"aws:SourceArn": rule.rule_arn}}
        self.queue.grant_send_messages(ServicePrincipal("events.amazonaws.com", conditions=conditions))
        if self.props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self.props.dead_letter_queue)
        group = self.props.message_group_id
        return RuleTargetConfig(
            **bind_base_target_config(self.props),
            arn=self.queue.queue_arn,
            input=self.props.message,
            target_resource=self.queue,
            sqs_parameters=CfnRule.SqsParametersProperty(message_group_id=group) if group else None,
        )
