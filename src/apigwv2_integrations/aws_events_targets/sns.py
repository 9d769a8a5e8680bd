"""SnsTopic: a rule target that publishes events to an SNS topic."""

from __future__ import annotations

from ..aws_events import RuleTargetConfig, RuleTargetInput
from ..aws_iam import IRole, ServicePrincipal
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._util import (
    TargetBaseProps,
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
    singleton_event_role,
)

if TYPE_CHECKING:
    from ..aws_events import IRule
    from ..aws_sns import ITopic
    from ..aws_sqs import IQueue


@lazy_frozen(kw_only=True)
class SnsTopicProps(TargetBaseProps, metaclass=LazyAttrsMeta):
    """Properties of an SnsTopic target."""

    authorize_using_role: bool | None = None
    """Publish with an IAM role (`role`, or one made for the rule) instead of the topic's resource
    policy; needed for a topic encrypted with a KMS key. Default: False."""
    message: RuleTargetInput | None = None
    """The message published. Default: the whole event."""
    role: IRole | None = None
    """The role EventBridge publishes with (`authorize_using_role` must not be False). Default: one
    made for the rule when `authorize_using_role` is True."""


class SnsTopic:
    """Publish the rule's events to an SNS topic."""

    def __init__(
        self,
        topic: ITopic,
        *,
        authorize_using_role: bool | None = None,
        message: RuleTargetInput | None = None,
        role: IRole | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        if authorize_using_role is False and role is not None:
            raise ValidationError(
                topic if isinstance(topic, Construct) else None,
                f"role={role!r} is given with authorize_using_role=False; drop the role, or set "
                "authorize_using_role=True to publish with it",
            )
        self.topic = topic
        self.props = SnsTopicProps(
            authorize_using_role=authorize_using_role,
            message=message,
            role=role,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Let the rule publish to the topic and return the target."""
        props = self.props
        role: IRole | None = None
        if props.authorize_using_role or props.role is not None:
            role = props.role or singleton_event_role(rule)  # type: ignore[arg-type]
            self.topic.grant_publish(role)
        else:
            self.topic.grant_publish(ServicePrincipal("events.amazonaws.com"))
        if props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, props.dead_letter_queue)
        return RuleTargetConfig(
            **bind_base_target_config(props),
            arn=self.topic.topic_arn,
            input=props.message,
            role=role,
            target_resource=self.topic,
        )
