"""`Tags.of(...)` reaches the function behind Custom::S3BucketNotifications, as in aws-cdk-lib, whose
handler is a plain `AWS::Lambda::Function` resource with a tag manager of its own.

The whole output is compared with aws-cdk-lib's in the parity case `handler-tags`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack, Tags
from apigwv2_integrations.aws_s3 import Bucket, EventType
from apigwv2_integrations.aws_s3_notifications import SqsDestination
from apigwv2_integrations.aws_sqs import Queue

Render = Callable[[Stack], dict[str, Any]]
HANDLER = "BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691"


def _notify_queue(stack: Stack) -> None:
    Bucket(stack, "Inbox").add_event_notification(EventType.OBJECT_CREATED, SqsDestination(Queue(stack, "Q")))


def test_stack_tags_reach_the_notifications_handler_last_and_sorted(stack: Stack, template: Render) -> None:
    _notify_queue(stack)
    Tags.of(stack).add("team", "data")
    Tags.of(stack).add("cost-center", "42", include_resource_types=["AWS::Lambda::Function"])
    Tags.of(stack).add("queues-only", "yes", include_resource_types=["AWS::SQS::Queue"])

    properties = template(stack)["Resources"][HANDLER]["Properties"]

    assert list(properties)[-1] == "Tags"
    assert properties["Tags"] == [{"Key": "cost-center", "Value": "42"}, {"Key": "team", "Value": "data"}]


def test_an_untagged_notifications_handler_has_no_tags_property(stack: Stack, template: Render) -> None:
    _notify_queue(stack)

    assert "Tags" not in template(stack)["Resources"][HANDLER]["Properties"]
