"""UrlSubscription: a topic posts its messages to an HTTP or HTTPS endpoint."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_sns import (
    DeliveryPolicy,
    FilterOrPolicy,
    ITopic,
    SubscriptionFilter,
    SubscriptionProtocol,
    TopicSubscriptionConfig,
)
from ..aws_sns.delivery_policy import to_delivery_policy
from ..aws_sqs import IQueue
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token
from .subscription import SubscriptionProps

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class UrlSubscriptionProps(SubscriptionProps, metaclass=LazyAttrsMeta):
    """Options of a UrlSubscription."""

    delivery_policy: DeliveryPolicy | None = field(default=None, converter=to_delivery_policy)
    """Retries and throttling of deliveries. Default: SNS's (three retries 20 seconds apart)."""
    protocol: SubscriptionProtocol | None = None
    """The protocol of a token URL (required then); a literal URL's scheme decides its own. Default: none."""
    raw_message_delivery: bool | None = None
    """Whether to post the message without its JSON envelope. Default: False."""


class UrlSubscription:
    """Subscribes an HTTP or HTTPS URL to a topic."""

    def __init__(
        self,
        url: str,
        *,
        dead_letter_queue: IQueue | None = None,
        delivery_policy: DeliveryPolicy | Mapping[str, Any] | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
        protocol: SubscriptionProtocol | None = None,
        raw_message_delivery: bool | None = None,
    ) -> None:
        self.url = url
        self.props = UrlSubscriptionProps(
            dead_letter_queue=dead_letter_queue,
            delivery_policy=delivery_policy,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
            protocol=protocol,
            raw_message_delivery=raw_message_delivery,
        )
        is_token = Token.is_unresolved(url)
        if not is_token and not url.startswith(("http://", "https://")):
            raise ValidationError(
                None, f"url={url!r} does not start with 'http://' or 'https://'; pass a full URL"
            )
        # As in aws-cdk-lib, a literal URL's scheme decides its protocol; `protocol` is read only for a
        # token URL, and then taken as given.
        self.protocol: SubscriptionProtocol
        if not is_token:
            self.protocol = (
                SubscriptionProtocol.HTTPS if url.startswith("https://") else SubscriptionProtocol.HTTP
            )
        elif protocol is None:
            raise ValidationError(
                None,
                f"url={url!r} is a token and protocol=None; pass protocol=SubscriptionProtocol.HTTPS or HTTP",
            )
        else:
            self.protocol = protocol

    def bind(self, topic: ITopic) -> TopicSubscriptionConfig:
        """The subscription's configuration for `topic`."""
        return TopicSubscriptionConfig(
            subscriber_id=self.url,
            endpoint=self.url,
            protocol=self.protocol,
            raw_message_delivery=self.props.raw_message_delivery,
            filter_policy=self.props.filter_policy,
            filter_policy_with_message_body=self.props.filter_policy_with_message_body,
            dead_letter_queue=self.props.dead_letter_queue,
            delivery_policy=self.props.delivery_policy,
        )
