"""SubscriptionProps: the options every subscriber takes."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_sns import FilterOrPolicy, ITopic, SubscriptionFilter, Topic
from ..aws_sqs import IQueue
from ..core.arn import ArnFormat
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any


def _to_filter_policy(
    value: Mapping[str, SubscriptionFilter] | None,
) -> Mapping[str, SubscriptionFilter] | None:
    return dict(value) if isinstance(value, Mapping) else value


def _to_body_filter_policy(value: Mapping[str, FilterOrPolicy] | None) -> Mapping[str, FilterOrPolicy] | None:
    return dict(value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class SubscriptionProps(metaclass=LazyAttrsMeta):
    """Options of every subscriber."""

    filter_policy: Mapping[str, SubscriptionFilter] | None = field(default=None, converter=_to_filter_policy)
    """Attribute name -> the conditions a message's attribute must meet. Default: every message."""
    dead_letter_queue: IQueue | None = None
    """The queue that receives the messages SNS fails to deliver. Default: none."""
    filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = field(
        default=None, converter=_to_body_filter_policy
    )
    """Attribute name -> conditions on the message body (instead of `filter_policy`). Default: none."""


def region_from_arn(topic: ITopic, subscriber: Any) -> str | None:
    """The region written on a subscription: an imported topic's region (from its ARN), or a topic's
    region when the subscriber is in another stack of a different, known region."""
    if not isinstance(topic, Topic):
        return topic.stack.split_arn(topic.topic_arn, ArnFormat.SLASH_RESOURCE_NAME).region
    topic_region = topic.env.region
    if topic.stack is subscriber.stack or Token.is_unresolved(topic_region):
        return None
    return topic_region if topic_region != subscriber.env.region else None
