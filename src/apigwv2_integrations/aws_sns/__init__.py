"""Amazon SNS: topics, topic policies, subscriptions and their filters, and every `Cfn*` class."""

from ..cfn.aws_sns import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_sns import *  # noqa: F403
    from .delivery_policy import (
        BackoffFunction,
        DeliveryPolicy,
        HealthyRetryPolicy,
        RequestPolicy,
        ThrottlePolicy,
    )
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
else:
    _L2_SOURCES = {
        ".delivery_policy": (
            "BackoffFunction",
            "DeliveryPolicy",
            "HealthyRetryPolicy",
            "RequestPolicy",
            "ThrottlePolicy",
        ),
        ".policy": ("TopicPolicy", "TopicPolicyProps"),
        ".sns_grants": ("TopicGrants",),
        ".subscriber": ("ITopicSubscription", "TopicSubscriptionConfig"),
        ".subscription": ("Subscription", "SubscriptionOptions", "SubscriptionProps", "SubscriptionProtocol"),
        ".subscription_filter": (
            "BetweenCondition",
            "Filter",
            "FilterOrPolicy",
            "FilterOrPolicyType",
            "NumericConditions",
            "Policy",
            "StringConditions",
            "SubscriptionFilter",
        ),
        ".topic": (
            "FifoThroughputScope",
            "LoggingConfig",
            "LoggingProtocol",
            "Topic",
            "TopicAttributes",
            "TopicProps",
            "TracingConfig",
        ),
        ".topic_base": ("ITopic", "TopicBase"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_sns"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "BackoffFunction",
    "DeliveryPolicy",
    "HealthyRetryPolicy",
    "RequestPolicy",
    "ThrottlePolicy",
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
