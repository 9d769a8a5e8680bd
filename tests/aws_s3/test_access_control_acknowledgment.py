"""Bucket: the acknowledgment of the deprecated-ACL rule (W3045) aws-cdk-lib records on a bucket with an ACL."""

from __future__ import annotations

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_s3 import Bucket, BucketAccessControl

_ACKNOWLEDGMENT = {
    "CloudFormation-Validate::W3045": "accessControl is deprecated, but we are still using it for historical reasons."
}


def acknowledgments(bucket: Bucket) -> list[object]:
    return [entry.data for entry in bucket.node.metadata if entry.type == "aws:cdk:acknowledged-rules"]


def test_bucket_taking_server_access_logs_acknowledges_the_acl_rule(stack: Stack) -> None:
    bucket = Bucket(stack, "Source", server_access_logs_prefix="logs/")
    assert acknowledgments(bucket) == [_ACKNOWLEDGMENT]


def test_bucket_given_an_acl_acknowledges_the_acl_rule(stack: Stack) -> None:
    bucket = Bucket(stack, "Shared", access_control=BucketAccessControl.PRIVATE)
    assert acknowledgments(bucket) == [_ACKNOWLEDGMENT]


def test_bucket_without_an_acl_acknowledges_nothing(stack: Stack) -> None:
    assert acknowledgments(Bucket(stack, "Plain")) == []


def test_log_delivery_through_the_bucket_policy_acknowledges_nothing() -> None:
    app = App(context={"@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy": True})
    bucket = Bucket(Stack(app, "Flagged"), "Source", server_access_logs_prefix="logs/")
    assert acknowledgments(bucket) == []
