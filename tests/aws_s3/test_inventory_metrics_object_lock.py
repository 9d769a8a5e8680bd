"""Bucket: S3 Inventory, request metrics, object lock, the default minimum transition size and namespaces."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Fn, Stack, Token
from apigwv2_integrations.aws_s3 import (
    Bucket,
    BucketMetrics,
    BucketNamespace,
    Inventory,
    InventoryDestination,
    InventoryFormat,
    InventoryFrequency,
    InventoryObjectVersion,
    LifecycleRule,
    ObjectLockMode,
    ObjectLockRetention,
    TransitionDefaultMinimumObjectSize,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.cfn_lint import assert_cfn_lint_clean

Render = Callable[[Stack], dict[str, Any]]


def _bucket_properties(rendered: dict[str, Any], logical_id: str) -> dict[str, Any]:
    properties: dict[str, Any] = rendered["Resources"][logical_id].get("Properties", {})
    return properties


def _arn_of(logical_id: str) -> dict[str, Any]:
    return {"Fn::GetAtt": [logical_id, "Arn"]}


def test_inventory_defaults_to_a_weekly_csv_list_of_all_versions(stack: Stack, template: Render) -> None:
    reports = Bucket(stack, "Reports")
    Bucket(stack, "Data", inventories=[Inventory(destination=InventoryDestination(bucket=reports))])
    rendered = template(stack)
    assert _bucket_properties(rendered, "Data666C94C7")["InventoryConfigurations"] == [
        {
            "Destination": {"BucketArn": _arn_of("Reports65402A0A"), "Format": "CSV"},
            "Enabled": True,
            "Id": "DataInventory0",
            "IncludedObjectVersions": "All",
            "ScheduleFrequency": "Weekly",
        }
    ]
    assert_cfn_lint_clean(rendered)


def test_inventory_renders_every_option(stack: Stack, template: Render) -> None:
    reports = Bucket(stack, "Reports")
    bucket = Bucket(stack, "Data")
    bucket.add_inventory(
        destination={"bucket": reports, "bucket_owner": "123456789012", "prefix": "daily/"},
        enabled=False,
        format=InventoryFormat.PARQUET,
        frequency=InventoryFrequency.DAILY,
        include_object_versions=InventoryObjectVersion.CURRENT,
        inventory_id="daily_list.v-1",
        objects_prefix="logs/",
        optional_fields=("Size", "ETag"),
    )
    rendered = template(stack)
    assert _bucket_properties(rendered, "Data666C94C7")["InventoryConfigurations"] == [
        {
            "Destination": {
                "BucketAccountId": "123456789012",
                "BucketArn": _arn_of("Reports65402A0A"),
                "Format": "Parquet",
                "Prefix": "daily/",
            },
            "Enabled": False,
            "Id": "daily_list.v-1",
            "IncludedObjectVersions": "Current",
            "OptionalFields": ["Size", "ETag"],
            "Prefix": "logs/",
            "ScheduleFrequency": "Daily",
        }
    ]
    assert_cfn_lint_clean(rendered)


def test_inventory_lets_s3_write_to_a_destination_bucket_of_the_app(stack: Stack, template: Render) -> None:
    reports = Bucket(stack, "Reports")
    Bucket(
        stack,
        "Data",
        inventories=[
            Inventory(destination=InventoryDestination(bucket=reports)),
            Inventory(
                destination=InventoryDestination(bucket=reports, prefix="orc/"), format=InventoryFormat.ORC
            ),
        ],
    )
    rendered = template(stack)
    statements = rendered["Resources"]["ReportsPolicyA13B441D"]["Properties"]["PolicyDocument"]["Statement"]

    def statement(objects: str) -> dict[str, Any]:
        return {
            "Action": "s3:PutObject",
            "Condition": {"ArnLike": {"aws:SourceArn": _arn_of("Data666C94C7")}},
            "Effect": "Allow",
            "Principal": {"Service": "s3.amazonaws.com"},
            "Resource": [
                _arn_of("Reports65402A0A"),
                {"Fn::Join": ["", [_arn_of("Reports65402A0A"), objects]]},
            ],
        }

    assert statements == [statement("/*"), statement("/orc/*")]
    ids = [c["Id"] for c in _bucket_properties(rendered, "Data666C94C7")["InventoryConfigurations"]]
    assert ids == ["DataInventory0", "DataInventory1"]
    assert_cfn_lint_clean(rendered)


def test_inventory_to_an_imported_bucket_adds_no_policy(stack: Stack, template: Render) -> None:
    central = Bucket.from_bucket_name(stack, "Central", "central-reports")
    Bucket(stack, "Data").add_inventory(destination=InventoryDestination(bucket=central))
    rendered = template(stack)
    assert [r["Type"] for r in rendered["Resources"].values()] == ["AWS::S3::Bucket"]
    destination = _bucket_properties(rendered, "Data666C94C7")["InventoryConfigurations"][0]["Destination"]
    assert destination["BucketArn"] == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::central-reports"]]
    }


@pytest.mark.parametrize("inventory_id", ["bad id!", "a" * 65, ""])
def test_inventory_id_rejects_other_characters_and_more_than_64(stack: Stack, inventory_id: str) -> None:
    reports = Bucket(stack, "Reports")
    with pytest.raises(ValidationError) as error:
        Bucket(
            stack,
            "Data",
            inventories=[
                Inventory(destination=InventoryDestination(bucket=reports), inventory_id=inventory_id)
            ],
        )
    assert str(error.value) == (
        f"Test/Data: inventory_id={inventory_id!r} is not valid; use 1 to 64 letters, digits, "
        "underscores (_), periods (.) and hyphens (-)"
    )


def test_inventory_id_from_a_token_is_left_to_cloudformation(stack: Stack, template: Render) -> None:
    reports = Bucket(stack, "Reports")
    Bucket(stack, "Data").add_inventory(
        destination=InventoryDestination(bucket=reports), inventory_id=Fn.ref("AWS::StackName")
    )
    inventory = _bucket_properties(template(stack), "Data666C94C7")["InventoryConfigurations"][0]
    assert inventory["Id"] == {"Ref": "AWS::StackName"}


def test_inventory_rejects_the_bucket_itself_as_destination(stack: Stack) -> None:
    bucket = Bucket(stack, "Data")
    with pytest.raises(ValidationError) as error:
        bucket.add_inventory(destination=InventoryDestination(bucket=bucket))
    assert str(error.value) == (
        "Test/Data: inventory destination bucket is this bucket, which CloudFormation cannot reference in "
        "its own properties; write the inventory lists to another bucket"
    )


def test_metrics_render_ids_prefixes_and_tag_filters(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Data", metrics=[BucketMetrics(id="EntireBucket")])
    bucket.add_metric(id="Logs", prefix="logs/", tag_filters={"team": "data", "tier": "hot"})
    rendered = template(stack)
    assert _bucket_properties(rendered, "Data666C94C7")["MetricsConfigurations"] == [
        {"Id": "EntireBucket"},
        {
            "Id": "Logs",
            "Prefix": "logs/",
            "TagFilters": [{"Key": "team", "Value": "data"}, {"Key": "tier", "Value": "hot"}],
        },
    ]
    assert_cfn_lint_clean(rendered)


def test_object_lock_default_retention_turns_object_lock_on(stack: Stack, template: Render) -> None:
    Bucket(stack, "Data", object_lock_default_retention=ObjectLockRetention.governance(Duration.days(30)))
    rendered = template(stack)
    properties = _bucket_properties(rendered, "Data666C94C7")
    assert properties == {
        "ObjectLockConfiguration": {
            "ObjectLockEnabled": "Enabled",
            "Rule": {"DefaultRetention": {"Days": 30, "Mode": "GOVERNANCE"}},
        },
        "ObjectLockEnabled": True,
    }
    assert_cfn_lint_clean(rendered)


@pytest.mark.parametrize("enabled", [True, False])
def test_object_lock_enabled_alone_renders_only_the_flag(
    stack: Stack, template: Render, enabled: bool
) -> None:
    Bucket(stack, "Data", object_lock_enabled=enabled, versioned=False)
    assert _bucket_properties(template(stack), "Data666C94C7") == {"ObjectLockEnabled": enabled}


def test_object_lock_retention_in_compliance_mode_keeps_its_days(stack: Stack, template: Render) -> None:
    retention = ObjectLockRetention.compliance(Duration.days(365 * 7))
    assert (retention.mode, retention.duration.to_days()) == (ObjectLockMode.COMPLIANCE, 2555)
    assert repr(retention) == "ObjectLockRetention.compliance(Duration.days(2555))"
    Bucket(stack, "Data", object_lock_enabled=True, object_lock_default_retention=retention)
    lock = _bucket_properties(template(stack), "Data666C94C7")["ObjectLockConfiguration"]
    assert lock["Rule"]["DefaultRetention"] == {"Days": 2555, "Mode": "COMPLIANCE"}


def test_object_lock_default_retention_rejects_object_lock_disabled(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Bucket(
            stack,
            "Data",
            object_lock_enabled=False,
            object_lock_default_retention=ObjectLockRetention.governance(Duration.days(1)),
        )
    assert str(error.value) == (
        "Test/Data: object_lock_default_retention=ObjectLockRetention.governance(Duration.days(1)) needs "
        "object lock, but object_lock_enabled=False; pass object_lock_enabled=True or drop "
        "object_lock_default_retention"
    )


@pytest.mark.parametrize(
    ("duration", "message"),
    [
        (Duration.days(0), "duration=Duration.days(0) is shorter than a day; use at least Duration.days(1)"),
        (
            Duration.hours(2),
            "duration=Duration.hours(2) is shorter than a day; use at least Duration.days(1)",
        ),
        (
            Duration.days(36501),
            "duration=Duration.days(36501) is longer than 100 years; use at most Duration.days(36500)",
        ),
        (
            Duration.hours(36),
            "duration=Duration.hours(36) is not a whole number of days; use Duration.days(...)",
        ),
    ],
)
def test_object_lock_retention_rejects_durations_s3_does_not_take(duration: Duration, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        ObjectLockRetention.compliance(duration)
    assert str(error.value) == message


def test_object_lock_retention_from_a_token_is_left_to_cloudformation(stack: Stack, template: Render) -> None:
    days = Token.as_number(Fn.ref("RetentionDays"))
    Bucket(stack, "Data", object_lock_default_retention=ObjectLockRetention.governance(Duration.days(days)))
    lock = _bucket_properties(template(stack), "Data666C94C7")["ObjectLockConfiguration"]
    assert lock["Rule"]["DefaultRetention"] == {"Days": {"Ref": "RetentionDays"}, "Mode": "GOVERNANCE"}


def test_transition_default_minimum_object_size_sits_in_the_lifecycle_configuration(
    stack: Stack, template: Render
) -> None:
    Bucket(
        stack,
        "Data",
        lifecycle_rules=[LifecycleRule(expiration=Duration.days(3))],
        transition_default_minimum_object_size=TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS,
    )
    Bucket(
        stack,
        "NoRules",
        transition_default_minimum_object_size=TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K,
    )
    rendered = template(stack)
    assert _bucket_properties(rendered, "Data666C94C7")["LifecycleConfiguration"] == {
        "Rules": [{"ExpirationInDays": 3, "Status": "Enabled"}],
        "TransitionDefaultMinimumObjectSize": "varies_by_storage_class",
    }
    assert "LifecycleConfiguration" not in _bucket_properties(rendered, "NoRulesF02F887F")


def test_add_inventory_and_add_metric_take_the_struct_keywords() -> None:
    def keywords(method: Callable[..., Any]) -> list[str]:
        return [p for p in inspect.signature(method).parameters if p != "self"]

    assert keywords(Bucket.add_inventory) == [f.name for f in attrs.fields(Inventory)]
    assert keywords(Bucket.add_metric) == [f.name for f in attrs.fields(BucketMetrics)]


def test_account_regional_namespace_renders_the_name_prefix(stack: Stack, template: Render) -> None:
    Bucket(stack, "Data", bucket_name_prefix="team-data", bucket_namespace=BucketNamespace.ACCOUNT_REGIONAL)
    Bucket(stack, "NoRules", bucket_name="team-data-global", bucket_namespace=BucketNamespace.GLOBAL)
    rendered = template(stack)
    assert _bucket_properties(rendered, "Data666C94C7") == {
        "BucketNamePrefix": "team-data",
        "BucketNamespace": "account-regional",
    }
    assert _bucket_properties(rendered, "NoRulesF02F887F") == {
        "BucketName": "team-data-global",
        "BucketNamespace": "global",
    }
    assert_cfn_lint_clean(rendered)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"bucket_name": "data", "bucket_name_prefix": "data"},
            "bucket_name='data' and bucket_name_prefix='data' cannot be given together; drop one of them",
        ),
        (
            {"bucket_name": "data", "bucket_namespace": BucketNamespace.ACCOUNT_REGIONAL},
            "bucket_name='data' cannot be given with bucket_namespace=BucketNamespace.ACCOUNT_REGIONAL; "
            "pass bucket_name_prefix instead",
        ),
        (
            {"bucket_namespace": BucketNamespace.ACCOUNT_REGIONAL},
            "bucket_namespace=BucketNamespace.ACCOUNT_REGIONAL needs bucket_name_prefix; "
            "pass bucket_name_prefix=...",
        ),
        (
            {"bucket_name_prefix": "data", "bucket_namespace": BucketNamespace.GLOBAL},
            "bucket_name_prefix='data' needs bucket_namespace=BucketNamespace.ACCOUNT_REGIONAL; "
            "pass it, or use bucket_name",
        ),
        (
            {"bucket_name_prefix": "Data_", "bucket_namespace": BucketNamespace.ACCOUNT_REGIONAL},
            "bucket_name_prefix='Data_' is not valid; use only lowercase letters, digits and hyphens (-); "
            "start and end it with a lowercase letter or a digit",
        ),
        (
            {"bucket_name_prefix": "a" * 38, "bucket_namespace": BucketNamespace.ACCOUNT_REGIONAL},
            f"bucket_name_prefix={'a' * 38!r} is not valid; it has 38 characters; use at most 37",
        ),
    ],
)
def test_bucket_namespace_rejects_what_s3_does_not_take(
    stack: Stack, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        Bucket(stack, "Data", **options)
    assert str(error.value) == f"Test/Data: {message}"
