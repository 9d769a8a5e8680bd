"""S3ObjectStorageMode of `Code.from_bucket_v2` (aws_lambda/s3_code.py): COPY renders, REFERENCE also lets Lambda
read the object through the bucket policy. The templates are those aws-cdk-lib 2.275.0 wrote."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, CfnParameter, Stack
from apigwv2_integrations import aws_kms as kms
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_s3 as s3
from apigwv2_integrations.assertions import Annotations, Match
from apigwv2_integrations.core.errors import ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
REFERENCE = lambda_.S3ObjectStorageMode.REFERENCE
WILDCARD_ACK = "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceWildcardSourceArn"


def function(stack: Stack, id: str, code: lambda_.Code, **options: Any) -> lambda_.Function:
    return lambda_.Function(
        stack, id, code=code, handler="index.handler", runtime=lambda_.Runtime.PYTHON_3_12, **options
    )


def source_arn(kind: str, name: str) -> dict[str, Any]:
    return {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":lambda:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                f":{kind}:{name}",
            ],
        ]
    }


def read_statement(key: str, kind: str, name: str) -> dict[str, Any]:
    return {
        "Action": ["s3:GetObject", "s3:GetObjectVersion"],
        "Condition": {
            "StringEquals": {"aws:SourceAccount": {"Ref": "AWS::AccountId"}},
            "ArnLike": {"aws:SourceArn": source_arn(kind, name)},
        },
        "Effect": "Allow",
        "Principal": {"Service": "lambda.amazonaws.com"},
        "Resource": {"Fn::Join": ["", [{"Fn::GetAtt": ["B08E7C7AF", "Arn"]}, f"/{key}"]]},
    }


@pytest.fixture
def s_stack(app: App) -> Stack:
    return Stack(app, "S")


def test_copy_renders_the_mode_only(s_stack: Stack, template: Render) -> None:
    bucket = s3.Bucket(s_stack, "B")
    code = lambda_.Code.from_bucket_v2(
        bucket, "k.zip", object_version="v1", s3_object_storage_mode=lambda_.S3ObjectStorageMode.COPY
    )
    function(s_stack, "F", code)
    rendered = template(s_stack)
    assert rendered["Resources"]["FC4345940"]["Properties"]["Code"] == {
        "S3Bucket": {"Ref": "B08E7C7AF"},
        "S3Key": "k.zip",
        "S3ObjectStorageMode": "COPY",
        "S3ObjectVersion": "v1",
    }
    assert resources_of_type(rendered, "AWS::S3::BucketPolicy") == {}


def test_reference_lets_the_named_function_or_every_function_read_the_object(
    s_stack: Stack, template: Render
) -> None:
    bucket = s3.Bucket(s_stack, "B")
    code = lambda_.Code.from_bucket_v2(bucket, "k.zip", object_version="v1", s3_object_storage_mode=REFERENCE)
    function(s_stack, "F", code, function_name="my-fn")
    function(s_stack, "G", code)
    rendered = template(s_stack)
    assert rendered["Resources"]["BPolicy3F02723E"]["Properties"]["PolicyDocument"]["Statement"] == [
        read_statement("k.zip", "function", "my-fn"),
        read_statement("k.zip", "function", "*"),
    ]
    assert rendered["Resources"]["FC4345940"]["DependsOn"] == ["BPolicy3F02723E", "FServiceRole3AC82EE1"]
    assert rendered["Resources"]["GCEB75847"]["DependsOn"] == ["BPolicy3F02723E", "GServiceRole4DC807D3"]
    assert rendered["Resources"]["GCEB75847"]["Properties"]["Code"]["S3ObjectStorageMode"] == "REFERENCE"
    warnings = Annotations.from_stack(s_stack).find_warning(
        "*", Match.string_like_regexp("a wildcard is used")
    )
    assert [(w.id, w.entry.data) for w in warnings] == [
        (
            "/S/G/Resource",
            "To avoid a circular dependency between the S3 bucket policy and the Lambda resource during "
            "deployment, a wildcard is used in the aws:SourceArn condition to match all Lambda functions in "
            "this account (access is still limited to this account via aws:SourceAccount).\nIt is strongly "
            "recommended to further scope down the policy by specifying an explicit functionName, following "
            f'the guidance in the "Self-managed S3 code storage" section of the module README. [ack: {WILDCARD_ACK}]',
        )
    ]
    assert_cfn_lint_clean(rendered)


def test_reference_with_an_unresolved_function_name_uses_the_wildcard(
    s_stack: Stack, template: Render
) -> None:
    bucket = s3.Bucket(s_stack, "B")
    name = CfnParameter(s_stack, "Name").value_as_string
    code = lambda_.Code.from_bucket_v2(bucket, "k.zip", object_version="v1", s3_object_storage_mode=REFERENCE)
    function(s_stack, "F", code, function_name=name)
    rendered = template(s_stack)
    assert rendered["Resources"]["BPolicy3F02723E"]["Properties"]["PolicyDocument"]["Statement"] == [
        read_statement("k.zip", "function", "*")
    ]


def test_reference_on_a_layer(s_stack: Stack, template: Render) -> None:
    bucket = s3.Bucket(s_stack, "B")
    lambda_.LayerVersion(
        s_stack,
        "L",
        layer_version_name="mylayer",
        code=lambda_.Code.from_bucket_v2(
            bucket, "l.zip", object_version="v1", s3_object_storage_mode=REFERENCE
        ),
    )
    lambda_.LayerVersion(
        s_stack,
        "L2",
        code=lambda_.Code.from_bucket_v2(
            bucket, "l2.zip", object_version="v1", s3_object_storage_mode=lambda_.S3ObjectStorageMode.COPY
        ),
    )
    rendered = template(s_stack)
    assert rendered["Resources"]["BPolicy3F02723E"]["Properties"]["PolicyDocument"]["Statement"] == [
        read_statement("l.zip", "layer", "mylayer")
    ]
    assert rendered["Resources"]["L2EA2915D"]["DependsOn"] == ["BPolicy3F02723E"]
    assert rendered["Resources"]["L2CD7B2F13"]["Properties"]["Content"]["S3ObjectStorageMode"] == "COPY"
    assert_cfn_lint_clean(rendered)


def test_reference_on_an_imported_bucket_warns(s_stack: Stack, template: Render) -> None:
    bucket = s3.Bucket.from_bucket_name(s_stack, "Artifacts", "artifacts-bucket")
    code = lambda_.Code.from_bucket_v2(bucket, "k.zip", object_version="v1", s3_object_storage_mode=REFERENCE)
    function(s_stack, "F", code, function_name="my-fn")
    rendered = template(s_stack)
    assert resources_of_type(rendered, "AWS::S3::BucketPolicy") == {}
    Annotations.from_stack(s_stack).has_warning(
        "/S/F/Resource",
        "Cannot update the policy of an imported bucket for S3ObjectStorageMode.REFERENCE. Grant the "
        "lambda.amazonaws.com service principal s3:GetObject and s3:GetObjectVersion on the referenced object "
        "manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-storage.html for "
        "the required policy. [ack: @aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedBucketPolicy]",
    )


def test_reference_needs_an_object_version(s_stack: Stack) -> None:
    bucket = s3.Bucket(s_stack, "B")
    with pytest.raises(ValidationError) as caught:
        lambda_.Code.from_bucket_v2(bucket, "k.zip", s3_object_storage_mode=REFERENCE)
    assert str(caught.value) == (
        "s3_object_storage_mode=S3ObjectStorageMode.REFERENCE needs object_version: Lambda reads only a "
        "versioned object in place; pass object_version= (the version of 'k.zip')"
    )


def test_reference_lets_lambda_decrypt_with_the_bucket_key(s_stack: Stack, template: Render) -> None:
    key = kms.Key(s_stack, "Key")
    bucket = s3.Bucket(s_stack, "B", encryption=s3.BucketEncryption.KMS, encryption_key=key)
    code = lambda_.Code.from_bucket_v2(bucket, "k.zip", object_version="v1", s3_object_storage_mode=REFERENCE)
    function(s_stack, "F", code, function_name="my-fn")
    rendered = template(s_stack)
    statements = rendered["Resources"]["Key961B73FD"]["Properties"]["KeyPolicy"]["Statement"]
    assert statements[1] == {
        "Action": "kms:Decrypt",
        "Condition": {
            "StringEquals": {
                "aws:SourceAccount": {"Ref": "AWS::AccountId"},
                "kms:ViaService": {"Fn::Join": ["", ["s3.", {"Ref": "AWS::Region"}, ".amazonaws.com"]]},
            },
            "ArnLike": {"aws:SourceArn": source_arn("function", "my-fn")},
        },
        "Effect": "Allow",
        "Principal": {"Service": "lambda.amazonaws.com"},
        "Resource": "*",
    }
    assert rendered["Resources"]["FC4345940"]["DependsOn"] == [
        "BPolicy3F02723E",
        "FServiceRole3AC82EE1",
        "Key961B73FD",
    ]


def test_reference_with_an_imported_key_warns(s_stack: Stack) -> None:
    key = kms.Key.from_key_arn(
        s_stack, "Key", "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    )
    bucket = s3.Bucket.from_bucket_attributes(
        s_stack, "Artifacts", bucket_name="artifacts", encryption_key=key
    )
    code = lambda_.Code.from_bucket_v2(bucket, "k.zip", object_version="v1", s3_object_storage_mode=REFERENCE)
    function(s_stack, "F", code, function_name="my-fn")
    Annotations.from_stack(s_stack).has_warning(
        "/S/F/Resource",
        "Cannot update the policy of the KMS key encrypting the code bucket for S3ObjectStorageMode.REFERENCE. "
        "Grant the lambda.amazonaws.com service principal kms:Decrypt on that key manually. See "
        "https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-storage.html for the required "
        "policy. [ack: @aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedKeyPolicy]",
    )
