"""DynamoEventSource and SqsDlq: the stream mapping, its grants, its failure destination and its errors."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations.aws_dynamodb import Attribute, AttributeType, StreamViewType, Table
from apigwv2_integrations.aws_lambda import Code, Function, Runtime, StartingPosition
from apigwv2_integrations.aws_lambda_event_sources import (
    DynamoEventSource,
    DynamoEventSourceProps,
    S3OnFailureDestination,
    SqsDlq,
    StreamEventSource,
    StreamEventSourceProps,
)
from apigwv2_integrations.aws_s3 import Bucket
from apigwv2_integrations.aws_sqs import Queue
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_KEY = Attribute(name="pk", type=AttributeType.STRING)


def _function(stack: Stack) -> Function:
    return Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return {}"),
    )


def test_stream_source_maps_the_stream_with_its_options(stack: Stack, template: Render) -> None:
    table = Table(stack, "Items", partition_key=_KEY, stream=StreamViewType.NEW_AND_OLD_IMAGES)
    failures = Queue(stack, "Failures")
    fn = _function(stack)
    source = DynamoEventSource(
        table,
        starting_position=StartingPosition.TRIM_HORIZON,
        batch_size=500,
        bisect_batch_on_error=True,
        retry_attempts=3,
        max_record_age=Duration.hours(1),
        parallelization_factor=2,
        tumbling_window=Duration.seconds(30),
        on_failure=SqsDlq(failures),
    )
    fn.add_event_source(source)

    rendered = template(stack)
    (mapping,) = resources_of_type(rendered, "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"] == {
        "BatchSize": 500,
        "BisectBatchOnFunctionError": True,
        "DestinationConfig": {"OnFailure": {"Destination": {"Fn::GetAtt": ["Failures8A3E1A2F", "Arn"]}}},
        "EventSourceArn": {"Fn::GetAtt": ["Items5C12978B", "StreamArn"]},
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "MaximumRecordAgeInSeconds": 3600,
        "MaximumRetryAttempts": 3,
        "ParallelizationFactor": 2,
        "StartingPosition": "TRIM_HORIZON",
        "TumblingWindowInSeconds": 30,
    }
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Failures8A3E1A2F", "Arn"]},
        },
        {"Action": "dynamodb:ListStreams", "Effect": "Allow", "Resource": "*"},
        {
            "Action": ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Items5C12978B", "StreamArn"]},
        },
    ]
    assert isinstance(source, StreamEventSource)
    assert stack.resolve(source.event_source_mapping_id) == {
        "Ref": next(iter(resources_of_type(rendered, "AWS::Lambda::EventSourceMapping")))
    }


def test_batch_size_defaults_to_100(stack: Stack, template: Render) -> None:
    table = Table(stack, "Items", partition_key=_KEY, stream=StreamViewType.KEYS_ONLY)
    _function(stack).add_event_source(DynamoEventSource(table, starting_position=StartingPosition.LATEST))

    (mapping,) = resources_of_type(template(stack), "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"]["BatchSize"] == 100


def test_table_without_stream_is_rejected(stack: Stack) -> None:
    table = Table(stack, "Items", partition_key=_KEY)
    source = DynamoEventSource(table, starting_position=StartingPosition.LATEST)

    with pytest.raises(ValidationError) as raised:
        _function(stack).add_event_source(source)

    assert str(raised.value) == (
        "Test/Items: DynamoEventSource: the table has no stream; pass stream=StreamViewType.NEW_AND_OLD_IMAGES "
        "(or another view type) when creating the table, or table_stream_arn= when importing it"
    )


@pytest.mark.parametrize("batch_size", [0, 10_001])
def test_batch_size_out_of_range_is_rejected(stack: Stack, batch_size: int) -> None:
    table = Table(stack, "Items", partition_key=_KEY, stream=StreamViewType.KEYS_ONLY)

    with pytest.raises(ValidationError) as raised:
        DynamoEventSource(table, starting_position=StartingPosition.LATEST, batch_size=batch_size)

    assert str(raised.value) == (
        f"Test/Items: DynamoEventSource: batch_size={batch_size} is out of range; use 1 to 10000"
    )


def test_poller_config_out_of_range_is_rejected(stack: Stack) -> None:
    table = Table(stack, "Items", partition_key=_KEY, stream=StreamViewType.KEYS_ONLY)

    with pytest.raises(ValidationError) as raised:
        DynamoEventSource(
            table, starting_position=StartingPosition.LATEST, provisioned_poller_config={"maximum_pollers": 0}
        )

    assert str(raised.value) == "provisioned_poller_config.maximum_pollers=0 is out of range; use 1 to 2000"


def test_unbound_source_has_no_mapping(stack: Stack) -> None:
    table = Table(stack, "Items", partition_key=_KEY, stream=StreamViewType.KEYS_ONLY)
    source = DynamoEventSource(table, starting_position=StartingPosition.LATEST)

    with pytest.raises(ValidationError) as raised:
        _ = source.event_source_mapping_arn

    assert str(raised.value) == (
        "Test/Items: DynamoEventSource is not bound to a function yet, so it has no event source mapping; call "
        "function.add_event_source(source) first"
    )


def test_constructor_keywords_are_the_props_fields() -> None:
    keywords = [
        p for p in inspect.signature(DynamoEventSource.__init__).parameters if p not in ("self", "table")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(DynamoEventSourceProps))


def test_stream_event_source_takes_the_props_as_keywords(stack: Stack, template: Render) -> None:
    class _StreamSource(StreamEventSource):
        def bind(self, target: Any) -> None:
            target.add_event_source_mapping(
                "Custom",
                **self._mapping_options(event_source_arn="arn:aws:kinesis:us-east-1:123456789012:stream/s"),
            )

    keywords = [p for p in inspect.signature(StreamEventSource.__init__).parameters if p != "self"]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(StreamEventSourceProps))
    _function(stack).add_event_source(
        _StreamSource(starting_position=StartingPosition.LATEST, retry_attempts=2)
    )

    (mapping,) = resources_of_type(template(stack), "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"] == {
        "BatchSize": 100,
        "EventSourceArn": "arn:aws:kinesis:us-east-1:123456789012:stream/s",
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "MaximumRetryAttempts": 2,
        "StartingPosition": "LATEST",
    }


def test_s3_failure_destination_grants_read_write_on_the_bucket(stack: Stack, template: Render) -> None:
    table = Table(stack, "Items", partition_key=_KEY, stream=StreamViewType.KEYS_ONLY)
    bucket = Bucket(stack, "Failed")
    _function(stack).add_event_source(
        DynamoEventSource(
            table, starting_position=StartingPosition.LATEST, on_failure=S3OnFailureDestination(bucket)
        )
    )

    rendered = template(stack)
    (mapping,) = resources_of_type(rendered, "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"]["DestinationConfig"] == {
        "OnFailure": {"Destination": {"Fn::GetAtt": ["Failed178E83A2", "Arn"]}}
    }
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    bucket_arn = {"Fn::GetAtt": ["Failed178E83A2", "Arn"]}
    assert policy["Properties"]["PolicyDocument"]["Statement"][0] == {
        "Action": [
            "s3:GetObject*",
            "s3:GetBucket*",
            "s3:List*",
            "s3:DeleteObject*",
            "s3:PutObject",
            "s3:PutObjectLegalHold",
            "s3:PutObjectRetention",
            "s3:PutObjectTagging",
            "s3:PutObjectVersionTagging",
            "s3:Abort*",
        ],
        "Effect": "Allow",
        "Resource": [bucket_arn, {"Fn::Join": ["", [bucket_arn, "/*"]]}],
    }


def test_s3_failure_destination_needs_a_source_that_supports_it(stack: Stack) -> None:
    class _StreamSource(StreamEventSource):
        def bind(self, target: Any) -> None:
            target.add_event_source_mapping("Custom", **self._mapping_options(event_source_arn="arn"))

    source = _StreamSource(
        starting_position=StartingPosition.LATEST, on_failure=S3OnFailureDestination(Bucket(stack, "Failed"))
    )

    with pytest.raises(ValidationError) as raised:
        _function(stack).add_event_source(source)

    assert str(raised.value) == (
        "_StreamSource: on_failure=S3OnFailureDestination(...) is not supported by this event source; use "
        "SqsDlq(queue) instead"
    )
