"""SnsPublish: the publish integration, message attributes of every data type, FIFO topics, and the errors."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations import aws_sns as sns
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements, state_json

D = tasks.MessageAttributeDataType


def _publish(stack: Stack, id: str = "Publish", **options: Any) -> tasks.SnsPublish:
    topic = stack.node.try_find_child("Topic") or sns.Topic(stack, "Topic")
    return tasks.SnsPublish(stack, id, topic=topic, message=sfn.TaskInput.from_text("hello"), **options)


def test_sns_publish_keywords_match_its_props() -> None:
    keywords = set(inspect.signature(tasks.SnsPublish.__init__).parameters) - {"self", "scope", "id"}
    assert keywords == {f.name for f in fields_of(tasks.SnsPublishProps)}


def test_publish_renders_the_topic_and_message_and_allows_publishing(stack: Stack) -> None:
    task = _publish(stack, subject="Hi")
    assert state_json(stack, task) == {
        "End": True,
        "Type": "Task",
        "Resource": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":states:::sns:publish"]]},
        "Parameters": {"TopicArn": {"Ref": "TopicBFC7AF6E"}, "Message": "hello", "Subject": "Hi"},
    }
    machine(stack, task)
    assert policy_statements(stack) == [
        {"Action": "sns:Publish", "Effect": "Allow", "Resource": {"Ref": "TopicBFC7AF6E"}}
    ]


def test_message_attributes_get_their_data_type_from_the_value(stack: Stack) -> None:
    task = _publish(
        stack,
        message_attributes={
            "text": tasks.MessageAttribute(value="x"),
            "number": tasks.MessageAttribute(value=1.5),
            "whole": {"value": 2.0},
            "flag": tasks.MessageAttribute(value=False, data_type=D.STRING),
            "list": tasks.MessageAttribute(value=["a", 1, None, True]),
            "object": tasks.MessageAttribute(value={"k": 1}),
            "path": tasks.MessageAttribute(value=sfn.JsonPath.string_at("$.n"), data_type=D.NUMBER),
            "binary": tasks.MessageAttribute(value=["a", "b"], data_type=D.BINARY),
            "binary_path": tasks.MessageAttribute(value=sfn.JsonPath.string_at("$.b"), data_type=D.BINARY),
            "jsonata": tasks.MessageAttribute(value="{% $n %}", data_type=D.NUMBER),
        },
    )
    assert state_json(stack, task)["Parameters"]["MessageAttributes"] == {
        "text": {"DataType": "String", "StringValue": "x"},
        "number": {"DataType": "Number", "StringValue": "1.5"},
        "whole": {"DataType": "Number", "StringValue": "2"},
        "flag": {"DataType": "String", "StringValue": "false"},
        "list": {"DataType": "String.Array", "StringValue": '["a",1,null,true]'},
        # As aws-cdk-lib: JavaScript's text of an object.
        "object": {"DataType": "String", "StringValue": "[object Object]"},
        "path": {"DataType": "Number", "StringValue.$": "$.n"},
        "binary": {"DataType": "Binary", "BinaryValue": "a,b"},
        "binary_path": {"DataType": "Binary", "BinaryValue.$": "$.b"},
        # A JSONata expression is always sent as a String.
        "jsonata": {"DataType": "String", "StringValue": "{% $n %}"},
    }


def test_message_per_subscription_type_and_fifo_ids(stack: Stack) -> None:
    topic = sns.Topic(stack, "Orders", fifo=True, topic_name="orders.fifo")
    task = tasks.SnsPublish(
        stack,
        "Publish",
        topic=topic,
        message=sfn.TaskInput.from_object({"default": "d", "sqs": sfn.JsonPath.string_at("$.m")}),
        message_per_subscription_type=True,
        message_group_id="g",
        message_deduplication_id=sfn.JsonPath.string_at("$.id"),
    )
    assert state_json(stack, task)["Parameters"] == {
        "TopicArn": {"Ref": "OrdersA9B65338"},
        "Message": {"default": "d", "sqs.$": "$.m"},
        "MessageDeduplicationId.$": "$.id",
        "MessageGroupId": "g",
        "MessageStructure": "json",
    }


def test_a_fifo_topic_with_content_based_deduplication_needs_no_deduplication_id(stack: Stack) -> None:
    topic = sns.Topic(stack, "Orders", fifo=True, topic_name="orders.fifo", content_based_deduplication=True)
    task = tasks.SnsPublish(
        stack, "Publish", topic=topic, message=sfn.TaskInput.from_text("m"), message_group_id="g"
    )
    assert "MessageDeduplicationId" not in state_json(stack, task)["Parameters"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {},
            "message_group_id is missing; a FIFO topic needs a message group id, e.g. message_group_id='orders'",
        ),
        (
            {"message_group_id": ""},
            "message_group_id='' is empty; a FIFO topic needs a message group id, e.g. message_group_id='orders'",
        ),
        (
            {"message_group_id": "g" * 129},
            f"message_group_id={'g' * 129!r} is 129 characters long; use at most 128",
        ),
        (
            {"message_group_id": "g"},
            "message_deduplication_id is missing; a FIFO topic without content-based deduplication needs one, "
            "e.g. message_deduplication_id=JsonPath.string_at('$.id')",
        ),
        (
            {"message_group_id": "g", "message_deduplication_id": "d" * 129},
            f"message_deduplication_id={'d' * 129!r} is 129 characters long; use at most 128",
        ),
    ],
)
def test_fifo_topic_errors(stack: Stack, options: dict[str, Any], message: str) -> None:
    topic = sns.Topic.from_topic_arn(stack, "Orders", "arn:aws:sns:us-east-1:123456789012:orders.fifo")
    with pytest.raises(ValidationError) as error:
        tasks.SnsPublish(stack, "Publish", topic=topic, message=sfn.TaskInput.from_text("m"), **options)
    assert str(error.value) == f"Test/Publish: {message}"


@pytest.mark.parametrize(
    ("attribute", "message"),
    [
        (
            tasks.MessageAttribute(value="5", data_type=D.NUMBER),
            "message_attributes['a'] has value='5', a string, but data_type=MessageAttributeDataType.NUMBER; "
            "use a number value, or leave data_type unset to derive it",
        ),
        (
            tasks.MessageAttribute(value=5, data_type=D.STRING),
            "message_attributes['a'] has value=5, a number, but data_type=MessageAttributeDataType.STRING; "
            "use a string or boolean value, or leave data_type unset to derive it",
        ),
        (
            tasks.MessageAttribute(value="x", data_type=D.STRING_ARRAY),
            "message_attributes['a'] has value='x', a string, but data_type=MessageAttributeDataType.STRING_ARRAY; "
            "use a list value, or leave data_type unset to derive it",
        ),
        (
            tasks.MessageAttribute(value=["x"], data_type=D.STRING_ARRAY),
            "message_attributes['a'] has data_type=MessageAttributeDataType.STRING_ARRAY with a non-empty list, "
            "which aws-cdk-lib refuses; leave data_type unset: a list is sent as String.Array",
        ),
    ],
)
def test_an_attribute_whose_value_does_not_fit_its_data_type_fails_when_rendered(
    stack: Stack, attribute: tasks.MessageAttribute, message: str
) -> None:
    task = _publish(stack, message_attributes={"a": attribute})  # an unused state is not checked
    with pytest.raises(ValidationError) as error:
        machine(stack, task)
    assert str(error.value) == f"Test/Publish: {message}"


def test_publish_errors_of_the_integration_pattern(stack: Stack) -> None:
    with pytest.raises(ValidationError) as run_job:
        _publish(stack, "RunJob", integration_pattern=sfn.IntegrationPattern.RUN_JOB)
    assert str(run_job.value) == (
        "Test/RunJob: integration_pattern=IntegrationPattern.RUN_JOB is not supported by SnsPublish; "
        "use IntegrationPattern.REQUEST_RESPONSE or IntegrationPattern.WAIT_FOR_TASK_TOKEN"
    )
    with pytest.raises(ValidationError) as no_token:
        _publish(stack, "Wait", integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN)
    assert str(no_token.value) == (
        "Test/Wait: message does not contain the task token, which "
        "integration_pattern=IntegrationPattern.WAIT_FOR_TASK_TOKEN needs; put JsonPath.task_token (JSONPath) "
        "or '{% $states.context.Task.Token %}' (JSONata) in it"
    )
