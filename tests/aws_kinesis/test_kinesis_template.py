"""A whole Kinesis template: every encryption, both capacity modes, a consumer, grants, policies and alarms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import App, Duration, RemovalPolicy, Stack
from apigwv2_integrations.aws_iam import AccountPrincipal, PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.aws_kinesis import (
    ShardLevelMetrics,
    Stream,
    StreamConsumer,
    StreamEncryption,
    StreamMode,
)
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from tests.cfn_lint import assert_cfn_lint_clean

Render = Callable[[Stack], dict[str, Any]]


def build(stack: Stack) -> None:
    events = Stream(stack, "Events")
    orders = Stream(
        stack,
        "Orders",
        stream_name="orders",
        encryption=StreamEncryption.KMS,
        retention_period=Duration.days(3),
        shard_count=2,
    )
    audit = Stream(
        stack,
        "Audit",
        encryption_key=Key(stack, "AuditKey"),
        stream_mode=StreamMode.ON_DEMAND,
        removal_policy=RemovalPolicy.DESTROY,
    )
    plain = Stream(
        stack,
        "Plain",
        encryption=StreamEncryption.UNENCRYPTED,
        shard_level_metrics=[ShardLevelMetrics.ALL],
    )
    managed = Stream(
        stack, "Managed", encryption=StreamEncryption.MANAGED, stream_mode=StreamMode.PROVISIONED
    )
    processor = Function(
        stack,
        "Processor",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return event\n"),
    )
    events.grant_read(processor)
    orders.grant_read_write(processor)
    audit.grant_write(processor)
    consumer = StreamConsumer(stack, "FanOut", stream=orders, stream_consumer_name="fan-out")
    consumer.grant_read(Role(stack, "Reader", assumed_by=ServicePrincipal("lambda.amazonaws.com")))
    partner = AccountPrincipal("111122223333")
    plain.grant_read(partner)
    consumer.grant(partner, "kinesis:DescribeStreamConsumer")
    managed.add_to_resource_policy(
        PolicyStatement(actions=["kinesis:PutRecord"], resources=[managed.stream_arn], principals=[partner])
    )
    imported = Stream.from_stream_arn(stack, "Clicks", "arn:aws:kinesis:us-east-1:123456789012:stream/clicks")
    imported.grant_read(processor)
    orders.metric_get_records_iterator_age_milliseconds().create_alarm(
        stack, "OrdersBehind", threshold=60_000, evaluation_periods=3
    )


def test_kinesis_template(stack: Stack, template: Render, snapshot_json: SnapshotAssertion) -> None:
    build(stack)
    rendered = template(stack)
    assert_cfn_lint_clean(rendered)
    assert rendered == snapshot_json


def test_kinesis_template_in_a_china_region_lints_clean(app: App, template: Render) -> None:
    stack = Stack(app, "China", env={"account": "123456789012", "region": "cn-north-1"})
    build(stack)
    assert_cfn_lint_clean(template(stack))
