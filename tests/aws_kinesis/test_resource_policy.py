"""ResourcePolicy: one policy for a stream or a consumer, with a given or an empty document."""

from __future__ import annotations

import inspect

import attrs
import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_iam import AnyPrincipal, PolicyDocument, PolicyStatement
from apigwv2_integrations.aws_kinesis import ResourcePolicy, ResourcePolicyProps, Stream, StreamConsumer
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.aws_apigatewayv2.inspection import logical_id_of, resource_of


def test_resource_policy_keywords_match_props_fields() -> None:
    parameters = inspect.signature(ResourcePolicy.__init__).parameters
    keywords = [p for p in parameters if p not in ("self", "scope", "id")]
    assert keywords == [f.name for f in attrs.fields(ResourcePolicyProps)]


def test_a_stream_policy_renders_the_given_document(stack: Stack) -> None:
    stream = Stream(stack, "Orders")
    document = PolicyDocument(
        assign_sids=True,
        statements=[
            PolicyStatement(
                actions=["kinesis:GetRecords"], resources=[stream.stream_arn], principals=[AnyPrincipal()]
            )
        ],
    )
    policy = ResourcePolicy(stack, "Policy", stream=stream, policy_document=document)
    assert policy.document is document
    stream_arn = {"Fn::GetAtt": [logical_id_of(stream), "Arn"]}
    assert resource_of(policy) == {
        "Type": "AWS::Kinesis::ResourcePolicy",
        "Properties": {
            "ResourceArn": stream_arn,
            "ResourcePolicy": {
                "Statement": [
                    {
                        "Action": "kinesis:GetRecords",
                        "Effect": "Allow",
                        "Principal": {"AWS": "*"},
                        "Resource": stream_arn,
                        "Sid": "0",
                    }
                ],
                "Version": "2012-10-17",
            },
        },
    }


def test_a_consumer_policy_starts_empty_and_takes_statements(stack: Stack) -> None:
    consumer = StreamConsumer(stack, "FanOut", stream=Stream(stack, "Orders"), stream_consumer_name="fan-out")
    policy = ResourcePolicy(stack, "Policy", stream_consumer=consumer)
    policy.document.add_statements(
        PolicyStatement(actions=["kinesis:SubscribeToShard"], resources=["*"], principals=[AnyPrincipal()])
    )
    properties = resource_of(policy)["Properties"]
    assert properties["ResourceArn"] == {"Fn::GetAtt": [logical_id_of(consumer), "ConsumerARN"]}
    assert properties["ResourcePolicy"]["Statement"][0]["Action"] == "kinesis:SubscribeToShard"


def test_a_policy_with_no_statement_fails_at_synth(app: App, stack: Stack) -> None:
    ResourcePolicy(stack, "Policy", stream=Stream(stack, "Orders"))
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Policy: policy_document has no statements; add one with document.add_statements(...) "
        "or drop the ResourcePolicy"
    )


def test_a_policy_needs_exactly_one_of_stream_and_stream_consumer(stack: Stack) -> None:
    stream = Stream(stack, "Orders")
    consumer = StreamConsumer(stack, "FanOut", stream=stream, stream_consumer_name="fan-out")
    with pytest.raises(ValidationError) as both:
        ResourcePolicy(stack, "Both", stream=stream, stream_consumer=consumer)
    with pytest.raises(ValidationError) as neither:
        ResourcePolicy(stack, "Neither")
    assert [str(both.value), str(neither.value)] == [
        "Test/Both: stream and stream_consumer are both given; give one of them, one policy each",
        "Test/Neither: neither stream nor stream_consumer is given; give the one the policy applies to",
    ]
