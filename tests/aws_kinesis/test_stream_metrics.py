"""Stream metrics: the AWS/Kinesis namespace, the StreamName dimension and the canned metrics' defaults."""

from __future__ import annotations

import pytest

from apigwv2_integrations import App, Duration, Stack
from apigwv2_integrations.aws_kinesis import Stream
from apigwv2_integrations.core.errors import ArgumentTypeError
from tests.aws_apigatewayv2.inspection import logical_id_of

CANNED = [
    ("metric_get_records", "GetRecords.Records", "Average"),
    ("metric_get_records_bytes", "GetRecords.Bytes", "Average"),
    ("metric_get_records_iterator_age_milliseconds", "GetRecords.IteratorAgeMilliseconds", "Maximum"),
    ("metric_get_records_latency", "GetRecords.Latency", "Average"),
    ("metric_get_records_success", "GetRecords.Success", "Average"),
    ("metric_incoming_bytes", "IncomingBytes", "Average"),
    ("metric_incoming_records", "IncomingRecords", "Average"),
    ("metric_put_record_bytes", "PutRecord.Bytes", "Average"),
    ("metric_put_record_latency", "PutRecord.Latency", "Average"),
    ("metric_put_record_success", "PutRecord.Success", "Average"),
    ("metric_put_records_bytes", "PutRecords.Bytes", "Average"),
    ("metric_put_records_failed_records", "PutRecords.FailedRecords", "Average"),
    ("metric_put_records_latency", "PutRecords.Latency", "Average"),
    ("metric_put_records_success", "PutRecords.Success", "Average"),
    ("metric_put_records_successful_records", "PutRecords.SuccessfulRecords", "Average"),
    ("metric_put_records_throttled_records", "PutRecords.ThrottledRecords", "Average"),
    ("metric_put_records_total_records", "PutRecords.TotalRecords", "Average"),
    ("metric_read_provisioned_throughput_exceeded", "ReadProvisionedThroughputExceeded", "Average"),
    ("metric_write_provisioned_throughput_exceeded", "WriteProvisionedThroughputExceeded", "Average"),
]


def test_every_canned_metric_of_aws_cdk_is_here() -> None:
    methods = sorted(name for name in dir(Stream) if name.startswith("metric_"))
    assert methods == sorted(name for name, _, _ in CANNED)


@pytest.mark.parametrize(("method", "metric_name", "statistic"), CANNED, ids=[name for name, _, _ in CANNED])
def test_canned_metric_defaults(stack: Stack, method: str, metric_name: str, statistic: str) -> None:
    stream = Stream(stack, "Orders")
    metric = getattr(stream, method)()
    assert (
        metric.namespace,
        metric.metric_name,
        metric.statistic,
        metric.period,
        stack.resolve(metric.dimensions),
    ) == (
        "AWS/Kinesis",
        metric_name,
        statistic,
        Duration.minutes(5),
        {"StreamName": {"Ref": logical_id_of(stream)}},
    )


def test_metric_by_name_is_an_average_and_takes_options(stack: Stack) -> None:
    stream = Stream(stack, "Orders")
    assert stream.metric("IncomingRecords").statistic == "Average"
    metric = stream.metric_get_records_success(statistic="Sum", period=Duration.minutes(1), label="Reads")
    assert (metric.statistic, metric.period, metric.label) == ("Sum", Duration.minutes(1), "Reads")


def test_dimensions_map_replaces_the_stream_name(stack: Stack) -> None:
    metric = Stream(stack, "Orders").metric_incoming_bytes(dimensions_map={"ShardId": "shardId-000000000000"})
    assert metric.dimensions == {"ShardId": "shardId-000000000000"}


def test_an_imported_streams_metrics_use_its_name(stack: Stack) -> None:
    stream = Stream.from_stream_arn(stack, "Clicks", "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks")
    metric = stream.metric_get_records_iterator_age_milliseconds()
    assert (metric.dimensions, metric.statistic) == ({"StreamName": "clicks"}, "Maximum")


def test_metric_options_are_type_checked() -> None:
    stream = Stream(Stack(App(), "Books"), "Orders")
    with pytest.raises(ArgumentTypeError) as caught:
        stream.metric_incoming_bytes(period="5")  # type: ignore[arg-type]
    assert str(caught.value).startswith(
        "Books/Orders.metric_incoming_bytes: period='5' is a str; use a Duration"
    )
