"""KinesisEventSource and KinesisConsumerEventSource: the mapping, its grants and its rules.

The whole output is compared with aws-cdk-lib's in the parity case `kinesis-sources`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations.aws_kinesis import Stream, StreamConsumer
from apigwv2_integrations.aws_lambda import Code, Function, Runtime, StartingPosition
from apigwv2_integrations.aws_lambda_event_sources import (
    KinesisConsumerEventSource,
    KinesisEventSource,
    KinesisEventSourceProps,
    S3OnFailureDestination,
    SqsDlq,
    StreamEventSourceProps,
)
from apigwv2_integrations.aws_s3 import Bucket
from apigwv2_integrations.aws_sqs import Queue
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_READ = [
    "kinesis:DescribeStreamSummary",
    "kinesis:GetRecords",
    "kinesis:GetShardIterator",
    "kinesis:ListShards",
    "kinesis:SubscribeToShard",
    "kinesis:DescribeStream",
    "kinesis:ListStreams",
    "kinesis:DescribeStreamConsumer",
]


def _function(stack: Stack) -> Function:
    return Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return None"),
    )


def _mapping(rendered: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    ((logical_id, mapping),) = resources_of_type(rendered, "AWS::Lambda::EventSourceMapping").items()
    return logical_id, dict(mapping["Properties"])


def _statements(rendered: dict[str, Any]) -> list[dict[str, Any]]:
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    return list(policy["Properties"]["PolicyDocument"]["Statement"])


def test_stream_source_maps_the_stream_and_grants_read(stack: Stack, template: Render) -> None:
    stream = Stream(stack, "Clicks")
    failures = Queue(stack, "Failures")
    source = KinesisEventSource(
        stream,
        starting_position=StartingPosition.LATEST,
        batch_size=500,
        parallelization_factor=2,
        on_failure=SqsDlq(failures),
        tumbling_window=Duration.seconds(30),
    )
    fn = _function(stack)
    fn.add_event_source(source)
    rendered = template(stack)
    logical_id, mapping = _mapping(rendered)
    assert logical_id.startswith("FnKinesisEventSourceTestClicks")
    assert mapping["BatchSize"] == 500
    assert mapping["EventSourceArn"] == {"Fn::GetAtt": ["Clicks81B5095A", "Arn"]}
    assert mapping["TumblingWindowInSeconds"] == 30
    assert [s["Action"] for s in _statements(rendered)][1] == _READ
    assert source.stream is stream
    assert stack.resolve(source.event_source_mapping_id) == {"Ref": logical_id}
    assert_cfn_lint_clean(rendered)


def test_default_batch_size_and_timestamp_start(stack: Stack, template: Render) -> None:
    _function(stack).add_event_source(
        KinesisEventSource(
            Stream(stack, "Clicks"),
            starting_position=StartingPosition.AT_TIMESTAMP,
            starting_position_timestamp=1700000000,
        )
    )
    _, mapping = _mapping(template(stack))
    assert mapping["BatchSize"] == 100
    assert mapping["StartingPosition"] == "AT_TIMESTAMP"
    assert mapping["StartingPositionTimestamp"] == 1700000000


def test_consumer_source_reads_through_the_consumer(stack: Stack, template: Render) -> None:
    stream = Stream(stack, "Clicks")
    consumer = StreamConsumer(stack, "Fanout", stream=stream, stream_consumer_name="fanout")
    _function(stack).add_event_source(
        KinesisConsumerEventSource(consumer, starting_position=StartingPosition.TRIM_HORIZON)
    )
    rendered = template(stack)
    logical_id, mapping = _mapping(rendered)
    assert logical_id.startswith("FnKinesisConsumerEventSourceTestFanout")
    assert mapping["EventSourceArn"] == {"Fn::GetAtt": ["Fanout5E42E65D", "ConsumerARN"]}
    assert _statements(rendered)[1] == {
        "Action": ["kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard"],
        "Effect": "Allow",
        "Resource": {"Fn::GetAtt": ["Fanout5E42E65D", "ConsumerARN"]},
    }


def test_a_bucket_may_take_failed_records(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Failures")
    _function(stack).add_event_source(
        KinesisEventSource(
            Stream(stack, "Clicks"),
            starting_position=StartingPosition.LATEST,
            on_failure=S3OnFailureDestination(bucket),
        )
    )
    _, mapping = _mapping(template(stack))
    assert mapping["DestinationConfig"] == {
        "OnFailure": {"Destination": {"Fn::GetAtt": ["Failures8A3E1A2F", "Arn"]}}
    }


@pytest.mark.parametrize("size", [0.5, 10_001])
def test_batch_size_out_of_range(stack: Stack, size: float) -> None:
    with pytest.raises(ValidationError, match="batch_size="):
        KinesisEventSource(
            Stream(stack, "Clicks"), starting_position=StartingPosition.LATEST, batch_size=size
        )


@pytest.mark.parametrize(
    ("position", "timestamp", "message"),
    [
        (StartingPosition.LATEST, 5, "AT_TIMESTAMP"),
        (StartingPosition.AT_TIMESTAMP, None, "AT_TIMESTAMP"),
    ],
)
def test_timestamp_goes_with_at_timestamp(
    stack: Stack, position: StartingPosition, timestamp: float | None, message: str
) -> None:
    source = KinesisEventSource(
        Stream(stack, "Clicks"), starting_position=position, starting_position_timestamp=timestamp
    )
    with pytest.raises(ValidationError, match=message):
        _function(stack).add_event_source(source)


def test_unbound_source_has_no_mapping(stack: Stack) -> None:
    source = KinesisEventSource(Stream(stack, "Clicks"), starting_position=StartingPosition.LATEST)
    with pytest.raises(ValidationError, match="not bound to a function"):
        _ = source.event_source_mapping_arn
    assert issubclass(KinesisEventSourceProps, StreamEventSourceProps)
