"""EmailSubscription: a topic e-mails its messages."""

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
class EmailSubscriptionProps(SubscriptionProps, metaclass=LazyAttrsMeta):
    """Options of an EmailSubscription."""

    json: bool | None = None
    """Whether to send the whole notification as JSON (protocol email-json). Default: False."""


class EmailSubscription:
    """Subscribes an e-mail address to a topic."""

    def __init__(
        self,
        email_address: str,
        *,
        dead_letter_queue: IQueue | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
        json: bool | None = None,
    ) -> None:
        self.email_address = email_address
        self.props = EmailSubscriptionProps(
            dead_letter_queue=dead_letter_queue,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
            json=json,
        )

    def bind(self, topic: ITopic) -> TopicSubscriptionConfig:
        """The subscription's configuration for `topic`."""
        return TopicSubscriptionConfig(
            subscriber_id=self.email_address,
            endpoint=self.email_address,
            protocol=SubscriptionProtocol.EMAIL_JSON if self.props.json else SubscriptionProtocol.EMAIL,
            filter_policy=self.props.filter_policy,
            filter_policy_with_message_body=self.props.filter_policy_with_message_body,
            dead_letter_queue=self.props.dead_letter_queue,
        )
