"""Bucket takes a dict wherever aws_cdk takes a struct, in lists too, with snake_case or camelCase keys."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_s3 import (
    Bucket,
    BucketMetrics,
    CorsRule,
    HttpMethods,
    IntelligentTieringConfiguration,
    LifecycleRule,
    NoncurrentVersionTransition,
    RedirectTarget,
    RoutingRule,
    RoutingRuleCondition,
    StorageClass,
    Transition,
)
from apigwv2_integrations.core.errors import ArgumentTypeError
from tests.conftest import resources_of_type


def bucket_properties(app: App, name: str, **props: Any) -> dict[str, Any]:
    stack = Stack(app, name)
    Bucket(stack, "Data", **props)
    template = Template.from_stack(stack).to_json()
    return dict(next(iter(resources_of_type(template, "AWS::S3::Bucket").values()))["Properties"])


STRUCTS_AND_DICTS = [
    (
        {
            "lifecycle_rules": [
                LifecycleRule(expiration=Duration.days(30), tag_filters={"k": "v"}, prefix="a/")
            ]
        },
        {"lifecycle_rules": [{"expiration": Duration.days(30), "tag_filters": {"k": "v"}, "prefix": "a/"}]},
    ),
    (
        {"lifecycle_rules": [LifecycleRule(abort_incomplete_multipart_upload_after=Duration.days(1))]},
        {"lifecycle_rules": [{"abortIncompleteMultipartUploadAfter": Duration.days(1)}]},
    ),
    (
        {
            "lifecycle_rules": [
                LifecycleRule(
                    transitions=[
                        Transition(storage_class=StorageClass.GLACIER, transition_after=Duration.days(30))
                    ]
                )
            ]
        },
        {
            "lifecycle_rules": [
                {
                    "transitions": [
                        {"storageClass": StorageClass.GLACIER, "transitionAfter": Duration.days(30)}
                    ]
                }
            ]
        },
    ),
    (
        {"cors": [CorsRule(allowed_methods=[HttpMethods.GET], allowed_origins=["*"], max_age=10)]},
        {"cors": [{"allowed_methods": [HttpMethods.GET], "allowedOrigins": ["*"], "max_age": 10}]},
    ),
    (
        {"metrics": [BucketMetrics(id="m", tag_filters={"a": "b"})]},
        {"metrics": [{"id": "m", "tagFilters": {"a": "b"}}]},
    ),
    (
        {
            "intelligent_tiering_configurations": [
                IntelligentTieringConfiguration(name="t", archive_access_tier_time=Duration.days(100))
            ]
        },
        {
            "intelligent_tiering_configurations": [
                {"name": "t", "archive_access_tier_time": Duration.days(100)}
            ]
        },
    ),
    (
        {"website_redirect": RedirectTarget(host_name="example.com")},
        {"website_redirect": {"host_name": "example.com"}},
    ),
    (
        {
            "website_index_document": "index.html",
            "website_routing_rules": [
                RoutingRule(host_name="example.com", condition=RoutingRuleCondition(key_prefix_equals="a/"))
            ],
        },
        {
            "website_index_document": "index.html",
            "website_routing_rules": [{"hostName": "example.com", "condition": {"keyPrefixEquals": "a/"}}],
        },
    ),
]


@pytest.mark.parametrize(("structs", "dicts"), STRUCTS_AND_DICTS)
def test_a_dict_renders_as_the_struct_it_stands_for(
    app: App, structs: dict[str, Any], dicts: dict[str, Any]
) -> None:
    assert bucket_properties(app, "Dicts", **dicts) == bucket_properties(app, "Structs", **structs)


def test_add_lifecycle_rule_takes_transitions_as_dicts(app: App) -> None:
    by_dict = Bucket(Stack(app, "Dicts"), "Data", versioned=True)
    by_dict.add_lifecycle_rule(
        transitions=[{"storage_class": StorageClass.GLACIER, "transition_after": Duration.days(30)}],
        noncurrent_version_transitions=[
            {"storage_class": StorageClass.GLACIER, "transition_after": Duration.days(9)}
        ],
    )
    by_struct = Bucket(Stack(app, "Structs"), "Data", versioned=True)
    by_struct.add_lifecycle_rule(
        transitions=[Transition(storage_class=StorageClass.GLACIER, transition_after=Duration.days(30))],
        noncurrent_version_transitions=[
            NoncurrentVersionTransition(storage_class=StorageClass.GLACIER, transition_after=Duration.days(9))
        ],
    )
    assert Template.from_stack(by_dict.stack).to_json() == Template.from_stack(by_struct.stack).to_json()


def test_a_dict_with_a_key_the_struct_lacks_is_refused(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as error:
        Bucket(stack, "Data", lifecycle_rules=[{"expiration": Duration.days(1), "expires": 1}])
    assert str(error.value).startswith(
        "Test/Data: lifecycle_rules[0]={'expiration': Duration.days(1), 'expires': 1} has no key 'expires'; "
        "use one of 'abort_incomplete_multipart_upload_after', "
    )
