"""Subscribers of SNS topics: Lambda functions, SQS queues, e-mail addresses, URLs and phone numbers."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .email import EmailSubscription, EmailSubscriptionProps
    from .lambda_ import LambdaSubscription, LambdaSubscriptionProps
    from .sms import SmsSubscription, SmsSubscriptionProps
    from .sqs import SqsSubscription, SqsSubscriptionProps
    from .subscription import SubscriptionProps
    from .url import UrlSubscription, UrlSubscriptionProps
else:
    _SOURCES = {
        ".email": ("EmailSubscription", "EmailSubscriptionProps"),
        ".lambda_": ("LambdaSubscription", "LambdaSubscriptionProps"),
        ".sms": ("SmsSubscription", "SmsSubscriptionProps"),
        ".sqs": ("SqsSubscription", "SqsSubscriptionProps"),
        ".subscription": ("SubscriptionProps",),
        ".url": ("UrlSubscription", "UrlSubscriptionProps"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "EmailSubscription",
    "EmailSubscriptionProps",
    "LambdaSubscription",
    "LambdaSubscriptionProps",
    "SmsSubscription",
    "SmsSubscriptionProps",
    "SqsSubscription",
    "SqsSubscriptionProps",
    "SubscriptionProps",
    "UrlSubscription",
    "UrlSubscriptionProps",
]
