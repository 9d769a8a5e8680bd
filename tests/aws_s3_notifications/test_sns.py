"""SnsDestination: a bucket publishes its notifications to a topic, whose policy (and key) allow it.

The whole output is compared with aws-cdk-lib's in the parity case `s3-notifications` (the key policy
statement in its `-flagged` twin).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.assertions import Annotations, Match
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_s3 import Bucket, EventType
from apigwv2_integrations.aws_s3_notifications import SnsDestination
from apigwv2_integrations.aws_sns import Topic
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

TRUST_FLAG = "@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions"


def _stack_with_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Stack:
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    return Stack(App(outdir=str(tmp_path / "cdk.out"), context={TRUST_FLAG: True}), "Test")


def test_the_topic_policy_lets_the_bucket_publish(stack: Stack, template: Render) -> None:
    topic = Topic(stack, "Events")
    Bucket(stack, "Uploads").add_event_notification(EventType.OBJECT_TAGGING, SnsDestination(topic))
    rendered = template(stack)
    [policy] = resources_of_type(rendered, "AWS::SNS::TopicPolicy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": "sns:Publish",
            "Condition": {"ArnLike": {"aws:SourceArn": {"Fn::GetAtt": ["Uploads4F6EB0FD", "Arn"]}}},
            "Effect": "Allow",
            "Principal": {"Service": "s3.amazonaws.com"},
            "Resource": {"Ref": "EventsD32975C2"},
            "Sid": "0",
        }
    ]
    [notifications] = resources_of_type(rendered, "Custom::S3BucketNotifications").values()
    assert notifications["Properties"]["NotificationConfiguration"] == {
        "TopicConfigurations": [{"Events": ["s3:ObjectTagging:*"], "TopicArn": {"Ref": "EventsD32975C2"}}]
    }
    assert notifications["DependsOn"] == [
        "EventsPolicyE4A9312A",
        "EventsD32975C2",
        "UploadsNotificationsHandlerPolicy4B83D677",
    ]
    assert_cfn_lint_clean(rendered)


def test_an_encrypted_topic_s_key_is_left_alone_without_the_flag(stack: Stack, template: Render) -> None:
    topic = Topic(stack, "Events", master_key=Key(stack, "EventsKey"))
    Bucket(stack, "Uploads").add_object_created_notification(SnsDestination(topic))
    [key] = resources_of_type(template(stack), "AWS::KMS::Key").values()
    assert len(key["Properties"]["KeyPolicy"]["Statement"]) == 1


def test_under_the_flag_an_encrypted_topic_s_key_lets_s3_encrypt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Render
) -> None:
    stack = _stack_with_flag(tmp_path, monkeypatch)
    topic = Topic(stack, "Events", master_key=Key(stack, "EventsKey"))
    Bucket(stack, "Uploads").add_object_created_notification(SnsDestination(topic))
    [key] = resources_of_type(template(stack), "AWS::KMS::Key").values()
    assert key["Properties"]["KeyPolicy"]["Statement"][1:] == [
        {
            "Action": ["kms:GenerateDataKey", "kms:Decrypt"],
            "Effect": "Allow",
            "Principal": {"Service": "s3.amazonaws.com"},
            "Resource": "*",
        }
    ]


def test_under_the_flag_an_imported_key_is_warned_about(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack = _stack_with_flag(tmp_path, monkeypatch)
    key = Key.from_key_arn(stack, "SharedKey", "arn:aws:kms:us-east-1:111111111111:key/shared")
    Bucket(stack, "Uploads").add_object_created_notification(
        SnsDestination(Topic(stack, "Events", master_key=key))
    )
    [warning] = Annotations.from_stack(stack).find_warning("/Test/SharedKey", Match.any_value())
    assert warning.entry.data.startswith("Can not change key policy of imported kms key.")
    assert '"kms:GenerateDataKey",\n    "kms:Decrypt"' in warning.entry.data
    assert warning.entry.data.endswith("[ack: @aws-cdk/aws-s3-notifications:snsKMSPermissionsNotAdded]")


def test_an_imported_topic_is_notified_as_it_is(stack: Stack, template: Render) -> None:
    topic = Topic.from_topic_arn(stack, "Events", "arn:aws:sns:us-east-1:111111111111:events")
    Bucket(stack, "Uploads").add_object_created_notification(SnsDestination(topic))
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::SNS::TopicPolicy") == {}
    [notifications] = resources_of_type(rendered, "Custom::S3BucketNotifications").values()
    assert notifications["DependsOn"] == ["UploadsNotificationsHandlerPolicy4B83D677"]
