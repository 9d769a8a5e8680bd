"""Destinations of asynchronous invocations (aws_lambda_destinations): the grant each makes, the ARN it
gives, and the rule a response-only function destination adds.

The whole output is compared with aws-cdk-lib's in the parity case `lambda-destinations`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Construct, Stack
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_lambda_destinations as destinations
from apigwv2_integrations import aws_s3 as s3
from apigwv2_integrations import aws_sns as sns
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations.core.errors import ArgumentTypeError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(scope: Construct, name: str, **props: Any) -> lambda_.Function:
    return lambda_.Function(
        scope,
        name,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
        **props,
    )


def _id(construct: Construct) -> str:
    child = construct.node.default_child
    assert child is not None
    return str(Stack.of(construct).resolve(Stack.of(construct).get_logical_id(child)))  # type: ignore[arg-type]


def _config(rendered: dict[str, Any]) -> dict[str, Any]:
    (config,) = resources_of_type(rendered, "AWS::Lambda::EventInvokeConfig").values()
    return dict(config["Properties"]["DestinationConfig"])


def _statements(rendered: dict[str, Any]) -> list[dict[str, Any]]:
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    return list(policy["Properties"]["PolicyDocument"]["Statement"])


def test_queue_and_topic_failure_bound_first(stack: Stack, template: Render) -> None:
    queue = sqs.Queue(stack, "Failures")
    topic = sns.Topic(stack, "Successes")
    _function(
        stack,
        "Fn",
        on_success=destinations.SnsDestination(topic),
        on_failure=destinations.SqsDestination(queue),
    )
    rendered = template(stack)
    assert _config(rendered) == {
        "OnFailure": {"Destination": {"Fn::GetAtt": [_id(queue), "Arn"]}},
        "OnSuccess": {"Destination": {"Ref": _id(topic)}},
    }
    assert [s["Action"] for s in _statements(rendered)] == [
        ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
        "sns:Publish",
    ]
    assert_cfn_lint_clean(rendered)


def test_event_bridge_destination_defaults_to_the_default_bus(stack: Stack, template: Render) -> None:
    bus = events.EventBus(stack, "Bus")
    _function(
        stack,
        "Fn",
        on_success=destinations.EventBridgeDestination(bus),
        on_failure=destinations.EventBridgeDestination(),
    )
    rendered = template(stack)
    default_bus = {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":events:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":event-bus/default",
            ],
        ]
    }
    assert _config(rendered)["OnFailure"] == {"Destination": default_bus}
    assert _statements(rendered) == [
        {"Action": "events:PutEvents", "Effect": "Allow", "Resource": default_bus},
        {"Action": "events:PutEvents", "Effect": "Allow", "Resource": {"Fn::GetAtt": [_id(bus), "Arn"]}},
    ]


def test_lambda_destination_grants_invoke(stack: Stack, template: Render) -> None:
    target = _function(stack, "Next")
    _function(stack, "Fn", on_success=destinations.LambdaDestination(target))
    rendered = template(stack)
    assert _config(rendered) == {"OnSuccess": {"Destination": {"Fn::GetAtt": [_id(target), "Arn"]}}}
    (statement,) = _statements(rendered)
    assert statement["Action"] == "lambda:InvokeFunction"


def test_response_only_routes_the_payload_through_a_rule(stack: Stack, template: Render) -> None:
    target = _function(stack, "Next")
    fn = _function(stack, "Fn", on_failure=destinations.LambdaDestination(target, response_only=True))
    rendered = template(stack)
    (rule,) = resources_of_type(rendered, "AWS::Events::Rule").values()
    assert rule["Properties"]["EventPattern"] == {
        "detail-type": ["Lambda Function Invocation Result - Failure"],
        "resources": [{"Fn::Join": ["", [{"Fn::GetAtt": [_id(fn), "Arn"]}, ":$LATEST"]]}],
        "source": ["lambda"],
    }
    assert rule["Properties"]["Targets"] == [
        {
            "Arn": {"Fn::GetAtt": [_id(target), "Arn"]},
            "Id": "Target0",
            "InputPath": "$.detail.responsePayload",
        }
    ]
    assert [c.node.id for c in fn.node.find_child("EventInvokeConfig").node.children][:1] == ["Failure"]
    (permission,) = resources_of_type(rendered, "AWS::Lambda::Permission").values()
    assert permission["Properties"]["Principal"] == "events.amazonaws.com"
    assert destinations.LambdaDestinationOptions(response_only=True).response_only


def test_s3_destination_grants_read_and_put(stack: Stack, template: Render) -> None:
    bucket = s3.Bucket(stack, "Archive")
    _function(stack, "Fn", on_failure=destinations.S3Destination(bucket))
    rendered = template(stack)
    assert _config(rendered) == {"OnFailure": {"Destination": {"Fn::GetAtt": [_id(bucket), "Arn"]}}}
    read, put = _statements(rendered)
    assert read["Action"] == ["s3:GetObject*", "s3:GetBucket*", "s3:List*"]
    assert "s3:PutObject" in put["Action"] and "s3:DeleteObject*" not in put["Action"]


def test_a_destination_that_is_not_a_resource_is_refused() -> None:
    with pytest.raises(ArgumentTypeError, match="queue="):
        destinations.SqsDestination("arn:aws:sqs:us-east-1:123456789012:q")  # type: ignore[arg-type]
