"""Queue: FIFO inference, ranges checked at the call, and queues imported by ARN."""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Aws, Duration, Fn, RemovalPolicy, Stack, Token
from apigwv2_integrations.aws_sqs import Queue, QueueProps
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import resource_of


def test_queue_keywords_match_props_fields() -> None:
    keywords = [p for p in inspect.signature(Queue.__init__).parameters if p not in ("self", "scope", "id")]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(QueueProps))


def test_queue_defaults_render_no_properties_and_are_destroyed(stack: Stack) -> None:
    queue = Queue(stack, "Queue")
    assert resource_of(queue) == {
        "Type": "AWS::SQS::Queue",
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }
    assert queue.fifo is False


def test_queue_renders_every_option_in_seconds(stack: Stack) -> None:
    queue = Queue(
        stack,
        "Queue",
        queue_name="orders.fifo",
        content_based_deduplication=True,
        delivery_delay=Duration.seconds(5),
        max_message_size_bytes=2048,
        receive_message_wait_time=Duration.seconds(20),
        retention_period=Duration.days(4),
        visibility_timeout=Duration.minutes(1),
        removal_policy=RemovalPolicy.RETAIN,
    )
    assert resource_of(queue) == {
        "Type": "AWS::SQS::Queue",
        "Properties": {
            "ContentBasedDeduplication": True,
            "DelaySeconds": 5,
            "FifoQueue": True,
            "MaximumMessageSize": 2048,
            "MessageRetentionPeriod": 345600,
            "QueueName": "orders.fifo",
            "ReceiveMessageWaitTimeSeconds": 20,
            "VisibilityTimeout": 60,
        },
        "UpdateReplacePolicy": "Retain",
        "DeletionPolicy": "Retain",
    }


@pytest.mark.parametrize(
    "options",
    [{"queue_name": "orders.fifo"}, {"fifo": True}, {"content_based_deduplication": True}],
    ids=["fifo-name", "fifo-flag", "content-based-deduplication"],
)
def test_queue_is_fifo_when_named_flagged_or_deduplicated(stack: Stack, options: dict[str, Any]) -> None:
    queue = Queue(stack, "Queue", **options)
    assert (resource_of(queue)["Properties"]["FifoQueue"], queue.fifo) == (True, True)


def test_queue_fifo_false_renders_nothing(stack: Stack) -> None:
    assert "Properties" not in resource_of(Queue(stack, "Queue", fifo=False))


def test_queue_attributes_are_ref_and_get_atts(stack: Stack) -> None:
    queue = Queue(stack, "Queue")
    assert (
        stack.resolve(queue.queue_url),
        stack.resolve(queue.queue_arn),
        stack.resolve(queue.queue_name),
    ) == (
        {"Ref": "Queue4A7E3555"},
        {"Fn::GetAtt": ["Queue4A7E3555", "Arn"]},
        {"Fn::GetAtt": ["Queue4A7E3555", "QueueName"]},
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"delivery_delay": Duration.seconds(901)},
            "Test/Queue: delivery_delay=Duration.seconds(901) is out of range; use 0 to 900 seconds",
        ),
        (
            {"max_message_size_bytes": 1023},
            "Test/Queue: max_message_size_bytes=1023 is out of range; use 1,024 to 1,048,576 bytes",
        ),
        (
            {"max_message_size_bytes": 1_048_577},
            "Test/Queue: max_message_size_bytes=1048577 is out of range; use 1,024 to 1,048,576 bytes",
        ),
        (
            {"retention_period": Duration.seconds(59)},
            "Test/Queue: retention_period=Duration.seconds(59) is out of range; use 60 seconds to 14 days (1,209,600 seconds)",
        ),
        (
            {"receive_message_wait_time": Duration.seconds(21)},
            "Test/Queue: receive_message_wait_time=Duration.seconds(21) is out of range; use 0 to 20 seconds",
        ),
        (
            {"visibility_timeout": Duration.seconds(43201)},
            "Test/Queue: visibility_timeout=Duration.seconds(43201) is out of range; use 0 seconds to 12 hours (43,200 seconds)",
        ),
        (
            {"visibility_timeout": Duration.millis(1500)},
            "Test/Queue: visibility_timeout=Duration.millis(1500) is not a whole number of seconds; use Duration.seconds(...)",
        ),
        (
            {"delivery_delay": Duration.seconds(901), "max_message_size_bytes": 1023},
            "Test/Queue: delivery_delay=Duration.seconds(901) is out of range; use 0 to 900 seconds",
        ),
        (
            {"queue_name": "orders.fifo", "fifo": False},
            "Test/Queue: queue_name='orders.fifo' ends in '.fifo' but fifo=False; drop the '.fifo' suffix or pass fifo=True",
        ),
        (
            {"queue_name": "orders", "fifo": True},
            "Test/Queue: queue_name='orders' does not end in '.fifo', which FIFO queues need; add the '.fifo' suffix or pass fifo=False",
        ),
        (
            {"queue_name": "orders", "content_based_deduplication": True},
            "Test/Queue: queue_name='orders' does not end in '.fifo', which FIFO queues need; add the '.fifo' suffix or drop content_based_deduplication",
        ),
        (
            {"fifo": False, "content_based_deduplication": True},
            "Test/Queue: content_based_deduplication=True needs a FIFO queue, but fifo=False; pass fifo=True or drop content_based_deduplication",
        ),
    ],
)
def test_queue_rejects_bad_options_at_the_call(stack: Stack, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        Queue(stack, "Queue", **options)
    assert str(error.value) == message


def test_queue_does_not_check_a_token_name_or_token_duration(stack: Stack) -> None:
    queue = Queue(
        stack,
        "Queue",
        queue_name=Aws.STACK_NAME,
        fifo=True,
        visibility_timeout=Duration.seconds(Token.as_number(Aws.ACCOUNT_ID)),
    )
    properties = resource_of(queue)["Properties"]
    assert (properties["QueueName"], properties["VisibilityTimeout"]) == (
        {"Ref": "AWS::StackName"},
        {"Ref": "AWS::AccountId"},
    )


def test_imported_queue_takes_name_url_and_fifo_from_the_arn(stack: Stack) -> None:
    queue = Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:eu-west-1:111111111111:jobs.fifo")
    assert (queue.queue_name, stack.resolve(queue.queue_url), queue.fifo) == (
        "jobs.fifo",
        {"Fn::Join": ["", ["https://sqs.eu-west-1.", {"Ref": "AWS::URLSuffix"}, "/111111111111/jobs.fifo"]]},
        True,
    )


def test_imported_queue_with_a_token_arn_splits_it(stack: Stack) -> None:
    queue = Queue.from_queue_arn(stack, "Imported", Fn.import_value("QueueArn"))
    parts = {"Fn::Split": [":", {"Fn::ImportValue": "QueueArn"}]}
    assert (stack.resolve(queue.queue_name), queue.fifo) == ({"Fn::Select": [5, parts]}, False)


def test_imported_queue_rejects_a_non_arn(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Queue.from_queue_arn(stack, "Imported", "jobs")
    assert str(error.value) == (
        "Test: queue_arn='jobs' is not an ARN; use 'arn:<partition>:sqs:<region>:<account>:<queue name>'"
    )
