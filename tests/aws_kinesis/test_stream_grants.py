"""Stream grants: the actions, the key grants, and grants through the stream's resource policy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_iam import AccountPrincipal, PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.aws_kinesis import Stream, StreamEncryption
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from tests.aws_apigatewayv2.inspection import logical_id_of, properties_of
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
READ = [
    "kinesis:DescribeStreamSummary",
    "kinesis:GetRecords",
    "kinesis:GetShardIterator",
    "kinesis:ListShards",
    "kinesis:SubscribeToShard",
    "kinesis:DescribeStream",
    "kinesis:ListStreams",
    "kinesis:DescribeStreamConsumer",
]
WRITE = ["kinesis:ListShards", "kinesis:PutRecord", "kinesis:PutRecords"]
# What a stream's resource policy takes of READ.
READ_IN_STREAM_POLICY = [
    "kinesis:DescribeStreamSummary",
    "kinesis:GetRecords",
    "kinesis:GetShardIterator",
    "kinesis:ListShards",
    "kinesis:DescribeStream",
]
PARTNER_ROOT = {"AWS": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::111122223333:root"]]}}


def function(stack: Stack) -> Function:
    return Function(
        stack,
        "Processor",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return event\n"),
    )


def policy_statements(template: dict[str, Any]) -> list[dict[str, Any]]:
    """The statements of the one AWS::IAM::Policy of the template."""
    (policy,) = resources_of_type(template, "AWS::IAM::Policy").values()
    statements: list[dict[str, Any]] = policy["Properties"]["PolicyDocument"]["Statement"]
    return statements


def arn_of(construct: Any) -> dict[str, Any]:
    return {"Fn::GetAtt": [logical_id_of(construct), "Arn"]}


def test_grant_read_to_a_function_on_an_unencrypted_stream(stack: Stack, template: Render) -> None:
    stream = Stream(stack, "Orders", encryption=StreamEncryption.UNENCRYPTED)
    grant = stream.grant_read(function(stack))
    assert grant.success
    assert policy_statements(template(stack)) == [
        {"Action": READ, "Effect": "Allow", "Resource": arn_of(stream)}
    ]


def test_grant_read_decrypts_with_the_streams_key(stack: Stack, template: Render) -> None:
    stream = Stream(stack, "Orders", encryption=StreamEncryption.KMS)
    stream.grant_read(function(stack))
    assert policy_statements(template(stack)) == [
        {"Action": READ, "Effect": "Allow", "Resource": arn_of(stream)},
        {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": arn_of(stream.encryption_key)},
    ]


def test_grant_write_encrypts_with_the_streams_key(stack: Stack, template: Render) -> None:
    stream = Stream(stack, "Orders", encryption=StreamEncryption.KMS)
    stream.grant_write(function(stack))
    assert policy_statements(template(stack)) == [
        {"Action": WRITE, "Effect": "Allow", "Resource": arn_of(stream)},
        {
            "Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
            "Effect": "Allow",
            "Resource": arn_of(stream.encryption_key),
        },
    ]


def test_grant_read_write_merges_the_actions_and_uses_the_key_both_ways(
    stack: Stack, template: Render
) -> None:
    key = Key(stack, "Key")
    stream = Stream(stack, "Orders", encryption_key=key)
    stream.grant_read_write(function(stack))
    assert policy_statements(template(stack)) == [
        {
            "Action": [*READ, "kinesis:PutRecord", "kinesis:PutRecords"],
            "Effect": "Allow",
            "Resource": arn_of(stream),
        },
        {
            "Action": ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
            "Effect": "Allow",
            "Resource": arn_of(key),
        },
    ]


def test_grant_gives_the_actions_named(stack: Stack, template: Render) -> None:
    stream = Stream(stack, "Orders")
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    stream.grant(role, "kinesis:DescribeStream")
    assert policy_statements(template(stack)) == [
        {"Action": "kinesis:DescribeStream", "Effect": "Allow", "Resource": arn_of(stream)}
    ]


def test_grants_on_an_imported_stream_use_its_arn_and_key(stack: Stack, template: Render) -> None:
    key_arn = "arn:aws:kms:us-east-2:123456789012:key/k"
    stream = Stream.from_stream_attributes(
        stack,
        "Payments",
        stream_arn="arn:aws:kinesis:us-east-2:123456789012:stream/payments",
        encryption_key=Key.from_key_arn(stack, "Key", key_arn),
    )
    stream.grant_write(function(stack))
    assert policy_statements(template(stack)) == [
        {
            "Action": WRITE,
            "Effect": "Allow",
            "Resource": "arn:aws:kinesis:us-east-2:123456789012:stream/payments",
        },
        {
            "Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
            "Effect": "Allow",
            "Resource": key_arn,
        },
    ]


def stream_policy(stream: Stream) -> dict[str, Any]:
    policy = stream.node.find_child("Policy")
    return properties_of(policy)


def test_a_grant_to_another_account_leaves_consumer_and_account_actions_out_of_the_stream_policy(
    stack: Stack,
) -> None:
    stream = Stream(stack, "Orders", encryption=StreamEncryption.UNENCRYPTED)
    grant = stream.grant_read(AccountPrincipal("111122223333"))
    assert stream_policy(stream) == {
        "ResourceArn": arn_of(stream),
        "ResourcePolicy": {
            "Statement": [
                {
                    "Action": READ_IN_STREAM_POLICY,
                    "Effect": "Allow",
                    "Principal": PARTNER_ROOT,
                    "Resource": arn_of(stream),
                }
            ],
            "Version": "2012-10-17",
        },
    }
    # The grant keeps the statement it was asked for, as aws-cdk-lib's does.
    assert grant.resource_statement is not None
    assert grant.resource_statement.actions == READ


def test_a_grant_of_only_actions_a_stream_policy_does_not_take_adds_no_policy(stack: Stack) -> None:
    stream = Stream(stack, "Orders")
    other = Stream(stack, "Other")
    grant = stream.grant(AccountPrincipal("111122223333"), "kinesis:ListStreams", "kinesis:SubscribeToShard")
    grant.apply_before(other)
    assert stream.node.try_find_child("Policy") is None
    assert grant.success
    assert other.node.dependencies == []


def test_a_grant_through_the_stream_policy_is_a_dependency(stack: Stack, template: Render) -> None:
    stream = Stream(stack, "Orders")
    other = Stream(stack, "Other")
    stream.grant(AccountPrincipal("111122223333"), "kinesis:GetRecords").apply_before(other)
    policy = stream.node.find_child("Policy")
    assert template(stack)["Resources"][logical_id_of(other)]["DependsOn"] == [logical_id_of(policy)]


def test_add_to_resource_policy_keeps_every_action(stack: Stack) -> None:
    stream = Stream(stack, "Orders")
    result = stream.add_to_resource_policy(
        PolicyStatement(
            actions=["kinesis:SubscribeToShard", "kinesis:GetRecords"],
            resources=["*"],
            principals=[AccountPrincipal("111122223333")],
        )
    )
    assert result.statement_added
    assert result.policy_dependable is stream.node.find_child("Policy")
    assert stream_policy(stream)["ResourcePolicy"]["Statement"][0]["Action"] == [
        "kinesis:SubscribeToShard",
        "kinesis:GetRecords",
    ]


@pytest.mark.parametrize("grant", ["grant_read", "add_to_resource_policy"])
def test_an_imported_stream_has_no_resource_policy(stack: Stack, template: Render, grant: str) -> None:
    stream = Stream.from_stream_arn(stack, "Clicks", "arn:aws:kinesis:us-east-2:123456789012:stream/clicks")
    partner = AccountPrincipal("111122223333")
    if grant == "grant_read":
        stream.grant_read(partner)
    else:
        statement = PolicyStatement(actions=["kinesis:GetRecords"], resources=["*"], principals=[partner])
        assert not stream.add_to_resource_policy(statement).statement_added
    assert "Resources" not in template(stack)
