"""Amazon SNS: topics, topic policies, subscriptions and their filters, and every `Cfn*` class."""

import typing as _typing

from ..cfn.aws_sns import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# The Cfn* names load on first use; mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_sns import *  # noqa: F403
else:
    __getattr__, __dir__ = _lazy_exports(__name__, dict.fromkeys(_cfn_all, "..cfn.aws_sns"))

from .policy import TopicPolicy, TopicPolicyProps
from .sns_grants import TopicGrants
from .subscriber import ITopicSubscription, TopicSubscriptionConfig
from .subscription import Subscription, SubscriptionOptions, SubscriptionProps, SubscriptionProtocol
from .subscription_filter import (
    BetweenCondition,
    Filter,
    FilterOrPolicy,
    FilterOrPolicyType,
    NumericConditions,
    Policy,
    StringConditions,
    SubscriptionFilter,
)
from .topic import (
    FifoThroughputScope,
    LoggingConfig,
    LoggingProtocol,
    Topic,
    TopicAttributes,
    TopicProps,
    TracingConfig,
)
from .topic_base import ITopic, TopicBase

__all__ = [
    *_cfn_all,
    "BetweenCondition",
    "Filter",
    "FilterOrPolicy",
    "FilterOrPolicyType",
    "NumericConditions",
    "Policy",
    "StringConditions",
    "FifoThroughputScope",
    "ITopic",
    "ITopicSubscription",
    "LoggingConfig",
    "LoggingProtocol",
    "Subscription",
    "SubscriptionFilter",
    "SubscriptionOptions",
    "SubscriptionProps",
    "SubscriptionProtocol",
    "Topic",
    "TopicAttributes",
    "TopicBase",
    "TopicGrants",
    "TopicPolicy",
    "TopicPolicyProps",
    "TopicProps",
    "TopicSubscriptionConfig",
    "TracingConfig",
]
