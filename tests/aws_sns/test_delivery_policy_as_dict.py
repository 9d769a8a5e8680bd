"""A delivery policy given as a dict of its keywords, as aws_cdk accepts it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_sns import Subscription, SubscriptionProtocol, Topic
from apigwv2_integrations.aws_sns_subscriptions import UrlSubscription
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of
from tests.conftest import resources_of_type

_EXPECTED = {
    "healthyRetryPolicy": {"minDelayTarget": 5, "maxDelayTarget": 60, "numRetries": 4},
    "throttlePolicy": {"maxReceivesPerSecond": 10},
}


def _policy() -> dict[str, object]:
    return {
        "healthy_retry_policy": {
            "min_delay_target": Duration.seconds(5),
            "max_delay_target": Duration.minutes(1),
            "num_retries": 4,
        },
        "throttle_policy": {"max_receives_per_second": 10},
    }


def test_subscription_takes_a_dict_delivery_policy(stack: Stack) -> None:
    subscription = Subscription(
        stack,
        "Sub",
        topic=Topic(stack, "Topic"),
        endpoint="https://example.com",
        protocol=SubscriptionProtocol.HTTPS,
        delivery_policy=_policy(),
    )
    assert properties_of(subscription)["DeliveryPolicy"] == _EXPECTED


def test_url_subscription_takes_a_dict_delivery_policy(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    Topic(stack, "Topic").add_subscription(UrlSubscription("https://example.com", delivery_policy=_policy()))
    (subscription,) = resources_of_type(template(stack), "AWS::SNS::Subscription").values()
    assert subscription["Properties"]["DeliveryPolicy"] == _EXPECTED


def test_a_dict_delivery_policy_is_checked_like_a_struct(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    with pytest.raises(ValidationError) as raised:
        topic.add_subscription(
            UrlSubscription(
                "https://example.com", delivery_policy={"healthy_retry_policy": {"num_retries": 101}}
            )
        )
    assert str(raised.value) == (
        "Test/Topic/https:----example.com: delivery_policy: num_retries=101 is out of range; use 0 to 100"
    )
