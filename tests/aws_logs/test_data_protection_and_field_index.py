"""DataProtectionPolicy and FieldIndexPolicy on a LogGroup: rendering as aws-cdk-lib renders it, and errors."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_logs import (
    CustomDataIdentifier,
    DataIdentifier,
    DataProtectionPolicy,
    DataProtectionPolicyProps,
    FieldIndexPolicy,
    FieldIndexPolicyProps,
    LogGroup,
    LogGroupClass,
)
from apigwv2_integrations.aws_s3 import Bucket
from apigwv2_integrations.core.errors import ValidationError
from apigwv2_integrations.core.struct import fields_of
from tests.cfn_lint import assert_cfn_lint_clean

Render = Callable[[Stack], dict[str, Any]]


def _managed(name: str) -> dict[str, Any]:
    return {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, f":dataprotection::aws:data-identifier/{name}"]]
    }


def test_a_data_protection_policy_audits_and_masks_managed_identifiers(
    stack: Stack, template: Render
) -> None:
    LogGroup(
        stack,
        "Plain",
        data_protection_policy=DataProtectionPolicy(
            identifiers=[DataIdentifier.EMAILADDRESS, DataIdentifier("DriversLicense-US")]
        ),
    )
    assert template(stack)["Resources"]["Plain295EB121"]["Properties"] == {
        "DataProtectionPolicy": {
            "Name": "data-protection-policy-cdk",
            "Description": "cdk generated data protection policy",
            "Version": "2021-06-01",
            "Statement": [
                {
                    "Sid": "audit-statement-cdk",
                    "DataIdentifier": [_managed("EmailAddress"), _managed("DriversLicense-US")],
                    "Operation": {"Audit": {"FindingsDestination": {}}},
                },
                {
                    "Sid": "redact-statement-cdk",
                    "DataIdentifier": [_managed("EmailAddress"), _managed("DriversLicense-US")],
                    "Operation": {"Deidentify": {"MaskConfig": {}}},
                },
            ],
            "Configuration": {"CustomDataIdentifier": []},
        },
        "RetentionInDays": 731,
    }


def test_a_data_protection_policy_sends_findings_to_every_destination(stack: Stack, template: Render) -> None:
    LogGroup(
        stack,
        "Full",
        data_protection_policy=DataProtectionPolicy(
            name="my-policy",
            description="my description",
            identifiers=[
                DataIdentifier.EMAILADDRESS,
                CustomDataIdentifier("EmployeeId", "EmployeeId-\\d{9}"),
            ],
            log_group_audit_destination=LogGroup(stack, "Audit"),
            s3_bucket_audit_destination=Bucket(stack, "Bucket"),
            delivery_stream_name_audit_destination="my-stream",
        ),
    )
    rendered = template(stack)
    assert rendered["Resources"]["FullC8C81DE8"]["Properties"] == {
        "DataProtectionPolicy": {
            "Name": "my-policy",
            "Description": "my description",
            "Version": "2021-06-01",
            "Statement": [
                {
                    "Sid": "audit-statement-cdk",
                    "DataIdentifier": [_managed("EmailAddress"), "EmployeeId"],
                    "Operation": {
                        "Audit": {
                            "FindingsDestination": {
                                "CloudWatchLogs": {"LogGroup": {"Ref": "Audit3D8ADE0A"}},
                                "S3": {"Bucket": {"Ref": "Bucket83908E77"}},
                                "Firehose": {"DeliveryStream": "my-stream"},
                            }
                        }
                    },
                },
                {
                    "Sid": "redact-statement-cdk",
                    "DataIdentifier": [_managed("EmailAddress"), "EmployeeId"],
                    "Operation": {"Deidentify": {"MaskConfig": {}}},
                },
            ],
            "Configuration": {"CustomDataIdentifier": [{"Name": "EmployeeId", "Regex": "EmployeeId-\\d{9}"}]},
        },
        "RetentionInDays": 731,
    }
    assert_cfn_lint_clean(rendered)


def test_imported_findings_destinations_are_named(stack: Stack, template: Render) -> None:
    LogGroup(
        stack,
        "Imp",
        data_protection_policy=DataProtectionPolicy(
            identifiers=[CustomDataIdentifier("A", "b")],
            log_group_audit_destination=LogGroup.from_log_group_name(stack, "IL", "audit-logs"),
            s3_bucket_audit_destination=Bucket.from_bucket_name(stack, "IB", "my-bucket"),
        ),
    )
    policy = template(stack)["Resources"]["Imp1622D878"]["Properties"]["DataProtectionPolicy"]
    assert policy["Statement"][0] == {
        "Sid": "audit-statement-cdk",
        "DataIdentifier": ["A"],
        "Operation": {
            "Audit": {
                "FindingsDestination": {
                    "CloudWatchLogs": {"LogGroup": "audit-logs"},
                    "S3": {"Bucket": "my-bucket"},
                }
            }
        },
    }
    assert policy["Configuration"] == {"CustomDataIdentifier": [{"Name": "A", "Regex": "b"}]}


def test_managed_identifier_arns_use_a_literal_partition_when_the_region_is_known(template: Render) -> None:
    app = App(context={"@aws-cdk/core:enablePartitionLiterals": True})
    stack = Stack(app, "E", env=Environment(account="111111111111", region="cn-north-1"))
    LogGroup(stack, "G", data_protection_policy=DataProtectionPolicy(identifiers=[DataIdentifier.NAME]))
    (group,) = template(stack)["Resources"].values()
    statement = group["Properties"]["DataProtectionPolicy"]["Statement"][0]
    assert statement["DataIdentifier"] == ["arn:aws-cn:dataprotection::aws:data-identifier/Name"]


def test_data_identifiers_have_aws_cdk_constants_and_names() -> None:
    constants = [name for name in vars(DataIdentifier) if name.isupper()]
    assert len(constants) == 98
    assert DataIdentifier.DRIVERSLICENSE_US.name == "DriversLicense-US"
    assert DataIdentifier.HEALTHINSURANCECARDNUMBER_EU.to_string() == "HealthInsuranceCardNumber-EU"
    assert CustomDataIdentifier("X", "a.*").to_string() == "X: a.*"
    assert repr(DataIdentifier.SSN_US) == "DataIdentifier.SSN_US"
    assert repr(DataIdentifier("Foo")) == "DataIdentifier('Foo')"


def test_field_index_policies_render_one_item_each(stack: Stack, template: Render) -> None:
    LogGroup(stack, "Fip", field_index_policies=[FieldIndexPolicy(fields=["Operation", "RequestId"])])
    LogGroup(
        stack, "Fip2", field_index_policies=[FieldIndexPolicy(fields=["A"]), FieldIndexPolicy(fields=["B"])]
    )
    LogGroup(stack, "P0", field_index_policies=[])
    rendered = template(stack)
    resources = rendered["Resources"]
    assert resources["FipA4810460"]["Properties"] == {
        "FieldIndexPolicies": [{"Fields": ["Operation", "RequestId"]}],
        "RetentionInDays": 731,
    }
    assert resources["Fip2E4052F58"]["Properties"] == {
        "FieldIndexPolicies": [{"Fields": ["A"]}, {"Fields": ["B"]}],
        "RetentionInDays": 731,
    }
    assert resources["P0B7D9CE8A"]["Properties"] == {"FieldIndexPolicies": [], "RetentionInDays": 731}
    assert_cfn_lint_clean(rendered)


def test_constructors_take_the_keywords_of_their_props() -> None:
    for cls, props in (
        (DataProtectionPolicy, DataProtectionPolicyProps),
        (FieldIndexPolicy, FieldIndexPolicyProps),
    ):
        keywords = list(inspect.signature(cls).parameters)
        assert keywords == [f.name for f in fields_of(props)]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda s: FieldIndexPolicy(fields=[f"f{i}" for i in range(21)]),
            "fields=['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9', 'f10', 'f11', 'f12', 'f13', "
            "'f14', 'f15', 'f16', 'f17', 'f18', 'f19', 'f20'] has 21 fields; index at most 20 fields per log group",
        ),
        (
            lambda s: DataProtectionPolicy(identifiers=[]),
            "identifiers=[] is empty; give at least one DataIdentifier, e.g. DataIdentifier.EMAILADDRESS",
        ),
        (
            lambda s: LogGroup(
                s,
                "G",
                log_group_class=LogGroupClass.DELIVERY,
                data_protection_policy=DataProtectionPolicy(identifiers=[DataIdentifier.NAME]),
            ),
            "Test/G: data_protection_policy=DataProtectionPolicy(identifiers=[DataIdentifier.NAME]) is not "
            "supported with log_group_class=LogGroupClass.DELIVERY; drop data_protection_policy or use another class",
        ),
        (
            lambda s: LogGroup(
                s,
                "G",
                log_group_class=LogGroupClass.DELIVERY,
                field_index_policies=[FieldIndexPolicy(fields=["a"])],
            ),
            "Test/G: field_index_policies=[FieldIndexPolicy(fields=['a'])] is not supported with "
            "log_group_class=LogGroupClass.DELIVERY; drop field_index_policies or use another class",
        ),
    ],
)
def test_data_protection_and_field_index_reject_bad_input(
    stack: Stack, build: Callable[[Stack], Any], message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        build(stack)
    assert str(error.value) == message


def test_a_dict_is_not_a_data_protection_policy(stack: Stack) -> None:
    from apigwv2_integrations.core.errors import ArgumentTypeError

    with pytest.raises(ArgumentTypeError) as error:
        LogGroup(stack, "Logs", data_protection_policy={"name": "x"})  # type: ignore[arg-type]
    assert str(error.value) == (
        "Test/Logs: data_protection_policy={'name': 'x'} is a dict; use a DataProtectionPolicy"
    )
