"""SqsSendMessage: the sendMessage integration, the grant on the queue and its key, and the errors."""

from __future__ import annotations

import inspect

import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations import aws_kms as kms
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements, state_json


def test_sqs_send_message_keywords_match_its_props() -> None:
    keywords = set(inspect.signature(tasks.SqsSendMessage.__init__).parameters) - {"self", "scope", "id"}
    assert keywords == {f.name for f in fields_of(tasks.SqsSendMessageProps)}


def test_send_renders_the_queue_url_and_options(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Queue")
    task = tasks.SqsSendMessage(
        stack,
        "Send",
        queue=queue,
        message_body=sfn.TaskInput.from_object({"id": sfn.JsonPath.string_at("$.id")}),
        delay=Duration.minutes(1),
        message_group_id="g",
        message_deduplication_id="d",
    )
    assert state_json(stack, task)["Parameters"] == {
        "QueueUrl": {"Ref": "Queue4A7E3555"},
        "MessageBody": {"id.$": "$.id"},
        "DelaySeconds": 60,
        "MessageDeduplicationId": "d",
        "MessageGroupId": "g",
    }


def test_sending_to_an_encrypted_queue_may_use_its_key(stack: Stack) -> None:
    key = kms.Key(stack, "Key")
    queue = sqs.Queue(stack, "Queue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)
    machine(
        stack, tasks.SqsSendMessage(stack, "Send", queue=queue, message_body=sfn.TaskInput.from_text("x"))
    )
    assert policy_statements(stack) == [
        {
            "Action": "sqs:SendMessage",
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Queue4A7E3555", "Arn"]},
        },
        {
            "Action": ["kms:Decrypt", "kms:GenerateDataKey*"],
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Key961B73FD", "Arn"]},
        },
    ]


def test_a_jsonata_send_waits_for_a_token_read_with_jsonata(stack: Stack) -> None:
    task = tasks.SqsSendMessage.jsonata(
        stack,
        "Send",
        queue=sqs.Queue(stack, "Queue"),
        message_body=sfn.TaskInput.from_object({"token": "{% $states.context.Task.Token %}"}),
        integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    )
    rendered = state_json(stack, task)
    assert rendered["Resource"] == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":states:::sqs:sendMessage.waitForTaskToken"]]
    }
    assert rendered["Arguments"]["MessageBody"] == {"token": "{% $states.context.Task.Token %}"}


def test_a_callback_needs_the_task_token_in_the_body(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        tasks.SqsSendMessage(
            stack,
            "Send",
            queue=sqs.Queue(stack, "Queue"),
            message_body=sfn.TaskInput.from_text("x"),
            integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        )
    assert str(error.value) == (
        "Test/Send: message_body does not contain the task token, which "
        "integration_pattern=IntegrationPattern.WAIT_FOR_TASK_TOKEN needs; put JsonPath.task_token (JSONPath) "
        "or '{% $states.context.Task.Token %}' (JSONata) in it"
    )
