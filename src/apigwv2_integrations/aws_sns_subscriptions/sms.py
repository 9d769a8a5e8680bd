"""SmsSubscription: a topic sends its messages as text messages."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_sns import (
    FilterOrPolicy,
    ITopic,
    SubscriptionFilter,
    SubscriptionProtocol,
    TopicSubscriptionConfig,
)
from ..aws_sqs import IQueue
from ..core.struct import LazyAttrsMeta, lazy_frozen
from .subscription import SubscriptionProps


@lazy_frozen(kw_only=True)
class SmsSubscriptionProps(SubscriptionProps, metaclass=LazyAttrsMeta):
    """Options of an SmsSubscription."""


class SmsSubscription:
    """Subscribes a phone number to a topic."""

    def __init__(
        self,
        phone_number: str,
        *,
        dead_letter_queue: IQueue | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
    ) -> None:
        self.phone_number = phone_number
        self.props = SmsSubscriptionProps(
            dead_letter_queue=dead_letter_queue,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
        )

    def bind(self, topic: ITopic) -> TopicSubscriptionConfig:
        """The subscription's configuration for `topic`."""
        return TopicSubscriptionConfig(
            subscriber_id=self.phone_number,
            endpoint=self.phone_number,
            protocol=SubscriptionProtocol.SMS,
            filter_policy=self.props.filter_policy,
            filter_policy_with_message_body=self.props.filter_policy_with_message_body,
            # Matches aws-cdk-lib: an SMS subscription takes `dead_letter_queue` but never gets a redrive
            # policy, and the queue no policy for SNS.
        )
