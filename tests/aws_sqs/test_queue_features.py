"""Queue: dead-letter queues, encryption, FIFO throughput settings, enforce_ssl, grants, metrics and imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_sqs import (
    DeadLetterQueue,
    DeduplicationScope,
    FifoThroughputLimit,
    Queue,
    QueueEncryption,
    RedriveAllowPolicy,
    RedrivePermission,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.cfn_lint import assert_cfn_lint_clean

Render = Callable[[Stack], dict[str, Any]]


def test_fifo_settings_make_a_fifo_queue(stack: Stack) -> None:
    queue = Queue(stack, "Queue", fifo_throughput_limit=FifoThroughputLimit.PER_MESSAGE_GROUP_ID)
    assert queue.fifo is True


def test_queue_metric_defaults(stack: Stack) -> None:
    queue = Queue(stack, "Queue")
    metric = queue.metric_approximate_number_of_messages_visible(period=Duration.minutes(1))
    assert (metric.namespace, metric.statistic, metric.period, stack.resolve(metric.dimensions)) == (
        "AWS/SQS",
        "Maximum",
        Duration.minutes(1),
        {"QueueName": {"Fn::GetAtt": ["Queue4A7E3555", "QueueName"]}},
    )
    outstanding = queue.metric_approximate_number_of_messages_outstanding()
    assert (outstanding.expression, outstanding.label) == (
        "visible + notVisible",
        "Approximate number of messages outstanding",
    )


def test_imported_queue_with_a_key_grants_on_the_key(stack: Stack) -> None:
    queue = Queue.from_queue_attributes(
        stack,
        "Imported",
        queue_arn="arn:aws:sqs:us-east-1:111111111111:jobs",
        key_arn="arn:aws:kms:us-east-1:111111111111:key/k",
    )
    assert (queue.encryption_type, queue.encryption_master_key.key_arn) == (  # type: ignore[attr-defined]
        QueueEncryption.KMS,
        "arn:aws:kms:us-east-1:111111111111:key/k",
    )


_DLQ_ARN = "arn:aws:sqs:us-east-1:123456789012:dead-letters"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"encryption": QueueEncryption.SQS_MANAGED, "encryption_master_key": "key"},
            "Test/Queue: encryption_master_key is given with encryption=QueueEncryption.SQS_MANAGED; "
            "use encryption=QueueEncryption.KMS or drop the key",
        ),
        (
            {"encryption": QueueEncryption.KMS, "data_key_reuse": Duration.seconds(30)},
            "Test/Queue: data_key_reuse=Duration.seconds(30) is out of range; use 1 minute to 24 hours",
        ),
        (
            {
                "dead_letter_queue": {
                    "queue": Queue.from_queue_arn(Stack(), "Dlq", _DLQ_ARN),
                    "max_receive_count": 0,
                }
            },
            "Test/Queue: dead_letter_queue.max_receive_count=0 is out of range; use 1 or more",
        ),
        (
            {"fifo": False, "deduplication_scope": DeduplicationScope.QUEUE},
            "Test/Queue: deduplication_scope=DeduplicationScope.QUEUE needs a FIFO queue, but fifo=False; "
            "pass fifo=True or drop deduplication_scope",
        ),
        (
            {"redrive_allow_policy": RedriveAllowPolicy(redrive_permission=RedrivePermission.BY_QUEUE)},
            "Test/Queue: redrive_allow_policy has redrive_permission=RedrivePermission.BY_QUEUE but no "
            "source_queues; list the source queues",
        ),
    ],
)
def test_queue_rejects_bad_options(stack: Stack, options: dict[str, Any], message: str) -> None:
    if options.get("encryption_master_key") == "key":
        options["encryption_master_key"] = Key(stack, "Key")
    with pytest.raises(ValidationError) as error:
        Queue(stack, "Queue", **options)
    assert str(error.value) == message


def test_imported_queue_rejects_fifo_with_a_standard_name(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Queue.from_queue_attributes(
            stack, "Imported", queue_arn="arn:aws:sqs:us-east-1:111111111111:jobs", fifo=True
        )
    assert str(error.value) == (
        "Test/Imported: fifo=True but the queue name 'jobs' does not end in '.fifo'; FIFO queue names do"
    )


def test_queues_template(stack: Stack, template: Render, snapshot_json: SnapshotAssertion) -> None:
    dead_letters = Queue(stack, "DeadLetters", encryption=QueueEncryption.SQS_MANAGED)
    queue = Queue(
        stack,
        "Jobs",
        fifo=True,
        deduplication_scope=DeduplicationScope.MESSAGE_GROUP,
        fifo_throughput_limit=FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
        dead_letter_queue=DeadLetterQueue(queue=Queue(stack, "JobsDlq", fifo=True), max_receive_count=5),
        encryption=QueueEncryption.KMS,
        data_key_reuse=Duration.hours(1),
        enforce_ssl=True,
    )
    Queue(stack, "Source", dead_letter_queue={"queue": dead_letters, "max_receive_count": 2})
    dead_letters_of = Queue(
        stack, "Restricted", redrive_allow_policy=RedriveAllowPolicy(source_queues=[dead_letters])
    )
    role = Role(stack, "Worker", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    queue.grant_consume_messages(role)
    queue.grant_send_messages(role)
    dead_letters_of.grant_purge(role)
    dead_letters.grant(ServicePrincipal("events.amazonaws.com"), "sqs:SendMessage")
    queue.metric_number_of_messages_sent().create_alarm(
        stack, "NothingSent", threshold=1, evaluation_periods=3
    )
    rendered = template(stack)
    assert_cfn_lint_clean(rendered)
    assert rendered == snapshot_json
