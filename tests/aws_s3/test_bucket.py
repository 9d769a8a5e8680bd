"""Bucket: grants on buckets defined here or imported."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Aws, CfnParameter, Duration, RemovalPolicy, Stack
from apigwv2_integrations.aws_iam import AnyPrincipal, PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_s3 import (
    BlockPublicAccess,
    Bucket,
    BucketAccessControl,
    BucketEncryption,
    BucketPolicy,
    BucketProps,
    CfnBucket,
    CorsRule,
    HttpMethods,
    LifecycleRule,
    ObjectOwnership,
    RedirectTarget,
    RoutingRule,
    RoutingRuleCondition,
    StorageClass,
    Transition,
)
from apigwv2_integrations.core.errors import SynthesisError, ValidationError

Render = Callable[[Stack], dict[str, Any]]


def test_grant_read_adds_object_and_bucket_read_actions_to_the_grantee(
    stack: Stack, template: Render
) -> None:
    role = Role(stack, "Reader", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    bucket = Bucket.from_bucket_name(stack, "Data", "my-data")
    grant = bucket.grant_read(role, "reports/*")
    assert grant.success
    [policy] = [r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::IAM::Policy"]
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
            "Effect": "Allow",
            "Resource": [
                {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::my-data"]]},
                {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::my-data/reports/*"]]},
            ],
        }
    ]


def _resources_of_type(stack: Stack, template: Render, resource_type: str) -> list[dict[str, Any]]:
    return [r for r in template(stack).get("Resources", {}).values() if r["Type"] == resource_type]


def test_bucket_keywords_are_the_fields_of_bucket_props() -> None:
    keywords = [p for p in inspect.signature(Bucket.__init__).parameters if p not in ("self", "scope", "id")]
    assert keywords == [field.name for field in attrs.fields(BucketProps)]


def test_bucket_defaults_to_an_unencrypted_retained_bucket(stack: Stack, template: Render) -> None:
    Bucket(stack, "Data")
    assert _resources_of_type(stack, template, "AWS::S3::Bucket") == [
        {
            "Type": "AWS::S3::Bucket",
            "UpdateReplacePolicy": "Retain",
            "DeletionPolicy": "Retain",
        }
    ]


def test_kms_encryption_makes_a_rotated_key(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Data", encryption=BucketEncryption.KMS)
    [key] = _resources_of_type(stack, template, "AWS::KMS::Key")
    assert key["Properties"]["EnableKeyRotation"] is True
    assert key["Properties"]["Description"] == "Created by Test/Data"
    assert bucket.encryption_key is not None


def test_lifecycle_rules_added_later_are_rendered(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Data")
    bucket.add_lifecycle_rule(
        transitions=[
            Transition(storage_class=StorageClass.DEEP_ARCHIVE, transition_date="2030-01-01T00:00:00.000Z")
        ]
    )
    [resource] = _resources_of_type(stack, template, "AWS::S3::Bucket")
    assert resource["Properties"]["LifecycleConfiguration"] == {
        "Rules": [
            {
                "Status": "Enabled",
                "Transitions": [
                    {"StorageClass": "DEEP_ARCHIVE", "TransitionDate": "2030-01-01T00:00:00.000Z"}
                ],
            }
        ]
    }


def test_cors_rules_added_later_are_rendered(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Data", cors=[CorsRule(allowed_methods=[HttpMethods.GET], allowed_origins=["*"])])
    bucket.add_cors_rule(allowed_methods=[HttpMethods.HEAD], allowed_origins=["https://example.com"])
    [resource] = _resources_of_type(stack, template, "AWS::S3::Bucket")
    assert resource["Properties"]["CorsConfiguration"] == {
        "CorsRules": [
            {"AllowedMethods": ["GET"], "AllowedOrigins": ["*"]},
            {"AllowedMethods": ["HEAD"], "AllowedOrigins": ["https://example.com"]},
        ]
    }


def test_imported_bucket_gets_no_resource_policy(stack: Stack, template: Render) -> None:
    bucket = Bucket.from_bucket_name(stack, "Data", "my-data")
    result = bucket.add_to_resource_policy(
        PolicyStatement(actions=["s3:GetObject"], resources=["*"], principals=[AnyPrincipal()])
    )
    assert result.statement_added is False
    assert _resources_of_type(stack, template, "AWS::S3::BucketPolicy") == []


def test_imported_bucket_website_url_with_a_literal_region(stack: Stack) -> None:
    bucket = Bucket.from_bucket_attributes(
        stack, "Data", bucket_name="my-data", region="eu-central-1", bucket_website_new_url_format=True
    )
    assert bucket.bucket_website_url == "http://my-data.s3-website.eu-central-1.amazonaws.com"


def test_imported_bucket_website_url_needs_a_region(stack: Stack) -> None:
    bucket = Bucket.from_bucket_name(stack, "Data", "my-data")
    with pytest.raises(ValidationError) as error:
        _ = bucket.bucket_website_url
    assert str(error.value) == (
        "Test/Data: bucket_website_url needs the bucket's region, which is a token here; "
        "pass region=... or bucket_website_url=... to Bucket.from_bucket_attributes"
    )


def test_from_bucket_attributes_needs_a_name_or_an_arn(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Bucket.from_bucket_attributes(stack, "Data", region="eu-west-1")
    assert str(error.value) == (
        "Test/Data: bucket_name=None and bucket_arn gives none; pass bucket_name=... or a bucket_arn"
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"bucket_name": "My_Bucket"},
            "Test/Data: bucket_name='My_Bucket' is not valid; "
            "use only lowercase letters, digits, periods (.) and hyphens (-)",
        ),
        (
            {"bucket_name": "ab"},
            "Test/Data: bucket_name='ab' is not valid; it has 2 characters; use 3 to 63",
        ),
        (
            {"bucket_name": "-a..b"},
            "Test/Data: bucket_name='-a..b' is not valid; start and end it with a lowercase letter or a digit; "
            "do not put periods next to periods or hyphens",
        ),
        (
            {"bucket_name": "10.0.0.1"},
            "Test/Data: bucket_name='10.0.0.1' is not valid; do not use an IP address",
        ),
        (
            {"encryption": BucketEncryption.S3_MANAGED, "encryption_key": "KEY"},
            "Test/Data: encryption_key is given with encryption=BucketEncryption.S3_MANAGED; "
            "use BucketEncryption.KMS or BucketEncryption.DSSE, or drop encryption_key",
        ),
        (
            {"bucket_key_enabled": True},
            "Test/Data: bucket_key_enabled=True needs encryption; "
            "pass encryption=BucketEncryption.KMS, KMS_MANAGED, DSSE, DSSE_MANAGED or S3_MANAGED",
        ),
        (
            {"minimum_tls_version": 1.2},
            "Test/Data: minimum_tls_version=1.2 needs enforce_ssl=True; "
            "pass enforce_ssl=True or drop minimum_tls_version",
        ),
        (
            {"website_error_document": "error.html"},
            "Test/Data: website_error_document='error.html' needs website_index_document; "
            "pass website_index_document=...",
        ),
        (
            {"website_redirect": RedirectTarget(host_name="example.com"), "website_index_document": "i.html"},
            "Test/Data: website_redirect redirects every request, so website_index_document, "
            "website_error_document and website_routing_rules cannot be given with it; "
            "drop them or website_redirect",
        ),
        (
            {"website_routing_rules": [RoutingRule(condition=RoutingRuleCondition(), host_name="x")]},
            "Test/Data: website_routing_rules has a condition with neither http_error_code_returned_equals "
            "nor key_prefix_equals; set one or drop the condition",
        ),
        (
            {
                "access_control": BucketAccessControl.PUBLIC_READ,
                "object_ownership": ObjectOwnership.BUCKET_OWNER_ENFORCED,
            },
            "Test/Data: object_ownership=ObjectOwnership.BUCKET_OWNER_ENFORCED disables ACLs, "
            "but access_control=BucketAccessControl.PUBLIC_READ needs them; use ObjectOwnership.OBJECT_WRITER",
        ),
        (
            {"server_access_logs_prefix": "logs/", "encryption": BucketEncryption.KMS_MANAGED},
            "Test/Data: server_access_logs_prefix='logs/' logs into this bucket, whose "
            "encryption=BucketEncryption.KMS_MANAGED cannot take server access logs; "
            "use another encryption or pass server_access_logs_bucket",
        ),
        (
            {"server_access_logs_prefix": "logs/", "access_control": BucketAccessControl.PRIVATE},
            "Test/Data: access_control=BucketAccessControl.PRIVATE cannot take server access logs from "
            "Test/Data; use BucketAccessControl.LOG_DELIVERY_WRITE or drop access_control",
        ),
        (
            {"public_read_access": True},
            "Test/Data: public_read_access=True needs bucket-level public access, but block_public_access "
            "is not set; pass block_public_access=BlockPublicAccess.BLOCK_ACLS_ONLY",
        ),
        (
            {"public_read_access": True, "block_public_access": BlockPublicAccess.BLOCK_ALL},
            "Test/Data: grant_public_access() needs public bucket policies, but block_public_access has "
            "block_public_policy=True; use BlockPublicAccess.BLOCK_ACLS_ONLY or "
            "BlockPublicAccess(block_public_policy=False, ...)",
        ),
    ],
)
def test_bucket_rejects_bad_options_at_the_call(stack: Stack, options: dict[str, Any], message: str) -> None:
    if options.get("encryption_key") == "KEY":
        options = {**options, "encryption_key": Key(stack, "Key")}
    with pytest.raises(ValidationError) as error:
        Bucket(stack, "Data", **options)
    assert str(error.value) == message


def test_bucket_checks_lifecycle_rules_at_synth(stack: Stack, template: Render) -> None:
    bucket = Bucket(
        stack,
        "Data",
        lifecycle_rules=[LifecycleRule(expired_object_delete_marker=True, expiration=Duration.days(1))],
    )
    bucket.add_lifecycle_rule(id="Archive", prefix="a/")
    bucket.add_lifecycle_rule(
        transitions=[
            Transition(storage_class=StorageClass.INFREQUENT_ACCESS, transition_after=Duration.days(30)),
            Transition(storage_class=StorageClass.GLACIER),
        ]
    )
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert str(error.value) == (
        "synthesis failed with 3 validation errors:\n"
        "  Test/Data: lifecycle_rules[0] has expired_object_delete_marker=True with expiration, "
        "expiration_date or tag_filters; put expired_object_delete_marker in a rule of its own\n"
        "  Test/Data: lifecycle_rules[1] (id='Archive') has no action; set at least one of "
        "abort_incomplete_multipart_upload_after, expiration, expiration_date, expired_object_delete_marker, "
        "noncurrent_version_expiration, noncurrent_versions_to_retain, noncurrent_version_transitions or "
        "transitions\n"
        "  Test/Data: lifecycle_rules[2].transitions[1] has neither transition_after nor transition_date; "
        "set exactly one of them"
    )


def test_bucket_name_token_is_not_checked(stack: Stack, template: Render) -> None:
    Bucket(stack, "Data", bucket_name=Aws.STACK_NAME)
    [resource] = _resources_of_type(stack, template, "AWS::S3::Bucket")
    assert resource["Properties"]["BucketName"] == {"Ref": "AWS::StackName"}


def test_server_access_logs_to_an_imported_bucket_warn(stack: Stack, template: Render) -> None:
    target = Bucket.from_bucket_name(stack, "Logs", "my-logs")
    bucket = Bucket(stack, "Data", server_access_logs_bucket=target)
    [resource] = _resources_of_type(stack, template, "AWS::S3::Bucket")
    assert resource["Properties"]["LoggingConfiguration"] == {"DestinationBucketName": "my-logs"}
    warnings = [m.data for m in bucket.node.metadata if m.type == "aws:cdk:warning"]
    assert warnings == [
        "Unable to add necessary logging permissions to imported target bucket: Test/Logs "
        "[ack: @aws-cdk/aws-s3:accessLogsPolicyNotAdded]"
    ]


def test_bucket_policy_applies_a_removal_policy(stack: Stack, template: Render) -> None:
    policy = BucketPolicy(
        stack,
        "Policy",
        bucket=Bucket.from_bucket_name(stack, "Data", "data"),
        removal_policy=RemovalPolicy.RETAIN,
    )
    policy.document.add_statements(
        PolicyStatement(actions=["s3:GetObject"], resources=["*"], principals=[AnyPrincipal()])
    )
    [resource] = _resources_of_type(stack, template, "AWS::S3::BucketPolicy")
    assert resource["DeletionPolicy"] == "Retain"
    assert resource["Properties"]["Bucket"] == "data"


def test_bucket_policy_rejects_what_is_not_a_bucket(stack: Stack) -> None:
    with pytest.raises(TypeError) as error:
        BucketPolicy(stack, "Policy", bucket="my-bucket")  # type: ignore[arg-type]
    assert "bucket='my-bucket'" in str(error.value)


def test_auto_delete_objects_needs_the_destroy_removal_policy(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Bucket(stack, "Data", auto_delete_objects=True)
    assert str(error.value) == (
        "Test/Data: auto_delete_objects=True needs removal_policy=RemovalPolicy.DESTROY, not None; "
        "pass removal_policy=RemovalPolicy.DESTROY or drop auto_delete_objects"
    )


def test_auto_delete_objects_shares_one_provider_per_stack(stack: Stack, template: Render) -> None:
    Bucket(stack, "One", auto_delete_objects=True, removal_policy=RemovalPolicy.DESTROY)
    Bucket(stack, "Two", auto_delete_objects=True, removal_policy=RemovalPolicy.DESTROY)
    assert len(_resources_of_type(stack, template, "Custom::S3AutoDeleteObjects")) == 2
    assert len(_resources_of_type(stack, template, "AWS::Lambda::Function")) == 1


def test_validate_bucket_name_rejects_an_invalid_name() -> None:
    with pytest.raises(ValidationError) as error:
        Bucket.validate_bucket_name("Abc")
    assert str(error.value) == (
        "bucket_name='Abc' is not valid; use only lowercase letters, digits, periods (.) and hyphens (-)"
    )


def test_validate_bucket_name_accepts_legacy_names_when_allowed() -> None:
    assert Bucket.validate_bucket_name("Legacy_Bucket", allow_legacy_bucket_naming=True) is None
    with pytest.raises(ValidationError) as error:
        Bucket.validate_bucket_name("_Legacy..Bucket", allow_legacy_bucket_naming=True)
    assert str(error.value) == (
        "bucket_name='_Legacy..Bucket' is not valid; start and end it with a letter or a digit; "
        "do not put periods next to periods or hyphens"
    )


@pytest.mark.parametrize("name", ["ts", "bad name", "10.0.0.1"])
def test_an_imported_bucket_name_s3_never_takes_is_rejected(stack: Stack, name: str) -> None:
    # As aws-cdk-lib: imports are checked by the legacy rules (uppercase letters and underscores pass).
    with pytest.raises(ValidationError) as error:
        Bucket.from_bucket_name(stack, "Imported", name)
    assert str(error.value).startswith(f"Test/Imported: bucket_name={name!r} is not valid; ")


def test_an_imported_bucket_name_by_arn_is_checked_and_legacy_names_pass(stack: Stack) -> None:
    assert Bucket.from_bucket_name(stack, "Legacy", "Legacy_Bucket").bucket_name == "Legacy_Bucket"
    with pytest.raises(ValidationError) as error:
        Bucket.from_bucket_arn(stack, "ByArn", "arn:aws:s3:::x")
    assert str(error.value) == "Test/ByArn: bucket_name='x' is not valid; it has 1 characters; use 3 to 255"


def test_disallow_public_access_follows_block_public_policy(stack: Stack) -> None:
    assert Bucket(stack, "Blocked", block_public_access=BlockPublicAccess.BLOCK_ALL).disallow_public_access
    assert Bucket(stack, "Open").disallow_public_access is None


def test_from_cfn_bucket_returns_one_view_per_l1_bucket(stack: Stack) -> None:
    cfn_bucket = CfnBucket(stack, "Cfn")
    view = Bucket.from_cfn_bucket(cfn_bucket)
    assert Bucket.from_cfn_bucket(cfn_bucket) is view
    assert view.node.path == "Test/Cfn/@FromCfnBucket"


def test_grants_send_kms_actions_to_the_bucket_key(stack: Stack, template: Render) -> None:
    role = Role(stack, "Writer", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    bucket = Bucket(stack, "Data", encryption=BucketEncryption.KMS)
    bucket.grants.actions_on_object_keys(role, "in/*", "s3:PutObject", "kms:GenerateDataKey*")
    [policy] = _resources_of_type(stack, template, "AWS::IAM::Policy")
    statements = policy["Properties"]["PolicyDocument"]["Statement"]
    assert [s["Action"] for s in statements] == ["s3:PutObject", "kms:GenerateDataKey*"]


def test_the_event_bridge_override_renders(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Data")
    bucket.node.default_child.add_property_override(  # type: ignore[union-attr]
        "NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled", True
    )
    [resource] = _resources_of_type(stack, template, "AWS::S3::Bucket")
    assert resource["Properties"] == {
        "NotificationConfiguration": {"EventBridgeConfiguration": {"EventBridgeEnabled": True}}
    }


def test_target_object_key_format_of_server_access_logs(stack: Stack, template: Render) -> None:
    from apigwv2_integrations.aws_s3 import PartitionDateSource, TargetObjectKeyFormat

    logs = Bucket(stack, "Logs")
    Bucket(
        stack,
        "Simple",
        server_access_logs_bucket=logs,
        target_object_key_format=TargetObjectKeyFormat.simple_prefix(),
    )
    Bucket(
        stack,
        "Partitioned",
        server_access_logs_prefix="p/",
        target_object_key_format=TargetObjectKeyFormat.partitioned_prefix(PartitionDateSource.DELIVERY_TIME),
    )
    resources = template(stack)["Resources"]
    logging = {
        k: v["Properties"].get("LoggingConfiguration") for k, v in resources.items() if k != "Logs6819BB44"
    }
    assert [c["TargetObjectKeyFormat"] for c in logging.values() if c] == [
        {"SimplePrefix": {}},
        {"PartitionedPrefix": {"PartitionDateSource": "DeliveryTime"}},
    ]
    assert TargetObjectKeyFormat.partitioned_prefix()._render() == {"PartitionedPrefix": {}}


def test_a_key_format_without_server_access_logs_is_an_error(stack: Stack) -> None:
    from apigwv2_integrations.aws_s3 import TargetObjectKeyFormat

    with pytest.raises(ValidationError) as error:
        Bucket(stack, "Data", target_object_key_format=TargetObjectKeyFormat.simple_prefix())
    assert str(error.value) == (
        "Test/Data: target_object_key_format=TargetObjectKeyFormat({'SimplePrefix': {}}) is given without "
        "server access logs; pass server_access_logs_bucket or server_access_logs_prefix, or drop it"
    )


def test_url_option_structs_have_the_keywords_of_their_methods(stack: Stack) -> None:
    from apigwv2_integrations.aws_s3 import TransferAccelerationUrlOptions, VirtualHostedStyleUrlOptions
    from tests.aws_apigatewayv2.inspection import keyword_names

    bucket = Bucket(stack, "Data")
    assert keyword_names(bucket.transfer_acceleration_url_for_object) == {
        f.name for f in attrs.fields(TransferAccelerationUrlOptions)
    }
    assert keyword_names(bucket.virtual_hosted_url_for_object) == {
        f.name for f in attrs.fields(VirtualHostedStyleUrlOptions)
    }


def test_bucket_imported_by_a_token_arn_reads_its_name_from_the_arn(stack: Stack) -> None:
    arn = CfnParameter(stack, "BucketArn").value_as_string
    bucket = Bucket.from_bucket_arn(stack, "Imported", arn)
    assert stack.resolve(bucket.bucket_name) == {
        "Fn::Select": [
            0,
            {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":", {"Ref": "BucketArn"}]}]}]},
        ]
    }


def test_bucket_imported_by_an_object_arn_is_named_by_its_first_segment(stack: Stack) -> None:
    bucket = Bucket.from_bucket_arn(stack, "Imported", "arn:aws:s3:::reports/2024/*")
    assert bucket.bucket_name == "reports"


def test_grant_on_key_grants_on_the_bucket_key_or_nothing(stack: Stack, template: Render) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    encrypted = Bucket(stack, "Encrypted", encryption=BucketEncryption.KMS)
    result = encrypted.grant_on_key(role, "kms:Decrypt")
    assert result.grant is not None
    assert Bucket(stack, "Plain").grant_on_key(role, "kms:Decrypt").grant is None
    [policy] = _resources_of_type(stack, template, "AWS::IAM::Policy")
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": "kms:Decrypt",
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["EncryptedKey108B371F", "Arn"]},
        }
    ]
