"""Bucket replication: rules, the replication role and its grants, cross-account policies and errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_s3 import (
    Bucket,
    BucketEncryption,
    Filter,
    GrantReplicationPermissionDestinationProps,
    ReplicationRule,
    ReplicationTimeValue,
    StorageClass,
    Tag,
)
from apigwv2_integrations.core.errors import ValidationError

Render = Callable[[Stack], dict[str, Any]]


def _of_type(rendered: dict[str, Any], kind: str) -> dict[str, Any]:
    return {key: value for key, value in rendered["Resources"].items() if value["Type"] == kind}


def _infos(bucket: Any) -> list[Any]:
    return [entry.data for entry in bucket.node.metadata if entry.type == "aws:cdk:info"]


def _arn_of(logical_id: str) -> dict[str, Any]:
    return {"Fn::GetAtt": [logical_id, "Arn"]}


def _objects_of(logical_id: str) -> dict[str, Any]:
    return {"Fn::Join": ["", [_arn_of(logical_id), "/*"]]}


def test_a_minimal_rule_renders_the_configuration_and_a_role_of_its_own(
    stack: Stack, template: Render
) -> None:
    destination = Bucket(stack, "Dest", versioned=True)
    source = Bucket(
        stack, "Source", versioned=True, replication_rules=[ReplicationRule(destination=destination)]
    )

    rendered = template(stack)
    assert rendered["Resources"]["Source71E471F1"]["Properties"]["ReplicationConfiguration"] == {
        "Role": _arn_of("SourceReplicationRole3A0201A1"),
        "Rules": [
            {
                "DeleteMarkerReplication": {"Status": "Disabled"},
                "Destination": {"Bucket": _arn_of("DestC383B82A")},
                "Filter": {"Prefix": ""},
                "Status": "Enabled",
            }
        ],
    }
    role = rendered["Resources"]["SourceReplicationRole3A0201A1"]["Properties"]
    assert role["RoleName"] == "CDKReplicationRole"
    assert role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"] == {"Service": "s3.amazonaws.com"}
    policy = rendered["Resources"]["SourceReplicationRoleDefaultPolicyD4DEA563"]["Properties"]
    assert policy["PolicyDocument"]["Statement"] == [
        {
            "Action": ["s3:GetReplicationConfiguration", "s3:ListBucket"],
            "Effect": "Allow",
            "Resource": _arn_of("Source71E471F1"),
        },
        {
            "Action": [
                "s3:GetObjectVersionForReplication",
                "s3:GetObjectVersionAcl",
                "s3:GetObjectVersionTagging",
            ],
            "Effect": "Allow",
            "Resource": _objects_of("Source71E471F1"),
        },
        {
            "Action": [
                "s3:ReplicateObject",
                "s3:ReplicateDelete",
                "s3:ReplicateTags",
                "s3:ObjectOwnerOverrideToBucketOwner",
            ],
            "Effect": "Allow",
            "Resource": _objects_of("DestC383B82A"),
        },
    ]
    assert stack.resolve(source.replication_role_arn) == _arn_of("SourceReplicationRole3A0201A1")


def test_a_bucket_without_rules_has_no_replication_role(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Plain", versioned=True, replication_rules=[])

    assert bucket.replication_role_arn is None
    assert _of_type(template(stack), "AWS::IAM::Role") == {}


def test_the_unique_role_name_flag_leaves_the_name_to_cloudformation(tmp_path: Any, template: Render) -> None:
    app = App(outdir=str(tmp_path), context={"@aws-cdk/aws-s3:setUniqueReplicationRoleName": True})
    stack = Stack(app, "Test", env=Environment(account="111111111111", region="us-east-1"))
    destination = Bucket(stack, "Dest", versioned=True)
    Bucket(stack, "Source", versioned=True, replication_rules=[ReplicationRule(destination=destination)])

    roles = _of_type(template(stack), "AWS::IAM::Role")
    # A name is generated only when another environment refers to the role.
    assert [sorted(role["Properties"]) for role in roles.values()] == [["AssumeRolePolicyDocument"]]


def test_every_rule_option_is_rendered_and_the_replica_key_is_granted(stack: Stack, template: Render) -> None:
    destination = Bucket(stack, "Dest", versioned=True)
    key = Key(stack, "DestKey")
    Bucket(
        stack,
        "Source",
        versioned=True,
        replication_rules=[
            ReplicationRule(
                destination=destination,
                priority=3,
                id="all-options",
                kms_key=key,
                storage_class=StorageClass.GLACIER,
                replication_time_control=ReplicationTimeValue.FIFTEEN_MINUTES,
                metrics=ReplicationTimeValue.FIFTEEN_MINUTES,
                sse_kms_encrypted_objects=True,
                replica_modifications=False,
                delete_marker_replication=True,
                filter=Filter(prefix="logs/"),
            )
        ],
    )

    rendered = template(stack)
    rule = rendered["Resources"]["Source71E471F1"]["Properties"]["ReplicationConfiguration"]["Rules"][0]
    assert rule == {
        "DeleteMarkerReplication": {"Status": "Enabled"},
        "Destination": {
            "Bucket": _arn_of("DestC383B82A"),
            "EncryptionConfiguration": {"ReplicaKmsKeyID": _arn_of("DestKeyF2202C67")},
            "Metrics": {"EventThreshold": {"Minutes": 15}, "Status": "Enabled"},
            "ReplicationTime": {"Status": "Enabled", "Time": {"Minutes": 15}},
            "StorageClass": "GLACIER",
        },
        "Filter": {"Prefix": "logs/"},
        "Id": "all-options",
        "Priority": 3,
        "SourceSelectionCriteria": {
            "ReplicaModifications": {"Status": "Disabled"},
            "SseKmsEncryptedObjects": {"Status": "Enabled"},
        },
        "Status": "Enabled",
    }
    statements = rendered["Resources"]["SourceReplicationRoleDefaultPolicyD4DEA563"]["Properties"][
        "PolicyDocument"
    ]["Statement"]
    assert statements[-1] == {
        "Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
        "Effect": "Allow",
        "Resource": _arn_of("DestKeyF2202C67"),
    }


def test_metrics_without_time_control_have_no_event_threshold(stack: Stack, template: Render) -> None:
    destination = Bucket(stack, "Dest", versioned=True)
    Bucket(
        stack,
        "Source",
        versioned=True,
        replication_rules=[
            ReplicationRule(destination=destination, metrics=ReplicationTimeValue.FIFTEEN_MINUTES)
        ],
    )

    rule = template(stack)["Resources"]["Source71E471F1"]["Properties"]["ReplicationConfiguration"]["Rules"][
        0
    ]
    assert rule["Destination"]["Metrics"] == {"Status": "Enabled"}


def test_a_tag_filter_renders_an_and_filter_and_dicts_are_accepted(stack: Stack, template: Render) -> None:
    destination = Bucket(stack, "Dest", versioned=True)
    Bucket(
        stack,
        "Source",
        versioned=True,
        replication_rules=[
            ReplicationRule(
                destination=destination, priority=2, filter=Filter(tags=[Tag(key="k", value="v")])
            ),
            ReplicationRule(
                destination=destination,
                priority=1,
                filter={"prefix": "b/", "tags": [{"key": "x", "value": "y"}]},
            ),
        ],
    )

    rules = template(stack)["Resources"]["Source71E471F1"]["Properties"]["ReplicationConfiguration"]["Rules"]
    assert [rule["Filter"] for rule in rules] == [
        {"And": {"Prefix": "", "TagFilters": [{"Key": "k", "Value": "v"}]}},
        {"And": {"Prefix": "b/", "TagFilters": [{"Key": "x", "Value": "y"}]}},
    ]


def test_a_destination_named_twice_is_listed_twice_in_the_grant(stack: Stack, template: Render) -> None:
    destination = Bucket(stack, "Dest", versioned=True)
    Bucket(
        stack,
        "Source",
        versioned=True,
        replication_rules=[
            ReplicationRule(destination=destination, priority=1),
            ReplicationRule(destination=destination, priority=2),
        ],
    )

    statements = template(stack)["Resources"]["SourceReplicationRoleDefaultPolicyD4DEA563"]["Properties"][
        "PolicyDocument"
    ]["Statement"]
    assert statements[2]["Resource"] == [_objects_of("DestC383B82A"), _objects_of("DestC383B82A")]


def test_a_given_role_is_used_as_is_and_granted_explicitly(stack: Stack, template: Render) -> None:
    role = Role(stack, "Replicator", assumed_by=ServicePrincipal("s3.amazonaws.com"))
    source_key = Key(stack, "SourceKey")
    replica_key = Key(stack, "ReplicaKey")
    destination = Bucket(stack, "Dest", versioned=True)
    source = Bucket(
        stack,
        "Source",
        versioned=True,
        encryption_key=source_key,
        replication_role=role,
        replication_rules=[ReplicationRule(destination=destination, kms_key=replica_key)],
    )
    rendered = template(stack)
    assert _of_type(rendered, "AWS::IAM::Policy") == {}
    assert rendered["Resources"]["Source71E471F1"]["Properties"]["ReplicationConfiguration"][
        "Role"
    ] == _arn_of("Replicator2A97E487")

    source.grant_replication_permission(
        role,
        source_decryption_key=source_key,
        destinations=[
            GrantReplicationPermissionDestinationProps(bucket=destination, encryption_key=replica_key)
        ],
    )
    (policy,) = _of_type(template(stack), "AWS::IAM::Policy").values()
    statements = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statements[3:] == [
        {
            "Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
            "Effect": "Allow",
            "Resource": _arn_of("ReplicaKey4DE8F013"),
        },
        {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": _arn_of("SourceKey54E02282")},
    ]


def test_the_source_bucket_key_is_decrypted_when_kms_encryption_makes_one(
    stack: Stack, template: Render
) -> None:
    destination = Bucket(stack, "Dest", versioned=True)
    Bucket(
        stack,
        "Source",
        versioned=True,
        encryption=BucketEncryption.KMS,
        replication_rules=[ReplicationRule(destination=destination)],
    )

    statements = template(stack)["Resources"]["SourceReplicationRoleDefaultPolicyD4DEA563"]["Properties"][
        "PolicyDocument"
    ]["Statement"]
    assert statements[-1] == {
        "Action": "kms:Decrypt",
        "Effect": "Allow",
        "Resource": _arn_of("SourceKeyC3114A1E"),
    }


def test_a_destination_of_another_account_gets_its_account_and_an_info(
    stack: Stack, template: Render
) -> None:
    other = Bucket.from_bucket_attributes(stack, "Other", bucket_name="other-bucket", account="333333333333")
    source = Bucket(
        stack,
        "Source",
        versioned=True,
        replication_rules=[ReplicationRule(destination=other, access_control_transition=True)],
    )

    destination = template(stack)["Resources"]["Source71E471F1"]["Properties"]["ReplicationConfiguration"][
        "Rules"
    ][0]["Destination"]
    assert destination["Account"] == "333333333333"
    assert destination["AccessControlTranslation"] == {"Owner": "Destination"}
    assert _infos(source) == [
        "For Cross-account S3 replication, ensure to set up permissions on destination bucket using method "
        "addReplicationPolicy() "
    ]


def test_add_replication_policy_lets_the_role_and_the_source_account_in(
    stack: Stack, template: Render
) -> None:
    destination = Bucket(stack, "Dest")
    destination.add_replication_policy("arn:aws:iam::111111111111:role/replicator", True, "111111111111")

    statements = template(stack)["Resources"]["DestPolicy7CF5D2EA"]["Properties"]["PolicyDocument"][
        "Statement"
    ]
    role = {"AWS": "arn:aws:iam::111111111111:role/replicator"}
    assert [(s["Action"], s["Principal"]) for s in statements] == [
        (["s3:GetBucketVersioning", "s3:PutBucketVersioning"], role),
        (["s3:ReplicateObject", "s3:ReplicateDelete"], role),
        (
            "s3:ObjectOwnerOverrideToBucketOwner",
            {"AWS": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::111111111111:root"]]}},
        ),
    ]


def test_add_replication_policy_on_an_imported_bucket_only_informs(stack: Stack) -> None:
    imported = Bucket.from_bucket_name(stack, "Imported", "imported-bucket")
    imported.add_replication_policy("arn:aws:iam::111111111111:role/replicator")

    assert _infos(imported) == [
        "Cross-account S3 replication for a referenced destination bucket is set up. In the destination "
        "bucket's bucket policy, please grant access permissions from arn:aws:iam::111111111111:role/replicator."
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"replication_rules": "one"},
            "Test/Source: versioned=None but replication_rules needs a versioned source bucket; pass versioned=True",
        ),
        (
            {"versioned": True, "replication_rules": "two without priority"},
            "Test/Source: replication_rules[0].priority=None is not set, but there are 2 rules; give every rule "
            "a priority (the higher wins)",
        ),
        (
            {"versioned": True, "replication_rules": "time control without metrics"},
            "Test/Source: replication_rules[0].replication_time_control=ReplicationTimeValue.FIFTEEN_MINUTES needs "
            "metrics, but metrics=None; pass metrics=ReplicationTimeValue.FIFTEEN_MINUTES",
        ),
        (
            {"versioned": True, "replication_rules": "delete markers with tags"},
            "Test/Source: replication_rules[0].delete_marker_replication=True cannot go with a tag filter "
            "(filter.tags=[Tag(key='a', value='b')]); drop the tags or delete_marker_replication",
        ),
        (
            {"versioned": True, "replication_rules": "ownership in the same account"},
            "Test/Source: replication_rules[0].access_control_transition=True needs a destination in another "
            "account, but Test/Dest is in the source bucket's account; drop access_control_transition, or import "
            "the destination with Bucket.from_bucket_attributes(..., account=...)",
        ),
        (
            {"versioned": True, "replication_role": "role"},
            "Test/Source: replication_role='Test/Role' is given but replication_rules=None has no rule; pass "
            "replication_rules=[ReplicationRule(destination=...)] or drop replication_role",
        ),
    ],
)
def test_replication_settings_s3_cannot_apply_are_refused(
    stack: Stack, options: dict[str, Any], message: str
) -> None:
    destination = Bucket(stack, "Dest", versioned=True)
    rules = {
        "one": [ReplicationRule(destination=destination)],
        "two without priority": [
            ReplicationRule(destination=destination),
            ReplicationRule(destination=destination, priority=2),
        ],
        "time control without metrics": [
            ReplicationRule(
                destination=destination, replication_time_control=ReplicationTimeValue.FIFTEEN_MINUTES
            )
        ],
        "delete markers with tags": [
            ReplicationRule(
                destination=destination,
                delete_marker_replication=True,
                filter=Filter(tags=[Tag(key="a", value="b")]),
            )
        ],
        "ownership in the same account": [
            ReplicationRule(destination=destination, access_control_transition=True)
        ],
    }
    kwargs = dict(options)
    if "replication_rules" in kwargs:
        kwargs["replication_rules"] = rules[kwargs["replication_rules"]]
    if "replication_role" in kwargs:
        kwargs["replication_role"] = Role(stack, "Role", assumed_by=ServicePrincipal("s3.amazonaws.com"))

    with pytest.raises(ValidationError) as raised:
        Bucket(stack, "Source", **kwargs)
    assert str(raised.value) == message


def test_grant_replication_permission_needs_a_destination(stack: Stack) -> None:
    source = Bucket(stack, "Source", versioned=True)
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s3.amazonaws.com"))

    with pytest.raises(ValidationError) as raised:
        source.grant_replication_permission(role, destinations=[])
    assert str(raised.value) == (
        "Test/Source: destinations=() has no bucket; give at least one "
        "GrantReplicationPermissionDestinationProps(bucket=...)"
    )


def test_add_replication_policy_with_ownership_needs_the_source_account(stack: Stack) -> None:
    destination = Bucket(stack, "Dest")

    with pytest.raises(ValidationError) as raised:
        destination.add_replication_policy("arn:aws:iam::1:role/x", True)
    assert str(raised.value) == (
        "Test/Dest: account=None is missing but access_control_transition=True; pass the source bucket "
        "owner's account ID"
    )


def test_bucket_grants_replication_permission_matches_the_bucket_method(
    stack: Stack, template: Render
) -> None:
    destination = Bucket(stack, "Dest", versioned=True)
    source = Bucket(stack, "Source", versioned=True, encryption_key=Key(stack, "SourceKey"))
    by_method = Role(stack, "ByMethod", assumed_by=ServicePrincipal("s3.amazonaws.com"))
    by_grants = Role(stack, "ByGrants", assumed_by=ServicePrincipal("s3.amazonaws.com"))
    destinations = [GrantReplicationPermissionDestinationProps(bucket=destination)]

    source.grant_replication_permission(by_method, destinations=destinations)
    source.grants.replication_permission(by_grants, destinations=destinations)
    policies = _of_type(template(stack), "AWS::IAM::Policy")
    documents = {
        policy["Properties"]["Roles"][0]["Ref"]: policy["Properties"]["PolicyDocument"]
        for policy in policies.values()
    }
    assert len(documents) == 2
    by_method_document, by_grants_document = documents.values()
    assert by_grants_document == by_method_document
    assert by_grants_document["Statement"][-1] == {
        "Action": "kms:Decrypt",
        "Effect": "Allow",
        "Resource": _arn_of("SourceKey54E02282"),
    }
