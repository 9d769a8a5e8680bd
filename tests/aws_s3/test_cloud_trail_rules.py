"""Bucket: EventBridge rules for the bucket's CloudTrail events (`on_cloud_trail_*`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_events import EventPattern
from apigwv2_integrations.aws_events_targets import SqsQueue
from apigwv2_integrations.aws_s3 import Bucket, OnCloudTrailBucketEventOptions
from apigwv2_integrations.aws_sqs import Queue

Render = Callable[[Stack], dict[str, Any]]

BUCKET_ARN = {"Fn::GetAtt": ["Uploads4F6EB0FD", "Arn"]}


def object_arn(key: str) -> dict[str, Any]:
    return {"Fn::Join": ["", [BUCKET_ARN, f"/{key}"]]}


def rule_properties(template: dict[str, Any], logical_id: str) -> dict[str, Any]:
    resource = template["Resources"][logical_id]
    assert resource["Type"] == "AWS::Events::Rule"
    properties: dict[str, Any] = resource["Properties"]
    return properties


def test_on_cloud_trail_event_matches_the_bucket_arn_and_sends_to_the_target(
    stack: Stack, template: Render
) -> None:
    bucket = Bucket(stack, "Uploads")
    queue = Queue(stack, "Q")

    bucket.on_cloud_trail_event("AnyCall", target=SqsQueue(queue), description="any api call")

    properties = rule_properties(template(stack), "UploadsAnyCallA863A63D")
    assert properties["Description"] == "any api call"
    assert properties["EventPattern"] == {
        "source": ["aws.s3"],
        "detail-type": ["AWS API Call via CloudTrail"],
        "detail": {"resources": {"ARN": [BUCKET_ARN]}},
    }
    assert properties["Targets"] == [{"Arn": {"Fn::GetAtt": ["Q63C6E3AB", "Arn"]}, "Id": "Target0"}]


def test_on_cloud_trail_put_object_matches_object_arns_of_the_paths(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Uploads")

    bucket.on_cloud_trail_put_object(
        "Put", paths=["incoming/a.csv", "incoming/b.csv"], rule_name="uploads-put"
    )

    properties = rule_properties(template(stack), "UploadsPut7232884C")
    assert properties["Name"] == "uploads-put"
    assert properties["EventPattern"]["detail"] == {
        "resources": {"ARN": [object_arn("incoming/a.csv"), object_arn("incoming/b.csv")]},
        "eventName": ["PutObject"],
    }


def test_on_cloud_trail_write_object_matches_write_calls_on_the_bucket_name_and_keys(
    stack: Stack, template: Render
) -> None:
    bucket = Bucket(stack, "Uploads")

    bucket.on_cloud_trail_write_object(
        "Write",
        paths=["x/y"],
        event_pattern=EventPattern(account=["123456789012"], detail={"userIdentity": {"type": ["IAMUser"]}}),
    )

    # The user's pattern keeps its place; the bucket's fields follow in aws-cdk-lib's order.
    pattern = rule_properties(template(stack), "UploadsWriteE5025D1E")["EventPattern"]
    assert json.dumps(pattern) == json.dumps(
        {
            "account": ["123456789012"],
            "detail": {
                "userIdentity": {"type": ["IAMUser"]},
                "resources": {"ARN": [object_arn("x/y")]},
                "eventName": ["CompleteMultipartUpload", "CopyObject", "PutObject"],
                "requestParameters": {"bucketName": [{"Ref": "Uploads4F6EB0FD"}], "key": ["x/y"]},
            },
            "source": ["aws.s3"],
            "detail-type": ["AWS API Call via CloudTrail"],
        }
    )


def test_on_cloud_trail_write_object_without_paths_matches_only_the_bucket_name(
    stack: Stack, template: Render
) -> None:
    bucket = Bucket(stack, "Uploads")

    bucket.on_cloud_trail_write_object("WriteAll")

    detail = rule_properties(template(stack), "UploadsWriteAllD9C32BE8")["EventPattern"]["detail"]
    assert detail["requestParameters"] == {"bucketName": [{"Ref": "Uploads4F6EB0FD"}]}


def test_on_cloud_trail_put_object_of_an_imported_bucket_matches_its_arn(
    stack: Stack, template: Render
) -> None:
    imported = Bucket.from_bucket_name(stack, "Imp", "legacy-bucket")

    imported.on_cloud_trail_put_object("ImpPut")

    detail = rule_properties(template(stack), "ImpImpPutDFD2F48D")["EventPattern"]["detail"]
    assert detail["resources"] == {
        "ARN": [{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::legacy-bucket"]]}]
    }


def test_on_cloud_trail_bucket_event_options_store_paths_as_a_tuple() -> None:
    options = OnCloudTrailBucketEventOptions(paths=["a", "b"], rule_name="r")

    assert options.paths == ("a", "b")
    assert options.rule_name == "r"
