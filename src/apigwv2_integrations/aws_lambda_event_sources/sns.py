"""SnsEventSource: a function invoked with the messages of an SNS topic."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_lambda import IFunction
from ..aws_sns import FilterOrPolicy, ITopic, SubscriptionFilter
from ..aws_sns_subscriptions import LambdaSubscription, LambdaSubscriptionProps
from ..aws_sqs import IQueue
from ..core.struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class SnsEventSourceProps(LambdaSubscriptionProps, metaclass=LazyAttrsMeta):
    """Options of an SNS event source: those of the topic's subscription."""


class SnsEventSource:
    """Subscribe a function to a topic (a `LambdaSubscription`, with the permission SNS needs)."""

    def __init__(
        self,
        topic: ITopic,
        *,
        dead_letter_queue: IQueue | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
    ) -> None:
        self.topic = topic
        self.props = SnsEventSourceProps(
            dead_letter_queue=dead_letter_queue,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
        )

    def bind(self, target: IFunction) -> None:
        """Subscribe `target` to the topic."""
        props = self.props
        subscription = LambdaSubscription(
            target,
            dead_letter_queue=props.dead_letter_queue,
            filter_policy=props.filter_policy,
            filter_policy_with_message_body=props.filter_policy_with_message_body,
        )
        self.topic.add_subscription(subscription)
