"""S3EventSource and S3EventSourceV2: a function invoked with a bucket's notifications.

The whole output is compared with aws-cdk-lib's in the parity case `s3-notifications`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from apigwv2_integrations.aws_lambda_event_sources import S3EventSource, S3EventSourceProps, S3EventSourceV2
from apigwv2_integrations.aws_s3 import Bucket, EventType, NotificationKeyFilter
from apigwv2_integrations.core.errors import ArgumentTypeError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack) -> Function:
    return Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return None\n"),
    )


def test_each_event_is_a_notification_with_the_filters(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    bucket = Bucket(stack, "Uploads")
    source = S3EventSource(
        bucket,
        events=[EventType.OBJECT_CREATED, EventType.OBJECT_REMOVED],
        filters=[NotificationKeyFilter(prefix="in/"), {"suffix": ".json"}],
    )
    fn.add_event_source(source)
    rendered = template(stack)
    assert source.bucket is bucket
    [notifications] = resources_of_type(rendered, "Custom::S3BucketNotifications").values()
    rules = [{"Name": "prefix", "Value": "in/"}, {"Name": "suffix", "Value": ".json"}]
    assert notifications["Properties"]["NotificationConfiguration"] == {
        "LambdaFunctionConfigurations": [
            {
                "Events": [event],
                "Filter": {"Key": {"FilterRules": rules}},
                "LambdaFunctionArn": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
            }
            for event in ("s3:ObjectCreated:*", "s3:ObjectRemoved:*")
        ]
    }
    # One permission serves both notifications.
    assert len(resources_of_type(rendered, "AWS::Lambda::Permission")) == 1
    assert_cfn_lint_clean(rendered)


def test_the_v2_source_takes_an_imported_bucket(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    bucket = Bucket.from_bucket_name(stack, "Uploads", "uploads-bucket")
    fn.add_event_source(S3EventSourceV2(bucket, events=[EventType.OBJECT_CREATED_COPY]))
    rendered = template(stack)
    [notifications] = resources_of_type(rendered, "Custom::S3BucketNotifications").values()
    assert notifications["Properties"]["BucketName"] == "uploads-bucket"
    assert notifications["Properties"]["Managed"] is False
    assert notifications["Properties"]["NotificationConfiguration"] == {
        "LambdaFunctionConfigurations": [
            {"Events": ["s3:ObjectCreated:Copy"], "LambdaFunctionArn": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}}
        ]
    }
    [permission] = resources_of_type(rendered, "AWS::Lambda::Permission").values()
    assert permission["Properties"]["SourceArn"] == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::uploads-bucket"]]
    }


def test_the_props_convert_filters_given_as_dicts() -> None:
    props = S3EventSourceProps(events=[EventType.OBJECT_CREATED], filters=[{"prefix": "a/"}])
    assert props.events == (EventType.OBJECT_CREATED,)
    assert props.filters == (NotificationKeyFilter(prefix="a/"),)


def test_the_first_source_takes_only_a_bucket_defined_in_the_app(stack: Stack) -> None:
    imported = Bucket.from_bucket_name(stack, "Uploads", "uploads-bucket")
    with pytest.raises(ArgumentTypeError) as error:
        S3EventSource(imported, events=[EventType.OBJECT_CREATED])  # type: ignore[arg-type]
    assert str(error.value).startswith("S3EventSource: bucket=")
    assert "use a Bucket" in str(error.value)
