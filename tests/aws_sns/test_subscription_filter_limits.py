"""SNS subscription filter policies are limited as aws-cdk-lib limits them: five attributes and 150
combinations of values, for attribute policies and for message-body policies."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_sns import (
    FilterOrPolicy,
    Subscription,
    SubscriptionFilter,
    SubscriptionProtocol,
    Topic,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of

QUEUE_ARN = "arn:aws:sqs:us-east-1:111122223333:orders"


def values(count: int) -> SubscriptionFilter:
    return SubscriptionFilter.string_filter(allowlist=[f"v{index}" for index in range(count)])


def subscribe(stack: Stack, **filters: object) -> Subscription:
    return Subscription(
        stack,
        "Sub",
        topic=Topic(stack, "Topic"),
        endpoint=QUEUE_ARN,
        protocol=SubscriptionProtocol.SQS,
        **filters,  # type: ignore[arg-type]
    )


def test_filter_policy_of_150_combinations_is_accepted(stack: Stack) -> None:
    subscription = subscribe(stack, filter_policy={"color": values(15), "size": values(10)})
    rendered = properties_of(subscription)["FilterPolicy"]
    assert [len(rendered["color"]), len(rendered["size"])] == [15, 10]


def test_filter_policy_over_150_combinations_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        subscribe(stack, filter_policy={"color": values(16), "size": values(10)})
    assert str(error.value) == (
        "Test/Sub: filter_policy has 160 combinations of values (the product of the numbers of values of "
        "its attributes); use at most 150"
    )


def test_body_filter_policy_weighs_nested_values_by_depth(stack: Stack) -> None:
    # 10 values at the top and 8 one level down count as 10 * 8 * 2.
    policy = {
        "color": FilterOrPolicy.filter(values(10)),
        "detail": FilterOrPolicy.policy({"size": FilterOrPolicy.filter(values(8))}),
    }
    with pytest.raises(ValidationError) as error:
        subscribe(stack, filter_policy_with_message_body=policy)
    assert str(error.value) == (
        "Test/Sub: filter_policy_with_message_body has 160 combinations of values (the product of the "
        "numbers of values of its attributes); use at most 150"
    )


def test_body_filter_policy_is_checked_as_each_nested_policy_ends(stack: Stack) -> None:
    # The nested policy's 80 values count twice before the empty filter after it brings the total to 0.
    policy = {
        "detail": FilterOrPolicy.policy({"size": FilterOrPolicy.filter(values(80))}),
        "color": FilterOrPolicy.filter(values(0)),
    }
    with pytest.raises(ValidationError) as error:
        subscribe(stack, filter_policy_with_message_body=policy)
    assert "filter_policy_with_message_body has 160 combinations" in str(error.value)


def test_body_filter_policy_of_140_combinations_is_accepted(stack: Stack) -> None:
    policy = {
        "color": FilterOrPolicy.filter(values(10)),
        "detail": FilterOrPolicy.policy({"size": FilterOrPolicy.filter(values(7))}),
    }
    subscription = subscribe(stack, filter_policy_with_message_body=policy)
    assert properties_of(subscription)["FilterPolicyScope"] == "MessageBody"


def test_body_filter_policy_takes_at_most_five_attributes(stack: Stack) -> None:
    policy = {name: FilterOrPolicy.filter(values(1)) for name in "abcdef"}
    with pytest.raises(ValidationError) as error:
        subscribe(stack, filter_policy_with_message_body=policy)
    assert str(error.value) == (
        "Test/Sub: filter_policy_with_message_body has 6 attributes (a, b, c, d, e, f); use at most 5"
    )
