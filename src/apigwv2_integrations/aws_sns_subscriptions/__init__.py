"""Subscribers of SNS topics: Lambda functions, SQS queues, e-mail addresses, URLs and phone numbers."""

from .email import EmailSubscription, EmailSubscriptionProps
from .lambda_ import LambdaSubscription, LambdaSubscriptionProps
from .sms import SmsSubscription, SmsSubscriptionProps
from .sqs import SqsSubscription, SqsSubscriptionProps
from .subscription import SubscriptionProps
from .url import UrlSubscription, UrlSubscriptionProps

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
