"""SqsEventSource: the mapping, the consume grant, the events= prop and every error of its options."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_lambda import Code, FilterCriteria, FilterRule, Function, MetricType, Runtime
from apigwv2_integrations.aws_lambda_event_sources import SqsEventSource, SqsEventSourceProps
from apigwv2_integrations.aws_sqs import Queue
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_CONSUME = [
    "sqs:ReceiveMessage",
    "sqs:ChangeMessageVisibility",
    "sqs:GetQueueUrl",
    "sqs:DeleteMessage",
    "sqs:GetQueueAttributes",
]


def _function(stack: Stack, **options: Any) -> Function:
    return Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return {}"),
        **options,
    )


def test_source_maps_the_queue_and_grants_consume(stack: Stack, template: Render) -> None:
    queue = Queue(stack, "Orders")
    fn = _function(stack)
    source = SqsEventSource(
        queue,
        batch_size=50,
        max_batching_window=Duration.seconds(10),
        report_batch_item_failures=True,
        max_concurrency=5,
        filters=[FilterCriteria.filter({"body": {"status": FilterRule.is_equal("PAID")}})],
        metrics_config={"metrics": [MetricType.EVENT_COUNT]},
    )
    fn.add_event_source(source)

    rendered = template(stack)
    mappings = resources_of_type(rendered, "AWS::Lambda::EventSourceMapping")
    assert list(mappings) == ["FnSqsEventSourceTestOrdersC225794E9ADA9F27"]
    assert mappings["FnSqsEventSourceTestOrdersC225794E9ADA9F27"]["Properties"] == {
        "BatchSize": 50,
        "EventSourceArn": {"Fn::GetAtt": ["OrdersA9B65338", "Arn"]},
        "FilterCriteria": {"Filters": [{"Pattern": '{"body":{"status":["PAID"]}}'}]},
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "FunctionResponseTypes": ["ReportBatchItemFailures"],
        "MaximumBatchingWindowInSeconds": 10,
        "MetricsConfig": {"Metrics": ["EventCount"]},
        "ScalingConfig": {"MaximumConcurrency": 5},
    }
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": _CONSUME, "Effect": "Allow", "Resource": {"Fn::GetAtt": ["OrdersA9B65338", "Arn"]}}
    ]
    assert stack.resolve(source.event_source_mapping_id) == {
        "Ref": "FnSqsEventSourceTestOrdersC225794E9ADA9F27"
    }
    assert stack.resolve(source.event_source_mapping_arn)["Fn::Join"][1][-1] == {
        "Ref": "FnSqsEventSourceTestOrdersC225794E9ADA9F27"
    }


def test_events_prop_binds_each_source(stack: Stack, template: Render) -> None:
    queue = Queue(stack, "Jobs", fifo=True)
    _function(stack, events=[SqsEventSource(queue, enabled=False, batch_size=10)])

    (mapping,) = resources_of_type(template(stack), "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"]["Enabled"] is False
    assert mapping["Properties"]["BatchSize"] == 10


def test_imported_function_without_role_gets_a_warning_and_no_grant(stack: Stack, template: Render) -> None:
    queue = Queue(stack, "Orders")
    fn = Function.from_function_arn(stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:function:f")
    fn.add_event_source(SqsEventSource(queue))

    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::IAM::Policy") == {}
    warnings = [m.data for m in fn.node.metadata if m.type == "aws:cdk:warning"]
    assert warnings == [
        "Function 'Test/Imported' was imported without an IAM role so it was not granted access to consume "
        "messages from 'Test/Orders' [ack: @aws-cdk/aws-lambda-event-sources:sqsFunctionImportWithoutRole]"
    ]


def test_imported_function_with_role_grants_the_role(stack: Stack, template: Render) -> None:
    queue = Queue(stack, "Orders")
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    fn = Function.from_function_attributes(
        stack, "Imported", function_arn="arn:aws:lambda:us-east-1:123456789012:function:f", role=role
    )
    fn.add_event_source(SqsEventSource(queue))

    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["Roles"] == [{"Ref": "Role1ABCC5F0"}]


def test_unbound_source_has_no_mapping(stack: Stack) -> None:
    source = SqsEventSource(Queue(stack, "Orders"))

    with pytest.raises(ValidationError) as raised:
        _ = source.event_source_mapping_id

    assert str(raised.value) == (
        "Test/Orders: SqsEventSource is not bound to a function yet, so it has no event source mapping; call "
        "function.add_event_source(source) first"
    )


@pytest.mark.parametrize(
    ("fifo", "options", "message"),
    [
        (
            True,
            {"max_batching_window": Duration.seconds(1)},
            "Test/Queue: SqsEventSource: max_batching_window=Duration.seconds(1) is not supported by FIFO queues; "
            "drop max_batching_window",
        ),
        (
            False,
            {"max_batching_window": Duration.minutes(6)},
            "Test/Queue: SqsEventSource: max_batching_window=Duration.minutes(6) is out of range; use at most "
            "Duration.seconds(300)",
        ),
        (
            False,
            {"batch_size": 11},
            "Test/Queue: SqsEventSource: batch_size=11 is out of range; use 1 to 10, or set max_batching_window "
            "to allow up to 10000",
        ),
        (
            False,
            {"batch_size": 0},
            "Test/Queue: SqsEventSource: batch_size=0 is out of range; use 1 to 10, or set max_batching_window "
            "to allow up to 10000",
        ),
        (
            False,
            {"batch_size": 10_001, "max_batching_window": Duration.seconds(1)},
            "Test/Queue: SqsEventSource: batch_size=10001 is out of range; use 1 to 10000",
        ),
        (
            False,
            {"batch_size": 100, "max_batching_window": Duration.seconds(0)},
            "Test/Queue: SqsEventSource: batch_size=100 needs max_batching_window of at least Duration.seconds(1), "
            "not Duration.seconds(0); raise max_batching_window, or use a batch_size of at most 10",
        ),
        (
            False,
            {"max_concurrency": 5, "provisioned_poller_config": {"minimum_pollers": 2}},
            "Test/Queue: SqsEventSource: provisioned_poller_config and max_concurrency=5 are both set; pass only "
            "one of them",
        ),
        (
            False,
            {"provisioned_poller_config": {"minimum_pollers": 1}},
            "Test/Queue: provisioned_poller_config.minimum_pollers=1 is out of range; use 2 to 200",
        ),
        (
            False,
            {"provisioned_poller_config": {"maximum_pollers": 1}},
            "Test/Queue: provisioned_poller_config.maximum_pollers=1 is out of range; use 2 to 2000",
        ),
    ],
)
def test_source_rejects_bad_options(stack: Stack, fifo: bool, options: dict[str, Any], message: str) -> None:
    queue = Queue(stack, "Queue", fifo=fifo or None)

    with pytest.raises(ValidationError) as raised:
        SqsEventSource(queue, **options)

    assert str(raised.value) == message


def test_constructor_keywords_are_the_props_fields() -> None:
    keywords = [
        p for p in inspect.signature(SqsEventSource.__init__).parameters if p not in ("self", "queue")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(SqsEventSourceProps))
