"""SMS subscriptions take a dead-letter queue but, as in aws-cdk-lib, never wire it (aws_sns_subscriptions/sms.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_sns import SubscriptionFilter, Topic
from apigwv2_integrations.aws_sns_subscriptions import SmsSubscription
from apigwv2_integrations.aws_sqs import Queue

Render = Callable[[Stack], dict[str, Any]]


def test_sms_subscription_ignores_its_dead_letter_queue(stack: Stack, template: Render) -> None:
    topic = Topic(stack, "Topic")
    topic.add_subscription(
        SmsSubscription(
            "+15551231234",
            dead_letter_queue=Queue(stack, "DeadLetters"),
            filter_policy={"color": SubscriptionFilter.exists_filter()},
        )
    )
    resources = template(stack)["Resources"]
    [subscription] = [r for r in resources.values() if r["Type"] == "AWS::SNS::Subscription"]
    assert subscription["Properties"] == {
        "Endpoint": "+15551231234",
        "FilterPolicy": {"color": [{"exists": True}]},
        "Protocol": "sms",
        "TopicArn": {"Ref": "TopicBFC7AF6E"},
    }
    assert sorted(r["Type"] for r in resources.values()) == [
        "AWS::SNS::Subscription",
        "AWS::SNS::Topic",
        "AWS::SQS::Queue",
    ]
