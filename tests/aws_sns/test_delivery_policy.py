"""DeliveryPolicy of HTTP and HTTPS subscriptions: rendering and the limits SNS enforces."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_sns import (
    BackoffFunction,
    DeliveryPolicy,
    HealthyRetryPolicy,
    RequestPolicy,
    Subscription,
    SubscriptionProtocol,
    ThrottlePolicy,
    Topic,
)
from apigwv2_integrations.aws_sns_subscriptions import UrlSubscription
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def _subscribe(stack: Stack, policy: DeliveryPolicy, **props: Any) -> Subscription:
    props = {"endpoint": "https://example.com", "protocol": SubscriptionProtocol.HTTPS, **props}
    return Subscription(stack, "Sub", topic=Topic(stack, "Topic"), delivery_policy=policy, **props)


def test_every_field_renders_in_sns_json_names(stack: Stack) -> None:
    policy = DeliveryPolicy(
        healthy_retry_policy=HealthyRetryPolicy(
            min_delay_target=Duration.seconds(5),
            max_delay_target=Duration.minutes(1),
            num_retries=6,
            num_no_delay_retries=1,
            num_min_delay_retries=1,
            num_max_delay_retries=2,
            backoff_function=BackoffFunction.EXPONENTIAL,
        ),
        throttle_policy=ThrottlePolicy(max_receives_per_second=10),
        request_policy=RequestPolicy(header_content_type="application/json"),
    )
    assert properties_of(_subscribe(stack, policy))["DeliveryPolicy"] == {
        "healthyRetryPolicy": {
            "minDelayTarget": 5,
            "maxDelayTarget": 60,
            "numRetries": 6,
            "numNoDelayRetries": 1,
            "numMinDelayRetries": 1,
            "numMaxDelayRetries": 2,
            "backoffFunction": "EXPONENTIAL",
        },
        "throttlePolicy": {"maxReceivesPerSecond": 10},
        "requestPolicy": {"headerContentType": "application/json"},
    }


def test_an_empty_retry_policy_gets_the_sns_defaults(stack: Stack) -> None:
    policy = DeliveryPolicy(healthy_retry_policy=HealthyRetryPolicy())
    assert properties_of(_subscribe(stack, policy))["DeliveryPolicy"] == {
        "healthyRetryPolicy": {"minDelayTarget": 20, "maxDelayTarget": 20, "numRetries": 3}
    }


def test_an_empty_policy_renders_as_an_empty_object(stack: Stack) -> None:
    assert properties_of(_subscribe(stack, DeliveryPolicy()))["DeliveryPolicy"] == {}


def test_url_subscription_passes_its_policy_to_the_subscription(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    topic.add_subscription(
        UrlSubscription(
            "http://example.com/hook",
            delivery_policy=DeliveryPolicy(throttle_policy=ThrottlePolicy(max_receives_per_second=3)),
        )
    )
    (subscription,) = [child for child in topic.node.children if isinstance(child, Subscription)]
    assert properties_of(subscription)["DeliveryPolicy"] == {"throttlePolicy": {"maxReceivesPerSecond": 3}}


def test_a_policy_on_a_protocol_other_than_http_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"Sub: delivery_policy is given with protocol=.*EMAIL.*HTTPS"):
        _subscribe(stack, DeliveryPolicy(), endpoint="ops@example.com", protocol=SubscriptionProtocol.EMAIL)


@pytest.mark.parametrize(
    ("retry", "throttle", "message"),
    [
        (HealthyRetryPolicy(min_delay_target=Duration.seconds(0)), None, r"min_delay_target=.* use 1 second"),
        (HealthyRetryPolicy(max_delay_target=Duration.hours(2)), None, r"max_delay_target=.* use 1 second"),
        (
            HealthyRetryPolicy(min_delay_target=Duration.millis(1500), max_delay_target=Duration.seconds(3)),
            None,
            r"min_delay_target=Duration.millis\(1500\) is not a whole number of seconds",
        ),
        (
            HealthyRetryPolicy(min_delay_target=Duration.seconds(30)),
            None,
            r"min_delay_target \(30 s\) is longer than max_delay_target \(20 s\)",
        ),
        (HealthyRetryPolicy(num_retries=101), None, r"num_retries=101 is out of range; use 0 to 100"),
        (HealthyRetryPolicy(num_min_delay_retries=-1), None, r"num_min_delay_retries=-1 is negative"),
        (None, ThrottlePolicy(max_receives_per_second=0.5), r"max_receives_per_second=0.5 is not a whole"),
    ],
)
def test_limits_sns_enforces_are_errors_naming_the_field(
    stack: Stack, retry: HealthyRetryPolicy | None, throttle: ThrottlePolicy | None, message: str
) -> None:
    policy = DeliveryPolicy(healthy_retry_policy=retry, throttle_policy=throttle)
    with pytest.raises(ValidationError, match=r"Sub: delivery_policy: " + message):
        _subscribe(stack, policy)


def test_several_problems_are_reported_together(stack: Stack) -> None:
    policy = DeliveryPolicy(
        healthy_retry_policy=HealthyRetryPolicy(num_retries=101),
        throttle_policy=ThrottlePolicy(max_receives_per_second=0),
    )
    with pytest.raises(ValidationError, match=r"num_retries=101 .*; max_receives_per_second=0 "):
        _subscribe(stack, policy)
