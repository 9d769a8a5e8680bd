"""Destinations of asynchronous invocations passed as the on-failure destination of a stream event source:
aws-cdk-lib binds them there without options, so they give their ARN and grant as usual, and a
response-only function destination, which needs the invocation result type, is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_dynamodb as dynamodb
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_lambda_destinations as destinations
from apigwv2_integrations import aws_lambda_event_sources as sources
from apigwv2_integrations import aws_sns as sns
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_lambda_destinations.test_destinations import _function, _id
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _table(stack: Stack) -> dynamodb.Table:
    return dynamodb.Table(
        stack,
        "Trades",
        partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
        stream=dynamodb.StreamViewType.NEW_IMAGE,
    )


def _stream_source(stack: Stack, on_failure: Any) -> sources.DynamoEventSource:
    return sources.DynamoEventSource(
        _table(stack), starting_position=lambda_.StartingPosition.LATEST, on_failure=on_failure
    )


def _mapping(rendered: dict[str, Any]) -> dict[str, Any]:
    (mapping,) = resources_of_type(rendered, "AWS::Lambda::EventSourceMapping").values()
    return dict(mapping["Properties"])


def _actions(rendered: dict[str, Any]) -> list[Any]:
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    return [statement["Action"] for statement in policy["Properties"]["PolicyDocument"]["Statement"]]


def test_queue_destination_is_a_stream_on_failure_destination(stack: Stack, template: Render) -> None:
    queue = sqs.Queue(stack, "Failed")
    _function(stack, "Fn").add_event_source(_stream_source(stack, destinations.SqsDestination(queue)))

    rendered = template(stack)

    assert _mapping(rendered)["DestinationConfig"] == {
        "OnFailure": {"Destination": {"Fn::GetAtt": [_id(queue), "Arn"]}}
    }
    assert ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"] in _actions(rendered)


def test_topic_destination_is_a_stream_on_failure_destination(stack: Stack, template: Render) -> None:
    topic = sns.Topic(stack, "Failed")
    _function(stack, "Fn").add_event_source(_stream_source(stack, destinations.SnsDestination(topic)))

    rendered = template(stack)

    assert _mapping(rendered)["DestinationConfig"] == {"OnFailure": {"Destination": {"Ref": _id(topic)}}}
    assert "sns:Publish" in _actions(rendered)


def test_response_only_function_destination_is_refused_as_stream_on_failure(stack: Stack) -> None:
    receiver = _function(stack, "Receiver")
    source = _stream_source(stack, destinations.LambdaDestination(receiver, response_only=True))

    with pytest.raises(ValidationError) as raised:
        _function(stack, "Fn").add_event_source(source)

    assert str(raised.value) == (
        "Test/Fn/DynamoDBEventSource:TestTradesBEF854CE: LambdaDestination: response_only=True needs "
        "the invocation result type, which an event source mapping does not give; use response_only=False, "
        "or bind it as the function's on_success or on_failure destination"
    )
