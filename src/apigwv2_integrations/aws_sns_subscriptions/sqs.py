"""SqsSubscription: a topic sends its messages to an SQS queue."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import ServicePrincipal
from ..aws_sns import (
    FilterOrPolicy,
    ITopic,
    SubscriptionFilter,
    SubscriptionProtocol,
    Topic,
    TopicSubscriptionConfig,
)
from ..aws_sqs import IQueue, QueueBase, QueueEncryption
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.names import Names
from ..core.struct import LazyAttrsMeta, lazy_frozen
from .subscription import SubscriptionProps, region_from_arn

_RESTRICT_SQS_DECRYPTION = "@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption"


@lazy_frozen(kw_only=True)
class SqsSubscriptionProps(SubscriptionProps, metaclass=LazyAttrsMeta):
    """Options of an SqsSubscription."""

    raw_message_delivery: bool | None = None
    """Whether to send the message without its JSON envelope. Default: False."""


class SqsSubscription:
    """Subscribes a queue to a topic, with the queue policy statement that lets the topic send to it."""

    def __init__(
        self,
        queue: IQueue,
        *,
        dead_letter_queue: IQueue | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
        raw_message_delivery: bool | None = None,
    ) -> None:
        self.queue = queue
        self.props = SqsSubscriptionProps(
            dead_letter_queue=dead_letter_queue,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
            raw_message_delivery=raw_message_delivery,
        )

    def bind(self, topic: ITopic) -> TopicSubscriptionConfig:
        """Allow the topic to send to the queue and return the subscription's configuration."""
        queue = self.queue
        if not isinstance(queue, QueueBase):
            raise ValidationError(
                topic,
                f"queue={queue!r} is not a queue construct; pass a Queue or one from Queue.from_queue_arn",
            )
        if getattr(queue, "encryption_type", None) is QueueEncryption.KMS_MANAGED:
            raise ValidationError(
                topic,
                f"queue={queue.node.path!r} is encrypted with the AWS managed key, which SNS cannot use; "
                "use QueueEncryption.KMS with a customer managed key, or SQS_MANAGED",
            )
        dead_letters = self.props.dead_letter_queue
        if (
            isinstance(dead_letters, QueueBase)
            and dead_letters.encryption_type is QueueEncryption.KMS_MANAGED
        ):
            raise ValidationError(
                topic,
                f"dead_letter_queue={dead_letters.node.path!r} is encrypted with the AWS managed key, "
                "which SNS cannot use; "
                "use QueueEncryption.KMS with a customer managed key, or SQS_MANAGED",
            )
        principal = ServicePrincipal("sns.amazonaws.com")
        result = queue.add_to_resource_policy(
            PolicyStatement(
                resources=[queue.queue_arn],
                actions=["sqs:SendMessage"],
                principals=[principal],
                conditions={"ArnEquals": {"aws:SourceArn": topic.topic_arn}},
            )
        )
        key = getattr(queue, "encryption_master_key", None)
        if key is not None:
            flag_scope = topic if isinstance(topic, Construct) else queue
            restricted = FeatureFlags.of(flag_scope).is_enabled(_RESTRICT_SQS_DECRYPTION)
            key.add_to_resource_policy(
                PolicyStatement(
                    resources=["*"],
                    actions=["kms:Decrypt", "kms:GenerateDataKey"],
                    principals=[principal],
                    conditions={"ArnEquals": {"aws:SourceArn": topic.topic_arn}} if restricted else None,
                )
            )
        if isinstance(topic, Topic) and topic.stack is not queue.stack:
            queue.stack.add_dependency(topic.stack)
        return TopicSubscriptionConfig(
            subscriber_scope=queue,
            subscriber_id=Names.node_unique_id(topic.node),
            endpoint=queue.queue_arn,
            protocol=SubscriptionProtocol.SQS,
            raw_message_delivery=self.props.raw_message_delivery,
            filter_policy=self.props.filter_policy,
            filter_policy_with_message_body=self.props.filter_policy_with_message_body,
            dead_letter_queue=self.props.dead_letter_queue,
            region=region_from_arn(topic, queue),
            subscription_dependency=result.policy_dependable,
        )
