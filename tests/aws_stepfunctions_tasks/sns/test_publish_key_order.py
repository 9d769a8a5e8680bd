"""SnsPublish writes its parameters in aws-cdk-lib's order, which shows in the definition text (sns/publish.py)."""

from __future__ import annotations

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_sns as sns
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from tests.aws_stepfunctions_tasks.conftest import state_json


def test_message_attributes_follow_message_structure_and_group(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic", fifo=True, content_based_deduplication=True)
    publish = tasks.SnsPublish(
        stack,
        "Publish",
        topic=topic,
        message=sfn.TaskInput.from_object({"default": "x"}),
        message_attributes={"k": tasks.MessageAttribute(value="v")},
        message_per_subscription_type=True,
        message_group_id="g",
        message_deduplication_id="d",
        subject="s",
    )
    assert list(state_json(stack, publish)["Parameters"]) == [
        "TopicArn",
        "Message",
        "MessageDeduplicationId",
        "MessageGroupId",
        "MessageStructure",
        "MessageAttributes",
        "Subject",
    ]
