"""S3BucketOrigin: origin access control, the bucket and key policy statements, warnings and defaults."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_cloudfront import (
    AccessLevel,
    BehaviorOptions,
    Distribution,
    S3OriginAccessControl,
    Signing,
)
from apigwv2_integrations.aws_cloudfront_origins import S3BucketOrigin
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_s3 import Bucket, BucketEncryption
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import ArgumentTypeError, SynthesisError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

_DISTRIBUTION_ARN = {
    "Fn::Join": [
        "",
        [
            "arn:",
            {"Ref": "AWS::Partition"},
            ":cloudfront::",
            {"Ref": "AWS::AccountId"},
            ":distribution/",
            {"Ref": "DistB3B78991"},
        ],
    ]
}
_ANY_DISTRIBUTION_ARN = {
    "Fn::Join": [
        "",
        ["arn:", {"Ref": "AWS::Partition"}, ":cloudfront::", {"Ref": "AWS::AccountId"}, ":distribution/*"],
    ]
}


def _distribution(scope: Construct, origin: Any, id: str = "Dist") -> Distribution:
    return Distribution(scope, id, default_behavior=BehaviorOptions(origin=origin))


def _warnings(construct: Construct) -> list[Any]:
    return [entry.data for entry in construct.node.metadata if entry.type == "aws:cdk:warning"]


def _bucket_statements(template: dict[str, Any]) -> list[dict[str, Any]]:
    (policy,) = resources_of_type(template, "AWS::S3::BucketPolicy").values()
    statements: list[dict[str, Any]] = policy["Properties"]["PolicyDocument"]["Statement"]
    return statements


def test_origin_access_control_is_made_in_the_origin_scope_and_rendered(
    stack: Stack, template: Render
) -> None:
    bucket = Bucket(stack, "Site")
    _distribution(stack, S3BucketOrigin.with_origin_access_control(bucket))
    rendered = template(stack)
    assert rendered["Resources"]["DistOrigin1S3OriginAccessControlF1706B20"] == {
        "Type": "AWS::CloudFront::OriginAccessControl",
        "Properties": {
            "OriginAccessControlConfig": {
                "Name": "TestDistOrigin1S3OriginAccessControl9A62DEF5",
                "OriginAccessControlOriginType": "s3",
                "SigningBehavior": "always",
                "SigningProtocol": "sigv4",
            }
        },
    }
    (distribution,) = resources_of_type(rendered, "AWS::CloudFront::Distribution").values()
    assert distribution["Properties"]["DistributionConfig"]["Origins"] == [
        {
            "DomainName": {"Fn::GetAtt": ["SiteE53D7754", "RegionalDomainName"]},
            "Id": "TestDistOrigin17BC8FF2A",
            "OriginAccessControlId": {"Fn::GetAtt": ["DistOrigin1S3OriginAccessControlF1706B20", "Id"]},
            "S3OriginConfig": {"OriginAccessIdentity": ""},
        }
    ]


def test_the_bucket_policy_lets_the_distribution_read_objects(stack: Stack, template: Render) -> None:
    _distribution(stack, S3BucketOrigin.with_origin_access_control(Bucket(stack, "Site")))
    assert _bucket_statements(template(stack)) == [
        {
            "Action": "s3:GetObject",
            "Condition": {"StringEquals": {"AWS:SourceArn": _DISTRIBUTION_ARN}},
            "Effect": "Allow",
            "Principal": {"Service": "cloudfront.amazonaws.com"},
            "Resource": {"Fn::Join": ["", [{"Fn::GetAtt": ["SiteE53D7754", "Arn"]}, "/*"]]},
        }
    ]


def test_the_source_arns_keep_the_pseudo_account_in_a_stack_with_an_environment(
    app: App, template: Render
) -> None:
    stack = Stack(app, "Test", env={"account": "123456789012", "region": "us-east-1"})
    bucket = Bucket(stack, "Site", encryption_key=Key(stack, "Key"))
    _distribution(stack, S3BucketOrigin.with_origin_access_control(bucket))
    rendered = template(stack)
    (statement,) = _bucket_statements(rendered)
    assert statement["Condition"] == {"StringEquals": {"AWS:SourceArn": _DISTRIBUTION_ARN}}
    (key_resource,) = resources_of_type(rendered, "AWS::KMS::Key").values()
    assert key_resource["Properties"]["KeyPolicy"]["Statement"][1]["Condition"] == {
        "ArnLike": {"AWS:SourceArn": _ANY_DISTRIBUTION_ARN}
    }


def test_access_levels_give_their_actions_in_order_once_and_list_adds_the_bucket(
    stack: Stack, template: Render
) -> None:
    levels = [AccessLevel.LIST, AccessLevel.READ, AccessLevel.WRITE, AccessLevel.READ, AccessLevel.DELETE]
    _distribution(
        stack, S3BucketOrigin.with_origin_access_control(Bucket(stack, "Site"), origin_access_levels=levels)
    )
    (statement,) = _bucket_statements(template(stack))
    assert statement["Action"] == ["s3:ListBucket", "s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    assert statement["Resource"] == [
        {"Fn::Join": ["", [{"Fn::GetAtt": ["SiteE53D7754", "Arn"]}, "/*"]]},
        {"Fn::GetAtt": ["SiteE53D7754", "Arn"]},
    ]


def test_list_access_is_warned_about_on_the_origin_scope(stack: Stack) -> None:
    origin = S3BucketOrigin.with_origin_access_control(
        Bucket(stack, "Site"), origin_access_levels=[AccessLevel.LIST]
    )
    distribution = _distribution(stack, origin)
    assert _warnings(distribution.node.find_child("Origin1")) == [
        "When the origin with AccessLevel.LIST is associated to the default behavior, it is strongly "
        "recommended to ensure the distribution's defaultRootObject is specified,\nSee the \"Setting up OAC "
        "with LIST permission\" section of module's README for more info. "
        "[ack: @aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk]"
    ]


def test_a_kms_key_of_the_app_lets_any_distribution_decrypt_with_a_warning(
    stack: Stack, template: Render
) -> None:
    key = Key(stack, "Key")
    bucket = Bucket(stack, "Site", encryption_key=key)
    _distribution(
        stack,
        S3BucketOrigin.with_origin_access_control(
            bucket, origin_access_levels=[AccessLevel.WRITE, AccessLevel.READ, AccessLevel.LIST]
        ),
    )
    (key_resource,) = resources_of_type(template(stack), "AWS::KMS::Key").values()
    assert key_resource["Properties"]["KeyPolicy"]["Statement"][1] == {
        "Action": ["kms:Encrypt", "kms:GenerateDataKey*", "kms:Decrypt"],
        "Condition": {"ArnLike": {"AWS:SourceArn": _ANY_DISTRIBUTION_ARN}},
        "Effect": "Allow",
        "Principal": {"Service": "cloudfront.amazonaws.com"},
        "Resource": "*",
    }
    (warning,) = _warnings(stack)
    assert warning.startswith("To avoid a circular dependency between the KMS key, Bucket, and Distribution")
    assert warning.endswith("[ack: @aws-cdk/aws-cloudfront-origins:wildcardKeyPolicyForOac]")


def test_a_bucket_with_its_own_kms_key_is_warned_about_on_the_bucket(stack: Stack) -> None:
    bucket = Bucket(stack, "Site", encryption=BucketEncryption.KMS)
    _distribution(stack, S3BucketOrigin.with_origin_access_control(bucket))
    assert len(_warnings(bucket)) == 1


def test_an_imported_bucket_gets_no_statement_and_a_warning(stack: Stack, template: Render) -> None:
    bucket = Bucket.from_bucket_name(stack, "Shared", "shared-bucket")
    distribution = _distribution(stack, S3BucketOrigin.with_origin_access_control(bucket))
    assert resources_of_type(template(stack), "AWS::S3::BucketPolicy") == {}
    assert _warnings(distribution.node.find_child("Origin1")) == [
        "Cannot update bucket policy of an imported bucket. You will need to update the policy manually "
        'instead.\nSee the "Setting up OAC with imported S3 buckets" section of module\'s README for more '
        "info. [ack: @aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOac]"
    ]


def test_an_imported_key_gets_no_statement_and_a_warning(stack: Stack) -> None:
    key = Key.from_key_arn(
        stack, "Imported", "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    )
    bucket = Bucket(stack, "Site", encryption_key=key)
    distribution = _distribution(stack, S3BucketOrigin.with_origin_access_control(bucket))
    assert _warnings(distribution.node.find_child("Origin1")) == [
        "Cannot update key policy of an imported key. You will need to update the policy manually instead.\n"
        'See the "Updating imported key policies" section of the module\'s README for more info. '
        "[ack: @aws-cdk/aws-cloudfront-origins:updateImportedKeyPolicyOac]"
    ]


def test_one_origin_in_two_distributions_shares_its_access_control(stack: Stack, template: Render) -> None:
    origin = S3BucketOrigin.with_origin_access_control(Bucket(stack, "Site"))
    _distribution(stack, origin, "First")
    _distribution(stack, origin, "Second")
    rendered = template(stack)
    assert list(resources_of_type(rendered, "AWS::CloudFront::OriginAccessControl")) == [
        "FirstOrigin1S3OriginAccessControlC81D80FD"
    ]
    assert len(_bucket_statements(rendered)) == 2


def test_a_given_access_control_is_used_and_none_is_made(stack: Stack, template: Render) -> None:
    access = S3OriginAccessControl(stack, "Access", signing=Signing.SIGV4_NO_OVERRIDE, description="site")
    _distribution(
        stack, S3BucketOrigin.with_origin_access_control(Bucket(stack, "Site"), origin_access_control=access)
    )
    rendered = template(stack)
    assert list(resources_of_type(rendered, "AWS::CloudFront::OriginAccessControl")) == ["Access9901B1FF"]
    assert rendered["Resources"]["Access9901B1FF"]["Properties"]["OriginAccessControlConfig"] == {
        "Description": "site",
        "Name": "TestAccess683FF616",
        "OriginAccessControlOriginType": "s3",
        "SigningBehavior": "no-override",
        "SigningProtocol": "sigv4",
    }


def test_bucket_defaults_render_the_bucket_without_access_control(stack: Stack, template: Render) -> None:
    origin = S3BucketOrigin.with_bucket_defaults(Bucket(stack, "Site"), origin_id="site", origin_path="www/")
    _distribution(stack, origin)
    rendered = template(stack)
    (distribution,) = resources_of_type(rendered, "AWS::CloudFront::Distribution").values()
    assert distribution["Properties"]["DistributionConfig"]["Origins"] == [
        {
            "DomainName": {"Fn::GetAtt": ["SiteE53D7754", "RegionalDomainName"]},
            "Id": "site",
            "OriginPath": "/www",
            "S3OriginConfig": {"OriginAccessIdentity": ""},
        }
    ]
    assert resources_of_type(rendered, "AWS::S3::BucketPolicy") == {}


def test_no_access_level_leaves_a_statement_without_actions(stack: Stack) -> None:
    _distribution(
        stack, S3BucketOrigin.with_origin_access_control(Bucket(stack, "Site"), origin_access_levels=[])
    )
    with pytest.raises(SynthesisError) as error:
        stack.node.root.synth()  # type: ignore[attr-defined]
    assert "Test/Site: statement has no actions; pass actions=[...] or not_actions=[...]" in str(error.value)


def test_a_bucket_that_is_not_a_bucket_is_refused() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        S3BucketOrigin.with_origin_access_control("site-bucket")  # type: ignore[arg-type]
    assert str(error.value).startswith(
        "S3BucketOrigin.with_origin_access_control: bucket='site-bucket' is a str"
    )
