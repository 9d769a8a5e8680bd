"""LambdaDestination: a bucket notifies a function it is allowed to invoke.

The whole output is compared with aws-cdk-lib's in the parity case `s3-notifications`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_lambda import Alias, Code, Function, Runtime
from apigwv2_integrations.aws_s3 import Bucket, EventType, NotificationKeyFilter
from apigwv2_integrations.aws_s3_notifications import LambdaDestination
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack, name: str = "Fn") -> Function:
    return Function(
        stack,
        name,
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return None\n"),
    )


def test_the_bucket_may_invoke_the_function_before_the_notifications_exist(
    stack: Stack, template: Render
) -> None:
    fn = _function(stack)
    bucket = Bucket(stack, "Uploads")
    bucket.add_event_notification(
        EventType.OBJECT_CREATED, LambdaDestination(fn), NotificationKeyFilter(prefix="in/")
    )
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::Lambda::Permission") == {
        "UploadsAllowBucketNotificationsToTestFn6E84344ED644FEAE": {
            "Type": "AWS::Lambda::Permission",
            "Properties": {
                "Action": "lambda:InvokeFunction",
                "FunctionName": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
                "Principal": "s3.amazonaws.com",
                "SourceAccount": {"Ref": "AWS::AccountId"},
                "SourceArn": {"Fn::GetAtt": ["Uploads4F6EB0FD", "Arn"]},
            },
        }
    }
    [notifications] = resources_of_type(rendered, "Custom::S3BucketNotifications").values()
    assert notifications["Properties"]["NotificationConfiguration"] == {
        "LambdaFunctionConfigurations": [
            {
                "Events": ["s3:ObjectCreated:*"],
                "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": "in/"}]}},
                "LambdaFunctionArn": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
            }
        ]
    }
    assert notifications["DependsOn"] == [
        "UploadsAllowBucketNotificationsToTestFn6E84344ED644FEAE",
        "UploadsNotificationsHandlerPolicy4B83D677",
    ]
    assert_cfn_lint_clean(rendered)


def test_one_permission_per_bucket_and_function(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    one, two = Bucket(stack, "One"), Bucket(stack, "Two")
    one.add_object_created_notification(LambdaDestination(fn))
    one.add_object_removed_notification(LambdaDestination(fn))
    two.add_object_created_notification(LambdaDestination(fn))
    permissions = resources_of_type(template(stack), "AWS::Lambda::Permission")
    assert [p["Properties"]["SourceArn"] for p in permissions.values()] == [
        {"Fn::GetAtt": [name, "Arn"]} for name in ("One8A44B909", "Two20CDA8F5")
    ]


def test_an_alias_is_allowed_under_its_own_name(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    alias = Alias(stack, "Live", alias_name="live", version=fn.current_version)
    Bucket(stack, "Uploads").add_object_created_notification(LambdaDestination(alias))
    [(name, permission)] = resources_of_type(template(stack), "AWS::Lambda::Permission").items()
    assert name.startswith("UploadsAllowBucketNotificationsToTestLive")
    assert permission["Properties"]["FunctionName"] == {"Ref": "Live848578DF"}


def test_a_function_of_another_account_gets_no_permission_and_no_dependency(
    stack: Stack, template: Render
) -> None:
    fn = Function.from_function_arn(stack, "Elsewhere", "arn:aws:lambda:us-east-1:123456789012:function:f")
    Bucket(stack, "Uploads").add_object_created_notification(LambdaDestination(fn))
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::Lambda::Permission") == {}
    [notifications] = resources_of_type(rendered, "Custom::S3BucketNotifications").values()
    assert notifications["DependsOn"] == ["UploadsNotificationsHandlerPolicy4B83D677"]
    configuration = notifications["Properties"]["NotificationConfiguration"]
    assert configuration["LambdaFunctionConfigurations"][0]["LambdaFunctionArn"] == fn.function_arn


def test_a_function_in_another_stack_is_exported(tmp_path: Any) -> None:
    app = App(outdir=str(tmp_path))
    buckets, functions = Stack(app, "Buckets"), Stack(app, "Functions")
    bucket = Bucket(buckets, "Shared")
    bucket.add_object_created_notification(LambdaDestination(_function(functions, "Remote")))
    assembly = app.synth()
    template = assembly.get_stack_by_name("Buckets").template
    [permission] = resources_of_type(template, "AWS::Lambda::Permission").values()
    assert permission["Properties"]["FunctionName"] == {
        "Fn::ImportValue": "Functions:ExportsOutputFnGetAttRemoteAA1C65E4Arn0413DBC3"
    }
