"""StreamConsumer: the resource, its grants and resource policy, and consumers imported by ARN."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import CfnParameter, Stack
from apigwv2_integrations.aws_iam import AccountPrincipal, PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.aws_kinesis import Stream, StreamConsumer, StreamConsumerProps, StreamEncryption
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError
from tests.aws_apigatewayv2.inspection import logical_id_of, properties_of, resource_of
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
CONSUMER_ARN = "arn:aws:kinesis:us-east-2:123456789012:stream/clicks/consumer/analytics:1700000000"


def test_stream_consumer_keywords_match_props_fields() -> None:
    parameters = inspect.signature(StreamConsumer.__init__).parameters
    keywords = [p for p in parameters if p not in ("self", "scope", "id")]
    assert keywords == [f.name for f in attrs.fields(StreamConsumerProps)]


def test_stream_consumer_registers_with_the_stream(stack: Stack) -> None:
    stream = Stream(stack, "Orders")
    consumer = StreamConsumer(stack, "FanOut", stream=stream, stream_consumer_name="fan-out")
    assert resource_of(consumer) == {
        "Type": "AWS::Kinesis::StreamConsumer",
        "Properties": {
            "ConsumerName": "fan-out",
            "StreamARN": {"Fn::GetAtt": [logical_id_of(stream), "Arn"]},
        },
    }
    consumer_id = logical_id_of(consumer)
    assert stack.resolve(
        [
            consumer.stream_consumer_arn,
            consumer.stream_consumer_name,
            consumer.stream_consumer_ref.consumer_arn,
        ]
    ) == [
        {"Fn::GetAtt": [consumer_id, "ConsumerARN"]},
        {"Fn::GetAtt": [consumer_id, "ConsumerName"]},
        {"Fn::GetAtt": [consumer_id, "ConsumerARN"]},
    ]
    assert consumer.stream is stream


def test_stream_consumer_needs_a_stream() -> None:
    stack = Stack(None, "Books")
    with pytest.raises(ArgumentTypeError) as caught:
        StreamConsumer(stack, "FanOut", stream="orders", stream_consumer_name="fan-out")  # type: ignore[arg-type]
    assert str(caught.value).startswith(
        "Books/FanOut: stream='orders' is a str; use an IStream (a Kinesis data stream, defined in this app "
        "or imported)"
    )


def test_grant_read_reads_the_stream_and_subscribes_through_the_consumer(
    stack: Stack, template: Render
) -> None:
    stream = Stream(stack, "Orders", encryption=StreamEncryption.KMS)
    consumer = StreamConsumer(stack, "FanOut", stream=stream, stream_consumer_name="fan-out")
    role = Role(stack, "Reader", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    grant = consumer.grant_read(role)
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    statements = policy["Properties"]["PolicyDocument"]["Statement"]
    assert [statement["Action"] for statement in statements] == [
        [
            "kinesis:DescribeStreamSummary",
            "kinesis:GetRecords",
            "kinesis:GetShardIterator",
            "kinesis:ListShards",
            "kinesis:SubscribeToShard",
            "kinesis:DescribeStream",
            "kinesis:ListStreams",
            "kinesis:DescribeStreamConsumer",
        ],
        "kms:Decrypt",
        ["kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard"],
    ]
    assert statements[2]["Resource"] == {"Fn::GetAtt": [logical_id_of(consumer), "ConsumerARN"]}
    # The grant returned is the one on the consumer.
    assert grant.principal_statement is not None
    assert grant.principal_statement.actions == ["kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard"]


def test_a_grant_to_another_account_keeps_every_action_in_the_consumer_policy(stack: Stack) -> None:
    consumer = StreamConsumer(stack, "FanOut", stream=Stream(stack, "Orders"), stream_consumer_name="fan-out")
    consumer.grant(
        AccountPrincipal("111122223333"), "kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard"
    )
    policy = consumer.node.find_child("Policy")
    assert properties_of(policy)["ResourceArn"] == {"Fn::GetAtt": [logical_id_of(consumer), "ConsumerARN"]}
    assert properties_of(policy)["ResourcePolicy"]["Statement"][0]["Action"] == [
        "kinesis:DescribeStreamConsumer",
        "kinesis:SubscribeToShard",
    ]


def test_add_to_resource_policy_makes_the_consumer_policy_once(stack: Stack) -> None:
    consumer = StreamConsumer(stack, "FanOut", stream=Stream(stack, "Orders"), stream_consumer_name="fan-out")
    partner = AccountPrincipal("111122223333")
    first = consumer.add_to_resource_policy(
        PolicyStatement(actions=["kinesis:DescribeStreamConsumer"], resources=["*"], principals=[partner])
    )
    second = consumer.add_to_resource_policy(
        PolicyStatement(actions=["kinesis:SubscribeToShard"], resources=["*"], principals=[partner])
    )
    assert first.statement_added and second.statement_added
    assert first.policy_dependable is second.policy_dependable is consumer.node.find_child("Policy")
    assert len(properties_of(first.policy_dependable)["ResourcePolicy"]["Statement"]) == 2


def test_from_stream_consumer_arn_reads_the_names_and_imports_the_stream(stack: Stack) -> None:
    consumer = StreamConsumer.from_stream_consumer_arn(stack, "Analytics", CONSUMER_ARN)
    assert (
        consumer.stream_consumer_arn,
        consumer.stream_consumer_name,
        consumer.stream_consumer_ref.consumer_arn,
    ) == (
        CONSUMER_ARN,
        "analytics",
        CONSUMER_ARN,
    )
    stream = consumer.stream
    assert (stream.stream_arn, stream.stream_name, stream.env.region, stream.node.path) == (
        "arn:aws:kinesis:us-east-2:123456789012:stream/clicks",
        "clicks",
        "us-east-2",
        "Test/AnalyticsImportedStream",
    )
    # The consumer is in the stack's environment (as in aws-cdk-lib), its stream in the ARN's.
    assert stack.resolve(consumer.env.region) == {"Ref": "AWS::Region"}
    assert [child.node.id for child in stack.node.children] == ["Analytics", "AnalyticsImportedStream"]


def test_a_consumer_arn_with_a_colon_stream_part_keeps_that_form(stack: Stack) -> None:
    consumer = StreamConsumer.from_stream_consumer_attributes(
        stack,
        "Analytics",
        stream_consumer_arn="arn:aws:kinesis:us-east-2:123456789012:stream:clicks/consumer/app:1",
    )
    assert (consumer.stream_consumer_name, consumer.stream.stream_arn) == (
        "app",
        "arn:aws:kinesis:us-east-2:123456789012:stream:clicks",
    )


def test_an_imported_consumer_grants_read_on_its_stream_too(stack: Stack, template: Render) -> None:
    consumer = StreamConsumer.from_stream_consumer_arn(stack, "Analytics", CONSUMER_ARN)
    consumer.grant_read(Role(stack, "Reader", assumed_by=ServicePrincipal("lambda.amazonaws.com")))
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    resources = [statement["Resource"] for statement in policy["Properties"]["PolicyDocument"]["Statement"]]
    assert resources == ["arn:aws:kinesis:us-east-2:123456789012:stream/clicks", CONSUMER_ARN]


def test_an_imported_consumer_has_no_resource_policy(stack: Stack) -> None:
    consumer = StreamConsumer.from_stream_consumer_arn(stack, "Analytics", CONSUMER_ARN)
    statement = PolicyStatement(
        actions=["kinesis:DescribeStreamConsumer"],
        resources=["*"],
        principals=[AccountPrincipal("111122223333")],
    )
    assert not consumer.add_to_resource_policy(statement).statement_added


SHAPE = (
    "'arn:<partition>:kinesis:<region>:<account>:stream/<stream name>/consumer/<consumer name>:<timestamp>'"
)


@pytest.mark.parametrize(
    ("arn", "message"),
    [
        ("analytics", f"Test/Analytics: stream_consumer_arn='analytics' is not an ARN; use {SHAPE}"),
        (
            "arn:aws:kinesis",
            f"Test/Analytics: stream_consumer_arn='arn:aws:kinesis' is not an ARN; use {SHAPE}",
        ),
        (
            "arn:aws:kinesis:us-east-2:123456789012:stream/clicks",
            "Test/Analytics: stream_consumer_arn='arn:aws:kinesis:us-east-2:123456789012:stream/clicks' names no consumer; "
            f"use {SHAPE}",
        ),
    ],
    ids=["not-an-arn", "too-few-parts", "no-consumer"],
)
def test_from_stream_consumer_arn_rejects_what_names_no_consumer(
    stack: Stack, arn: str, message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        StreamConsumer.from_stream_consumer_arn(stack, "Analytics", arn)
    assert str(error.value) == message


def test_from_stream_consumer_arn_rejects_a_token(stack: Stack) -> None:
    arn = CfnParameter(stack, "ConsumerArn").value_as_string
    with pytest.raises(ValidationError) as error:
        StreamConsumer.from_stream_consumer_arn(stack, "Analytics", arn)
    assert str(error.value) == (
        f"Test/Analytics: stream_consumer_arn={arn!r} is a token, whose names are known only at deploy time; use {SHAPE}"
    )
