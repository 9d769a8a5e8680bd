"""The provisioned mode struct of stream and Kafka sources is aws_lambda_event_sources'
ProvisionedPollerConfig, apart from aws_lambda's (which SqsEventSource takes): each source refuses the
other, as aws_cdk's do, and a Kafka mapping renders the pollers of its own struct."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_lambda_event_sources as sources
from apigwv2_integrations.aws_kinesis import Stream
from apigwv2_integrations.aws_sqs import Queue
from apigwv2_integrations.core.errors import ArgumentTypeError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
    )


def test_event_sources_struct_is_not_the_aws_lambda_one() -> None:
    assert not issubclass(sources.ProvisionedPollerConfig, lambda_.ProvisionedPollerConfig)
    assert not issubclass(lambda_.ProvisionedPollerConfig, sources.ProvisionedPollerConfig)


def test_stream_source_refuses_the_aws_lambda_struct(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError, match=r"^KinesisEventSource: provisioned_poller_config=") as caught:
        sources.KinesisEventSource(
            Stream(stack, "Clicks"),
            starting_position=lambda_.StartingPosition.LATEST,
            provisioned_poller_config=lambda_.ProvisionedPollerConfig(minimum_pollers=1),  # type: ignore[arg-type]
        )
    assert " is a ProvisionedPollerConfig" in str(caught.value)


def test_sqs_source_refuses_the_event_sources_struct(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError, match=r"^SqsEventSource: provisioned_poller_config=") as caught:
        sources.SqsEventSource(
            Queue(stack, "Jobs"),
            provisioned_poller_config=sources.ProvisionedPollerConfig(minimum_pollers=2),  # type: ignore[arg-type]
        )
    assert " is a ProvisionedPollerConfig" in str(caught.value)


def test_sqs_source_takes_the_aws_lambda_struct(stack: Stack, template: Render) -> None:
    _function(stack).add_event_source(
        sources.SqsEventSource(
            Queue(stack, "Jobs"),
            provisioned_poller_config=lambda_.ProvisionedPollerConfig(minimum_pollers=2, maximum_pollers=5),
        )
    )
    (mapping,) = resources_of_type(template(stack), "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"]["ProvisionedPollerConfig"] == {"MaximumPollers": 5, "MinimumPollers": 2}


def test_kafka_mapping_renders_the_event_sources_struct(stack: Stack, template: Render) -> None:
    _function(stack).add_event_source(
        sources.ManagedKafkaEventSource(
            cluster_arn="arn:aws:kafka:us-east-1:111111111111:cluster/orders/abc",
            topic="orders",
            starting_position=lambda_.StartingPosition.LATEST,
            provisioned_poller_config=sources.ProvisionedPollerConfig(
                minimum_pollers=2, maximum_pollers=4, poller_group_name="orders"
            ),
        )
    )
    (mapping,) = resources_of_type(template(stack), "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"]["ProvisionedPollerConfig"] == {
        "MaximumPollers": 4,
        "MinimumPollers": 2,
        "PollerGroupName": "orders",
    }


def test_stream_source_takes_a_dict_of_the_fields(stack: Stack) -> None:
    source = sources.KinesisEventSource(
        Stream(stack, "Clicks"),
        starting_position=lambda_.StartingPosition.LATEST,
        provisioned_poller_config={"minimum_pollers": 1, "maximum_pollers": 3},
    )
    assert source.props.provisioned_poller_config == sources.ProvisionedPollerConfig(
        minimum_pollers=1, maximum_pollers=3
    )
