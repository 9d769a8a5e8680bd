"""Subscription and SubscriptionFilter: protocols, raw delivery, filter policies."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_sns import (
    BetweenCondition,
    FilterOrPolicy,
    FilterOrPolicyType,
    Subscription,
    SubscriptionFilter,
    SubscriptionProtocol,
    Topic,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def test_subscription_renders_endpoint_protocol_and_filter_policy(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    subscription = Subscription(
        stack,
        "Sub",
        topic=topic,
        endpoint="https://example.com",
        protocol=SubscriptionProtocol.HTTPS,
        raw_message_delivery=True,
        filter_policy={
            "color": SubscriptionFilter.string_filter(
                allowlist=["red"], denylist=["blue"], match_prefixes=["gr"], match_suffixes=["ow"]
            ),
            "size": SubscriptionFilter.numeric_filter(
                allowlist=[1], between={"start": 2, "stop": 3}, less_than_or_equal_to=9
            ),
            "shape": SubscriptionFilter.exists_filter(),
            "kind": SubscriptionFilter.not_exists_filter(),
        },
    )
    assert properties_of(subscription) == {
        "Endpoint": "https://example.com",
        "FilterPolicy": {
            "color": ["red", {"anything-but": ["blue"]}, {"prefix": "gr"}, {"suffix": "ow"}],
            "size": [{"numeric": ["=", 1]}, {"numeric": ["<=", 9]}, {"numeric": [">=", 2, "<=", 3]}],
            "shape": [{"exists": True}],
            "kind": [{"exists": False}],
        },
        "Protocol": "https",
        "RawMessageDelivery": True,
        "TopicArn": {"Ref": "TopicBFC7AF6E"},
    }


def test_raw_message_delivery_is_rejected_for_email(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    with pytest.raises(ValidationError) as error:
        Subscription(
            stack,
            "Sub",
            topic=topic,
            endpoint="ops@example.com",
            protocol=SubscriptionProtocol.EMAIL,
            raw_message_delivery=True,
        )
    assert str(error.value) == (
        "Test/Sub: raw_message_delivery=True is not supported with protocol=SubscriptionProtocol.EMAIL; "
        "use it with HTTP, HTTPS, SQS or FIREHOSE"
    )


def test_firehose_subscription_needs_a_role(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    with pytest.raises(ValidationError) as error:
        Subscription(stack, "Sub", topic=topic, endpoint="arn", protocol=SubscriptionProtocol.FIREHOSE)
    assert str(error.value) == (
        "Test/Sub: subscription_role_arn=None with protocol=SubscriptionProtocol.FIREHOSE; pass the role's ARN"
    )


def test_filter_policy_takes_at_most_five_attributes(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    policy = {name: SubscriptionFilter.exists_filter() for name in "abcdef"}
    with pytest.raises(ValidationError) as error:
        Subscription(
            stack,
            "Sub",
            topic=topic,
            endpoint="a@b.c",
            protocol=SubscriptionProtocol.EMAIL,
            filter_policy=policy,
        )
    assert str(error.value) == "Test/Sub: filter_policy has 6 attributes (a, b, c, d, e, f); use at most 5"


def test_subscription_filter_repr_shows_its_conditions() -> None:
    assert repr(SubscriptionFilter.exists_filter()) == "SubscriptionFilter([{'exists': True}])"


def test_message_body_filter_policy_renders_nested_policies_and_its_scope(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    subscription = Subscription(
        stack,
        "Sub",
        topic=topic,
        endpoint="ops@example.com",
        protocol=SubscriptionProtocol.EMAIL,
        filter_policy_with_message_body={
            "color": FilterOrPolicy.filter(SubscriptionFilter.string_filter(allowlist=["red"])),
            "nested": FilterOrPolicy.policy(
                {
                    "size": FilterOrPolicy.filter(
                        SubscriptionFilter.numeric_filter(between_strict=BetweenCondition(start=1, stop=2))
                    )
                }
            ),
        },
    )
    properties = properties_of(subscription)
    assert properties["FilterPolicy"] == {
        "color": ["red"],
        "nested": {"size": [{"numeric": [">", 1, "<", 2]}]},
    }
    assert properties["FilterPolicyScope"] == "MessageBody"


def test_filter_or_policy_knows_its_kind() -> None:
    entry = FilterOrPolicy.filter(SubscriptionFilter.exists_filter())
    assert (entry.is_filter(), entry.is_policy(), entry.type) == (True, False, FilterOrPolicyType.FILTER)
    assert FilterOrPolicy.policy({}).is_policy() is True


def test_attribute_and_body_filter_policies_are_exclusive(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    with pytest.raises(ValidationError) as error:
        Subscription(
            stack,
            "Sub",
            topic=topic,
            endpoint="ops@example.com",
            protocol=SubscriptionProtocol.EMAIL,
            filter_policy={"a": SubscriptionFilter.exists_filter()},
            filter_policy_with_message_body={"a": FilterOrPolicy.filter(SubscriptionFilter.exists_filter())},
        )
    assert str(error.value) == (
        "Test/Sub: filter_policy and filter_policy_with_message_body are both set; "
        "a subscription filters on attributes or on the body, set only one"
    )
