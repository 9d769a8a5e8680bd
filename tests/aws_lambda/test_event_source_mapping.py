"""EventSourceMapping: rendering, add_event_source_mapping, imports and every error of its options."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack, Token, ValidationError
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_lambda import (
    Code,
    EventSourceMapping,
    EventSourceMappingLogLevel,
    EventSourceMappingProps,
    FilterCriteria,
    FilterRule,
    Function,
    MetricsConfig,
    MetricType,
    ProvisionedPollerConfig,
    Runtime,
    SourceAccessConfiguration,
    SourceAccessConfigurationType,
    StartingPosition,
    TenancyConfig,
)
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_ARN = "arn:aws:sqs:us-east-1:123456789012:orders"


def _function(stack: Stack, id: str = "Fn", **options: Any) -> Function:
    return Function(
        stack,
        id,
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return {}"),
        **options,
    )


def _mapping_properties(stack: Stack, template: Render) -> dict[str, Any]:
    (mapping,) = resources_of_type(template(stack), "AWS::Lambda::EventSourceMapping").values()
    properties: dict[str, Any] = mapping["Properties"]
    return properties


def test_constructor_keywords_are_the_props_fields() -> None:
    keywords = [
        p
        for p in inspect.signature(EventSourceMapping.__init__).parameters
        if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(EventSourceMappingProps))


def test_add_event_source_mapping_takes_the_options_of_the_mapping() -> None:
    keywords = [
        p for p in inspect.signature(Function.add_event_source_mapping).parameters if p not in ("self", "id")
    ]
    assert sorted(keywords) == sorted(
        f.name for f in attrs.fields(EventSourceMappingProps) if f.name != "target"
    )


def test_mapping_renders_only_what_is_given(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    fn.add_event_source_mapping("Orders", event_source_arn=_ARN)

    assert _mapping_properties(stack, template) == {
        "EventSourceArn": _ARN,
        "FunctionName": {"Ref": "Fn9270CBC0"},
    }


def test_mapping_renders_every_option(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    EventSourceMapping(
        stack,
        "Mapping",
        target=fn,
        event_source_arn=_ARN,
        batch_size=20,
        bisect_batch_on_error=True,
        enabled=False,
        filters=[FilterCriteria.filter({"body": {"a": FilterRule.exists()}})],
        kafka_consumer_group_id="group-1",
        kafka_topic="orders",
        log_level=EventSourceMappingLogLevel.WARN,
        max_batching_window=Duration.seconds(5),
        max_concurrency=4,
        max_record_age=Duration.minutes(2),
        metrics_config={"metrics": [MetricType.KAFKA_METRICS]},
        parallelization_factor=3,
        provisioned_poller_config={"minimum_pollers": 1, "maximum_pollers": 3, "poller_group_name": "g"},
        report_batch_item_failures=True,
        retry_attempts=-1,
        source_access_configurations=[
            SourceAccessConfiguration(type=SourceAccessConfigurationType.BASIC_AUTH, uri="arn:secret"),
            {"type": SourceAccessConfigurationType.of("IAM_AUTH"), "uri": "x"},
        ],
        starting_position=StartingPosition.TRIM_HORIZON,
        tumbling_window=Duration.seconds(60),
    )

    assert _mapping_properties(stack, template) == {
        "AmazonManagedKafkaEventSourceConfig": {"ConsumerGroupId": "group-1"},
        "BatchSize": 20,
        "BisectBatchOnFunctionError": True,
        "Enabled": False,
        "EventSourceArn": _ARN,
        "FilterCriteria": {"Filters": [{"Pattern": '{"body":{"a":[{"exists":true}]}}'}]},
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "FunctionResponseTypes": ["ReportBatchItemFailures"],
        "LoggingConfig": {"SystemLogLevel": "WARN"},
        "MaximumBatchingWindowInSeconds": 5,
        "MaximumRecordAgeInSeconds": 120,
        "MaximumRetryAttempts": -1,
        "MetricsConfig": {"Metrics": ["KafkaMetrics"]},
        "ParallelizationFactor": 3,
        "ProvisionedPollerConfig": {"MaximumPollers": 3, "MinimumPollers": 1, "PollerGroupName": "g"},
        "ScalingConfig": {"MaximumConcurrency": 4},
        "SourceAccessConfigurations": [
            {"Type": "BASIC_AUTH", "URI": "arn:secret"},
            {"Type": "IAM_AUTH", "URI": "x"},
        ],
        "StartingPosition": "TRIM_HORIZON",
        "Topics": ["orders"],
        "TumblingWindowInSeconds": 60,
    }


def test_self_managed_kafka_renders_its_brokers(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    fn.add_event_source_mapping(
        "Kafka",
        kafka_bootstrap_servers=["b-1.example.com:9092"],
        kafka_topic="topic",
        kafka_consumer_group_id="g",
        starting_position=StartingPosition.LATEST,
    )

    properties = _mapping_properties(stack, template)
    assert properties["SelfManagedEventSource"] == {
        "Endpoints": {"KafkaBootstrapServers": ["b-1.example.com:9092"]}
    }
    assert properties["SelfManagedKafkaEventSourceConfig"] == {"ConsumerGroupId": "g"}
    assert "EventSourceArn" not in properties


def test_at_timestamp_renders_the_timestamp(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    fn.add_event_source_mapping(
        "Stream",
        event_source_arn=_ARN,
        starting_position=StartingPosition.AT_TIMESTAMP,
        starting_position_timestamp=1_700_000_000,
    )

    properties = _mapping_properties(stack, template)
    assert (properties["StartingPosition"], properties["StartingPositionTimestamp"]) == (
        "AT_TIMESTAMP",
        1_700_000_000,
    )


def test_filter_encryption_renders_the_key_and_lets_lambda_decrypt(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    key = Key(stack, "Key")
    fn.add_event_source_mapping(
        "Orders", event_source_arn=_ARN, filters=[FilterCriteria.filter({"a": ["b"]})], filter_encryption=key
    )

    rendered = template(stack)
    (mapping,) = resources_of_type(rendered, "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"]["KmsKeyArn"] == {"Fn::GetAtt": ["Key961B73FD", "Arn"]}
    statements = rendered["Resources"]["Key961B73FD"]["Properties"]["KeyPolicy"]["Statement"]
    assert statements[-1] == {
        "Action": "kms:Decrypt",
        "Effect": "Allow",
        "Principal": {"Service": "lambda.amazonaws.com"},
        "Resource": "*",
    }


def test_mapping_id_and_arn(stack: Stack) -> None:
    fn = _function(stack)
    mapping = fn.add_event_source_mapping("Orders", event_source_arn=_ARN)

    assert stack.resolve(mapping.event_source_mapping_id) == {"Ref": "FnOrdersD4722882"}
    assert stack.resolve(mapping.event_source_mapping_ref.event_source_mapping_arn) == stack.resolve(
        mapping.event_source_mapping_arn
    )
    assert stack.resolve(mapping.event_source_mapping_arn)["Fn::Join"][1][-2:] == [
        ":event-source-mapping:",
        {"Ref": "FnOrdersD4722882"},
    ]


def test_from_event_source_mapping_id(stack: Stack) -> None:
    imported = EventSourceMapping.from_event_source_mapping_id(stack, "Imported", "esm-1")

    assert imported.event_source_mapping_id == "esm-1"
    assert imported.event_source_mapping_ref.event_source_mapping_id == "esm-1"
    assert (
        stack.resolve(imported.event_source_mapping_arn)["Fn::Join"][1][-1] == ":event-source-mapping:esm-1"
    )


def test_tokens_are_not_range_checked(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    fn.add_event_source_mapping(
        "Orders",
        event_source_arn=_ARN,
        max_concurrency=Token.as_number({"Ref": "Concurrency"}),
        retry_attempts=Token.as_number({"Ref": "Retries"}),
        parallelization_factor=Token.as_number({"Ref": "Factor"}),
    )

    properties = _mapping_properties(stack, template)
    assert properties["ScalingConfig"] == {"MaximumConcurrency": {"Ref": "Concurrency"}}
    assert properties["MaximumRetryAttempts"] == {"Ref": "Retries"}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {},
            "Test/Fn/Mapping: event_source_arn and kafka_bootstrap_servers are both unset; pass event_source_arn "
            "(the ARN of the queue, stream or cluster) or kafka_bootstrap_servers (the brokers of a self-managed "
            "Kafka cluster)",
        ),
        (
            {"event_source_arn": _ARN, "kafka_bootstrap_servers": ["b:9092"]},
            f"Test/Fn/Mapping: event_source_arn={_ARN!r} and kafka_bootstrap_servers=['b:9092'] are both set; "
            "pass only one of them",
        ),
        (
            {"kafka_bootstrap_servers": []},
            "Test/Fn/Mapping: kafka_bootstrap_servers=[] is empty; pass at least one broker, e.g. "
            "['broker-1.example.com:9092']",
        ),
        (
            {
                "event_source_arn": _ARN,
                "provisioned_poller_config": ProvisionedPollerConfig(minimum_pollers=0),
            },
            "Test/Fn/Mapping: provisioned_poller_config.minimum_pollers=0 is out of range; use 1 to 200",
        ),
        (
            {"event_source_arn": _ARN, "provisioned_poller_config": {"maximum_pollers": 2001}},
            "Test/Fn/Mapping: provisioned_poller_config.maximum_pollers=2001 is out of range; use 1 to 2000",
        ),
        (
            {
                "event_source_arn": _ARN,
                "provisioned_poller_config": {"minimum_pollers": 5, "maximum_pollers": 2},
            },
            "Test/Fn/Mapping: provisioned_poller_config.minimum_pollers=5 is greater than maximum_pollers=2; use "
            "a minimum no greater than the maximum",
        ),
        (
            {"event_source_arn": _ARN, "max_batching_window": Duration.minutes(6)},
            "Test/Fn/Mapping: max_batching_window=Duration.minutes(6) is out of range; use at most "
            "Duration.seconds(300)",
        ),
        (
            {"event_source_arn": _ARN, "max_concurrency": 1},
            "Test/Fn/Mapping: max_concurrency=1 is out of range; use 2 to 1000 concurrent invocations",
        ),
        (
            {"event_source_arn": _ARN, "max_record_age": Duration.seconds(59)},
            "Test/Fn/Mapping: max_record_age=Duration.seconds(59) is out of range; use Duration.seconds(60) to "
            "Duration.days(7)",
        ),
        (
            {"event_source_arn": _ARN, "max_record_age": Duration.days(8)},
            "Test/Fn/Mapping: max_record_age=Duration.days(8) is out of range; use Duration.seconds(60) to "
            "Duration.days(7)",
        ),
        (
            {"event_source_arn": _ARN, "retry_attempts": -2},
            "Test/Fn/Mapping: retry_attempts=-2 is out of range; use -1 (retry until the record expires) or 0 to "
            "10000",
        ),
        (
            {"event_source_arn": _ARN, "parallelization_factor": 11},
            "Test/Fn/Mapping: parallelization_factor=11 is out of range; use 1 to 10",
        ),
        (
            {"event_source_arn": _ARN, "tumbling_window": Duration.minutes(16)},
            "Test/Fn/Mapping: tumbling_window=Duration.minutes(16) is out of range; use at most "
            "Duration.seconds(900)",
        ),
        (
            {"event_source_arn": _ARN, "starting_position": StartingPosition.AT_TIMESTAMP},
            "Test/Fn/Mapping: starting_position=StartingPosition.AT_TIMESTAMP needs starting_position_timestamp; "
            "pass the Unix time in seconds to start reading from",
        ),
        (
            {
                "event_source_arn": _ARN,
                "starting_position": StartingPosition.LATEST,
                "starting_position_timestamp": 1_700_000_000,
            },
            "Test/Fn/Mapping: starting_position_timestamp=1700000000 needs "
            "starting_position=StartingPosition.AT_TIMESTAMP, not StartingPosition.LATEST; pass that, or drop "
            "starting_position_timestamp",
        ),
        (
            {"kafka_bootstrap_servers": ["b:9092"], "kafka_consumer_group_id": "g" * 201},
            f"Test/Fn/Mapping: kafka_consumer_group_id={'g' * 201!r} is 201 characters long; use 1 to 200",
        ),
        (
            {"kafka_bootstrap_servers": ["b:9092"], "kafka_consumer_group_id": "my group"},
            "Test/Fn/Mapping: kafka_consumer_group_id='my group' has characters Lambda does not accept; use "
            "letters, digits and - / * : _ + = . @",
        ),
    ],
)
def test_mapping_rejects_bad_options(stack: Stack, options: dict[str, Any], message: str) -> None:
    fn = _function(stack)

    with pytest.raises(ValidationError) as raised:
        fn.add_event_source_mapping("Mapping", **options)

    assert str(raised.value) == message


def test_filter_encryption_needs_filters(stack: Stack) -> None:
    fn = _function(stack)

    with pytest.raises(ValidationError) as raised:
        fn.add_event_source_mapping("Mapping", event_source_arn=_ARN, filter_encryption=Key(stack, "Key"))

    assert str(raised.value) == (
        "Test/Fn/Mapping: filter_encryption is set but filters is not; pass filters as well, or drop "
        "filter_encryption"
    )


def test_tenant_isolated_function_rejects_event_sources(stack: Stack) -> None:
    fn = _function(stack, tenancy_config=TenancyConfig.PER_TENANT)

    class _Source:
        def bind(self, target: Any) -> None:
            raise AssertionError("not bound")

    with pytest.raises(ValidationError) as raised:
        fn.add_event_source(_Source())

    assert str(raised.value) == (
        "Test/Fn: add_event_source: _Source is not supported by functions with tenancy_config (tenant "
        "isolation); invoke the function another way, or drop tenancy_config"
    )


def test_metrics_config_and_source_access_types() -> None:
    assert MetricsConfig(metrics=[MetricType.EVENT_COUNT]).metrics == (MetricType.EVENT_COUNT,)
    assert repr(SourceAccessConfigurationType.VPC_SUBNET) == "SourceAccessConfigurationType.VPC_SUBNET"
    assert repr(SourceAccessConfigurationType.of("X")) == "SourceAccessConfigurationType.of('X')"
