"""Activity: its name, the encryption of its inputs, and the key policy a customer-managed key needs."""

from __future__ import annotations

from typing import Any

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_kms as kms
from apigwv2_integrations import aws_stepfunctions as sfn
from tests.conftest import resources_of_type


def test_activity_with_an_aws_owned_key_renders_only_the_type(stack: Stack, template: Any) -> None:
    activity = sfn.Activity(
        stack, "Audit", activity_name="audit", encryption_configuration=sfn.AwsOwnedEncryptionConfiguration()
    )
    (resource,) = resources_of_type(template(stack), "AWS::StepFunctions::Activity").values()
    assert resource["Properties"] == {"EncryptionConfiguration": {"Type": "AWS_OWNED_KEY"}, "Name": "audit"}
    assert isinstance(activity.encryption_configuration, sfn.AwsOwnedEncryptionConfiguration)


def test_activity_without_encryption_renders_no_encryption_configuration(stack: Stack, template: Any) -> None:
    activity = sfn.Activity(stack, "Audit")
    (resource,) = resources_of_type(template(stack), "AWS::StepFunctions::Activity").values()
    assert resource["Properties"] == {"Name": "TestAuditAEBFCB0B"}
    assert activity.encryption_configuration is None
    assert sfn.Activity.from_activity_name(stack, "Imported", "x").encryption_configuration is None


def test_activity_with_a_customer_managed_key_lets_step_functions_use_the_key_in_its_context(
    stack: Stack, template: Any
) -> None:
    key = kms.Key(stack, "Key")
    sfn.Activity(
        stack,
        "Signoff",
        activity_name="signoff",
        encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(key, Duration.minutes(2)),
    )
    rendered = template(stack)
    (resource,) = resources_of_type(rendered, "AWS::StepFunctions::Activity").values()
    assert resource["Properties"] == {
        "EncryptionConfiguration": {
            "KmsDataKeyReusePeriodSeconds": 120,
            "KmsKeyId": {"Fn::GetAtt": ["Key961B73FD", "Arn"]},
            "Type": "CUSTOMER_MANAGED_KMS_KEY",
        },
        "Name": "signoff",
    }
    (key_resource,) = resources_of_type(rendered, "AWS::KMS::Key").values()
    assert key_resource["Properties"]["KeyPolicy"]["Statement"][1] == {
        "Action": ["kms:Decrypt", "kms:GenerateDataKey"],
        "Condition": {
            "StringEquals": {
                "kms:EncryptionContext:aws:states:activityArn": {
                    "Fn::Join": [
                        "",
                        [
                            "arn:",
                            {"Ref": "AWS::Partition"},
                            ":states:",
                            {"Ref": "AWS::Region"},
                            ":",
                            {"Ref": "AWS::AccountId"},
                            ":activity:signoff",
                        ],
                    ]
                }
            }
        },
        "Effect": "Allow",
        "Principal": {"Service": "states.amazonaws.com"},
        "Resource": "*",
    }
