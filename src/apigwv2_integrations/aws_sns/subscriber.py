"""ITopicSubscription: what `Topic.add_subscription` binds to a topic, and what it gets back."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from .subscription import SubscriptionOptions

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class TopicSubscriptionConfig(SubscriptionOptions, metaclass=LazyAttrsMeta):
    """How a subscriber subscribes: its options, and where and under which id the Subscription goes."""

    subscriber_id: str
    """The id of the Subscription construct."""
    subscriber_scope: Construct | None = None
    """The scope of the Subscription construct. Default: the topic."""
    subscription_dependency: Any | None = field(default=None)
    """What the Subscription must be created after (such as a queue policy). Default: nothing."""


@runtime_checkable
class ITopicSubscription(Protocol):
    """A subscriber that can bind itself to a topic."""

    def bind(self, topic: Any) -> TopicSubscriptionConfig:
        """The subscription's configuration for `topic`."""
        ...
