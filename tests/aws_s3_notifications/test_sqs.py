"""SqsDestination: a bucket sends its notifications to a queue, whose policy and key allow it.

The whole output is compared with aws-cdk-lib's in the parity case `s3-notifications`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.assertions import Annotations, Match
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_s3 import Bucket
from apigwv2_integrations.aws_s3_notifications import SqsDestination
from apigwv2_integrations.aws_sqs import Queue, QueueEncryption
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

S3_SENDS_FROM_THE_BUCKET = {
    "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
    "Condition": {"ArnLike": {"aws:SourceArn": {"Fn::GetAtt": ["Uploads4F6EB0FD", "Arn"]}}},
    "Effect": "Allow",
    "Principal": {"Service": "s3.amazonaws.com"},
    "Resource": {"Fn::GetAtt": ["JobsDF1CC2D4", "Arn"]},
}


def test_the_queue_policy_lets_the_bucket_send(stack: Stack, template: Render) -> None:
    queue = Queue(stack, "Jobs")
    Bucket(stack, "Uploads").add_object_created_notification(SqsDestination(queue))
    rendered = template(stack)
    [policy] = resources_of_type(rendered, "AWS::SQS::QueuePolicy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [S3_SENDS_FROM_THE_BUCKET]
    [notifications] = resources_of_type(rendered, "Custom::S3BucketNotifications").values()
    assert notifications["Properties"]["NotificationConfiguration"] == {
        "QueueConfigurations": [
            {"Events": ["s3:ObjectCreated:*"], "QueueArn": {"Fn::GetAtt": ["JobsDF1CC2D4", "Arn"]}}
        ]
    }
    # The queue and its policy exist before S3 checks that it can send.
    assert notifications["DependsOn"] == [
        "JobsPolicy30CCDE58",
        "JobsDF1CC2D4",
        "UploadsNotificationsHandlerPolicy4B83D677",
    ]
    assert_cfn_lint_clean(rendered)


def test_an_encrypted_queue_s_key_lets_s3_encrypt(stack: Stack, template: Render) -> None:
    key = Key(stack, "JobsKey")
    queue = Queue(stack, "Jobs", encryption=QueueEncryption.KMS, encryption_master_key=key)
    Bucket(stack, "Uploads").add_object_created_notification(SqsDestination(queue))
    rendered = template(stack)
    [key_resource] = resources_of_type(rendered, "AWS::KMS::Key").values()
    statements = key_resource["Properties"]["KeyPolicy"]["Statement"]
    assert statements[1:] == [
        {
            "Action": ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
            "Condition": {"ArnLike": {"aws:SourceArn": {"Fn::GetAtt": ["Uploads4F6EB0FD", "Arn"]}}},
            "Effect": "Allow",
            "Principal": {"Service": "s3.amazonaws.com"},
            "Resource": "*",
        },
        {
            "Action": ["kms:GenerateDataKey*", "kms:Decrypt"],
            "Effect": "Allow",
            "Principal": {"Service": "s3.amazonaws.com"},
            "Resource": "*",
        },
    ]
    assert_cfn_lint_clean(rendered)


def test_an_imported_key_is_warned_about(stack: Stack) -> None:
    key = Key.from_key_arn(stack, "SharedKey", "arn:aws:kms:us-east-1:111111111111:key/shared")
    queue = Queue(stack, "Jobs", encryption=QueueEncryption.KMS, encryption_master_key=key)
    Bucket(stack, "Uploads").add_object_created_notification(SqsDestination(queue))
    [warning] = Annotations.from_stack(stack).find_warning("/Test/SharedKey", Match.any_value())
    assert warning.entry.data == (
        "Can not change key policy of imported kms key. Ensure that your key policy contains the following "
        'permissions: \n{\n  "Action": [\n    "kms:GenerateDataKey*",\n    "kms:Decrypt"\n  ],\n  '
        '"Effect": "Allow",\n  "Principal": {\n    "Service": "s3.amazonaws.com"\n  },\n  "Resource": "*"\n}'
        " [ack: @aws-cdk/aws-s3-notifications:sqsKMSPermissionsNotAdded]"
    )


def test_an_imported_queue_is_notified_as_it_is(stack: Stack, template: Render) -> None:
    queue = Queue.from_queue_arn(stack, "Jobs", "arn:aws:sqs:us-east-1:111111111111:jobs")
    Bucket(stack, "Uploads").add_object_created_notification(SqsDestination(queue))
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::SQS::QueuePolicy") == {}
    [notifications] = resources_of_type(rendered, "Custom::S3BucketNotifications").values()
    configuration = notifications["Properties"]["NotificationConfiguration"]["QueueConfigurations"][0]
    assert configuration["QueueArn"] == "arn:aws:sqs:us-east-1:111111111111:jobs"
