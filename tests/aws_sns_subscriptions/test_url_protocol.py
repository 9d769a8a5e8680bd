"""The protocol of a URL subscription: a literal URL's scheme, a token URL's `protocol` (url.py)."""

from __future__ import annotations

from apigwv2_integrations import Fn, Stack
from apigwv2_integrations.aws_sns import SubscriptionProtocol, Topic
from apigwv2_integrations.aws_sns_subscriptions import UrlSubscription
from tests.aws_apigatewayv2.inspection import properties_of


def test_a_literal_url_takes_the_protocol_of_its_scheme(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    secure = topic.add_subscription(
        UrlSubscription("https://a.example.com", protocol=SubscriptionProtocol.HTTP)
    )
    plain = topic.add_subscription(
        UrlSubscription("http://b.example.com", protocol=SubscriptionProtocol.HTTPS)
    )
    assert properties_of(secure)["Protocol"] == "https"
    assert properties_of(plain)["Protocol"] == "http"


def test_a_token_url_takes_the_protocol_as_given(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    subscription = topic.add_subscription(
        UrlSubscription(Fn.import_value("QueueArn"), protocol=SubscriptionProtocol.SQS)
    )
    assert properties_of(subscription)["Protocol"] == "sqs"
