"""SnsEventSource and SnsDlq: a function subscribed to a topic, and a topic as a stream's failure destination.

The whole output is compared with aws-cdk-lib's in the parity case `sns-event-sources`; these tests name
each rule.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_dynamodb import Attribute, AttributeType, StreamViewType, Table
from apigwv2_integrations.aws_lambda import Code, Function, Runtime, StartingPosition
from apigwv2_integrations.aws_lambda_event_sources import (
    DynamoEventSource,
    SnsDlq,
    SnsEventSource,
    SnsEventSourceProps,
)
from apigwv2_integrations.aws_sns import SubscriptionFilter, Topic
from apigwv2_integrations.aws_sns_subscriptions import LambdaSubscriptionProps
from apigwv2_integrations.aws_sqs import Queue
from apigwv2_integrations.core.errors import ArgumentTypeError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack, name: str = "Fn") -> Function:
    return Function(
        stack,
        name,
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return {}"),
    )


def test_a_subscription_and_an_invoke_permission_for_the_topic(stack: Stack, template: Render) -> None:
    topic = Topic(stack, "Orders")
    fn = _function(stack)
    source = SnsEventSource(topic)
    fn.add_event_source(source)
    rendered = template(stack)
    assert source.topic is topic
    subscriptions = resources_of_type(rendered, "AWS::SNS::Subscription")
    assert list(subscriptions) == ["FnOrdersD4722882"]
    assert subscriptions["FnOrdersD4722882"]["Properties"] == {
        "Endpoint": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
        "Protocol": "lambda",
        "TopicArn": {"Ref": "OrdersA9B65338"},
    }
    permissions = resources_of_type(rendered, "AWS::Lambda::Permission")
    assert [p["Properties"]["Principal"] for p in permissions.values()] == ["sns.amazonaws.com"]
    assert_cfn_lint_clean(rendered)


def test_filter_policy_and_dead_letter_queue_reach_the_subscription(stack: Stack, template: Render) -> None:
    topic = Topic(stack, "Orders")
    dlq = Queue(stack, "Dlq")
    _function(stack).add_event_source(
        SnsEventSource(
            topic,
            dead_letter_queue=dlq,
            filter_policy={"color": SubscriptionFilter.string_filter(allowlist=["red"])},
        )
    )
    rendered = template(stack)
    (subscription,) = resources_of_type(rendered, "AWS::SNS::Subscription").values()
    assert subscription["Properties"]["FilterPolicy"] == {"color": ["red"]}
    assert subscription["Properties"]["RedrivePolicy"] == {
        "deadLetterTargetArn": {"Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]}
    }
    (queue_policy,) = resources_of_type(rendered, "AWS::SQS::QueuePolicy").values()
    statement = queue_policy["Properties"]["PolicyDocument"]["Statement"][0]
    assert statement["Principal"] == {"Service": "sns.amazonaws.com"}


def test_props_are_those_of_a_lambda_subscription() -> None:
    assert issubclass(SnsEventSourceProps, LambdaSubscriptionProps)
    assert SnsEventSourceProps().filter_policy is None


def test_a_topic_that_is_not_a_topic_is_refused(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError, match="topic="):
        SnsEventSource("arn:aws:sns:us-east-1:123456789012:orders")  # type: ignore[arg-type]


def test_sns_dlq_lets_the_function_publish_and_names_the_topic(stack: Stack, template: Render) -> None:
    table = Table(
        stack,
        "Table",
        partition_key=Attribute(name="pk", type=AttributeType.STRING),
        stream=StreamViewType.NEW_IMAGE,
    )
    failures = Topic(stack, "Failures")
    fn = _function(stack)
    fn.add_event_source(
        DynamoEventSource(table, starting_position=StartingPosition.LATEST, on_failure=SnsDlq(failures))
    )
    rendered = template(stack)
    (mapping,) = resources_of_type(rendered, "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"]["DestinationConfig"] == {
        "OnFailure": {"Destination": {"Ref": "Failures8A3E1A2F"}}
    }
    policy = rendered["Resources"]["FnServiceRoleDefaultPolicyC6A839BF"]["Properties"]["PolicyDocument"]
    assert policy["Statement"][0] == {
        "Action": "sns:Publish",
        "Effect": "Allow",
        "Resource": {"Ref": "Failures8A3E1A2F"},
    }
    assert_cfn_lint_clean(rendered)


def test_a_function_in_another_stack_subscribes_across_stacks(app: App, template: Render) -> None:
    producer = Stack(app, "Producer")
    consumer = Stack(app, "Consumer")
    topic = Topic(producer, "Orders")
    _function(consumer).add_event_source(SnsEventSource(topic))
    rendered = template(consumer)
    (subscription,) = resources_of_type(rendered, "AWS::SNS::Subscription").values()
    assert subscription["Properties"]["TopicArn"] == {
        "Fn::ImportValue": "Producer:ExportsOutputRefOrdersA9B6533847015BBC"
    }
