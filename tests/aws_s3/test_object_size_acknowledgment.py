"""Bucket: the acknowledgment of the numeric object sizes (W9003) aws-cdk-lib records for lifecycle rules."""

from __future__ import annotations

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_s3 import Bucket, LifecycleRule

_ACKNOWLEDGMENT = {
    "CloudFormation-Validate::W9003": (
        "LifecycleRule.objectSizeLessThan and LifecycleRule.objectSizeGreaterThan are numbers for historical reasons"
    )
}


def acknowledgments(bucket: Bucket) -> list[object]:
    return [entry.data for entry in bucket.node.metadata if entry.type == "aws:cdk:acknowledged-rules"]


def test_rules_with_a_largest_object_size_acknowledge_the_rule_once(stack: Stack) -> None:
    bucket = Bucket(
        stack,
        "Archive",
        lifecycle_rules=[
            LifecycleRule(object_size_less_than=300000, expiration=Duration.days(30)),
            LifecycleRule(object_size_less_than=900000, expiration=Duration.days(90)),
        ],
    )
    bucket.add_lifecycle_rule(object_size_less_than=5000, expiration=Duration.days(7))
    assert acknowledgments(bucket) == [_ACKNOWLEDGMENT]


def test_a_rule_added_later_acknowledges_the_rule(stack: Stack) -> None:
    bucket = Bucket(stack, "Archive", lifecycle_rules=[LifecycleRule(expiration=Duration.days(30))])
    assert acknowledgments(bucket) == []
    bucket.add_lifecycle_rule(object_size_less_than=5000, expiration=Duration.days(7))
    assert acknowledgments(bucket) == [_ACKNOWLEDGMENT]


def test_a_smallest_object_size_alone_acknowledges_nothing(stack: Stack) -> None:
    # As in aws-cdk-lib, which checks object_size_less_than twice and object_size_greater_than never.
    bucket = Bucket(
        stack,
        "Archive",
        lifecycle_rules=[LifecycleRule(object_size_greater_than=200, expiration=Duration.days(30))],
    )
    assert acknowledgments(bucket) == []
