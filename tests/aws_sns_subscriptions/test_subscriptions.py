"""Subscribers: the ids, scopes, permissions and queue policies they add to a topic's subscriptions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from unittest.mock import Mock

import pytest

from apigwv2_integrations import App, Fn, Stack
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from apigwv2_integrations.aws_sns import SubscriptionFilter, SubscriptionProtocol, Topic
from apigwv2_integrations.aws_sns_subscriptions import (
    EmailSubscription,
    LambdaSubscription,
    SmsSubscription,
    SqsSubscription,
    UrlSubscription,
)
from apigwv2_integrations.aws_sqs import Queue, QueueEncryption
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import logical_id_of, properties_of

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack) -> Function:
    return Function(
        stack, "Fn", runtime=Runtime.PYTHON_3_12, handler="index.handler", code=Code.from_inline("x = 1")
    )


def test_lambda_subscription_sits_under_the_function_with_an_invoke_permission(
    stack: Stack, template: Render
) -> None:
    topic = Topic(stack, "Topic")
    subscription = topic.add_subscription(
        LambdaSubscription(_function(stack), filter_policy={"a": SubscriptionFilter.exists_filter()})
    )
    assert subscription.node.path == "Test/Fn/Topic"
    assert properties_of(subscription) == {
        "Endpoint": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
        "FilterPolicy": {"a": [{"exists": True}]},
        "Protocol": "lambda",
        "TopicArn": {"Ref": "TopicBFC7AF6E"},
    }
    permissions = {
        k: v for k, v in template(stack)["Resources"].items() if v["Type"] == "AWS::Lambda::Permission"
    }
    (permission,) = permissions.values()
    assert permission["Properties"]["Principal"] == "sns.amazonaws.com"
    assert permission["Properties"]["SourceArn"] == {"Ref": "TopicBFC7AF6E"}


def test_sqs_subscription_depends_on_the_queue_policy(stack: Stack, template: Render) -> None:
    topic = Topic(stack, "Topic")
    queue = Queue(stack, "Queue")
    subscription = topic.add_subscription(SqsSubscription(queue, raw_message_delivery=True))
    assert subscription.node.scope is queue
    rendered = template(stack)
    resource = rendered["Resources"][logical_id_of(subscription)]
    assert resource["DependsOn"] == ["QueuePolicy25439813"]
    assert resource["Properties"]["RawMessageDelivery"] is True
    assert rendered["Resources"]["QueuePolicy25439813"]["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": "sqs:SendMessage",
            "Condition": {"ArnEquals": {"aws:SourceArn": {"Ref": "TopicBFC7AF6E"}}},
            "Effect": "Allow",
            "Principal": {"Service": "sns.amazonaws.com"},
            "Resource": {"Fn::GetAtt": ["Queue4A7E3555", "Arn"]},
        }
    ]


def test_sqs_subscription_rejects_a_queue_with_the_aws_managed_key(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    queue = Queue(stack, "Queue", encryption=QueueEncryption.KMS_MANAGED)
    with pytest.raises(ValidationError) as error:
        topic.add_subscription(SqsSubscription(queue))
    assert str(error.value) == (
        "Test/Topic: queue='Test/Queue' is encrypted with the AWS managed key, which SNS cannot use; "
        "use QueueEncryption.KMS with a customer managed key, or SQS_MANAGED"
    )


class _LookAlike(Mock):
    """Has every attribute an interface asks for, but is no construct."""

    def __repr__(self) -> str:
        return "look-alike"


def test_sqs_subscription_rejects_a_queue_that_is_not_a_construct(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    with pytest.raises(ValidationError) as error:
        topic.add_subscription(SqsSubscription(_LookAlike()))
    assert str(error.value) == (
        "Test/Topic: queue=look-alike is not a queue construct; pass a Queue or one from Queue.from_queue_arn"
    )


def test_lambda_subscription_rejects_a_function_that_is_not_a_construct(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    with pytest.raises(ValidationError) as error:
        topic.add_subscription(LambdaSubscription(_LookAlike()))
    assert str(error.value) == (
        "Test/Topic: fn=look-alike is not a construct; pass a Function or an imported function"
    )


def test_endpoint_subscriptions_sit_under_the_topic_by_endpoint(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    email = topic.add_subscription(EmailSubscription("ops@example.com"))
    email_json = topic.add_subscription(EmailSubscription("dev@example.com", json=True))
    sms = topic.add_subscription(SmsSubscription("+15555550100"))
    url = topic.add_subscription(UrlSubscription("http://example.com", raw_message_delivery=True))
    assert [properties_of(s)["Protocol"] for s in (email, email_json, sms, url)] == [
        "email",
        "email-json",
        "sms",
        "http",
    ]
    assert [logical_id_of(s) for s in (email, sms)] == ["TopicopsexamplecomA7AF42F2", logical_id_of(sms)]


def test_a_second_subscription_of_one_endpoint_is_rejected(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    topic.add_subscription(EmailSubscription("ops@example.com"))
    with pytest.raises(ValidationError) as error:
        topic.add_subscription(EmailSubscription("ops@example.com"))
    assert str(error.value) == (
        "Test/Topic: a subscription with id 'ops@example.com' already exists under 'Test/Topic'; "
        "subscribe each endpoint once"
    )


def test_token_endpoints_get_numbered_ids(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    first = topic.add_subscription(
        UrlSubscription(Fn.import_value("Url"), protocol=SubscriptionProtocol.HTTPS)
    )
    second = topic.add_subscription(EmailSubscription(Fn.import_value("Mail")))
    assert (first.node.id, second.node.id) == ("TokenSubscription:1", "TokenSubscription:2")


def test_url_subscription_needs_a_scheme() -> None:
    with pytest.raises(ValidationError) as error:
        UrlSubscription("example.com")
    assert (
        str(error.value) == "url='example.com' does not start with 'http://' or 'https://'; pass a full URL"
    )


def test_url_subscription_with_a_token_needs_a_protocol() -> None:
    with pytest.raises(ValidationError) as error:
        UrlSubscription(Fn.import_value("Url"))
    assert str(error.value).endswith(
        "is a token and protocol=None; pass protocol=SubscriptionProtocol.HTTPS or HTTP"
    )


def test_imported_topic_subscriptions_name_the_topic_region() -> None:
    app = App()
    stack = Stack(app, "Test")
    topic = Topic.from_topic_arn(stack, "Topic", "arn:aws:sns:eu-west-1:123456789012:orders")
    subscription = topic.add_subscription(SqsSubscription(Queue(stack, "Queue")))
    assert properties_of(subscription)["Region"] == "eu-west-1"


def test_dead_letter_queue_gets_a_redrive_policy_and_a_queue_policy_statement(
    stack: Stack, template: Render
) -> None:
    topic = Topic(stack, "Topic")
    dead_letters = Queue(stack, "DeadLetters")
    subscription = topic.add_subscription(
        EmailSubscription("ops@example.com", dead_letter_queue=dead_letters)
    )
    assert properties_of(subscription)["RedrivePolicy"] == {
        "deadLetterTargetArn": {"Fn::GetAtt": ["DeadLettersBBF8BAAB", "Arn"]}
    }
    policies = [r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::SQS::QueuePolicy"]
    assert [p["Properties"]["PolicyDocument"]["Statement"][0]["Action"] for p in policies] == [
        "sqs:SendMessage"
    ]


def test_sqs_subscription_rejects_a_dead_letter_queue_with_the_aws_managed_key(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    dead_letters = Queue(stack, "DeadLetters", encryption=QueueEncryption.KMS_MANAGED)
    with pytest.raises(ValidationError) as error:
        topic.add_subscription(SqsSubscription(Queue(stack, "Queue"), dead_letter_queue=dead_letters))
    assert str(error.value) == (
        "Test/Topic: dead_letter_queue='Test/DeadLetters' is encrypted with the AWS managed key, which SNS "
        "cannot use; use QueueEncryption.KMS with a customer managed key, or SQS_MANAGED"
    )
