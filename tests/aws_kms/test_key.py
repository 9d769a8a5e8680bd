"""Key and Alias: key policy, grants in and across accounts, aliases, imports and errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Environment, Stack
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Alias, Key, KeySpec, KeyUsage, ViaServicePrincipal
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_key_policy_lets_the_account_grant_access(stack: Stack, template: Render) -> None:
    Key(stack, "Key")
    (key,) = resources_of_type(template(stack), "AWS::KMS::Key").values()
    assert key["Properties"]["KeyPolicy"]["Statement"] == [
        {
            "Action": "kms:*",
            "Effect": "Allow",
            "Principal": {
                "AWS": {
                    "Fn::Join": [
                        "",
                        ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"}, ":root"],
                    ]
                }
            },
            "Resource": "*",
        }
    ]
    assert (key["DeletionPolicy"], key["UpdateReplacePolicy"]) == ("Retain", "Retain")


def test_grant_in_the_same_account_goes_on_the_principal(stack: Stack, template: Render) -> None:
    key = Key(stack, "Key")
    key.grant_encrypt(Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com")))
    rendered = template(stack)
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Key961B73FD", "Arn"]},
        }
    ]


def test_grant_to_a_service_goes_on_the_key_policy(stack: Stack, template: Render) -> None:
    key = Key(stack, "Key")
    key.grant_decrypt(ServicePrincipal("logs.amazonaws.com"))
    (key_resource,) = resources_of_type(template(stack), "AWS::KMS::Key").values()
    assert key_resource["Properties"]["KeyPolicy"]["Statement"][1] == {
        "Action": "kms:Decrypt",
        "Effect": "Allow",
        "Principal": {"Service": "logs.amazonaws.com"},
        "Resource": "*",
    }


def test_alias_adds_the_prefix(stack: Stack, template: Render) -> None:
    key = Key(stack, "Key", alias="orders")
    second = key.add_alias("alias/orders-2")
    (alias, other) = resources_of_type(template(stack), "AWS::KMS::Alias").values()
    assert (alias["Properties"]["AliasName"], other["Properties"]["AliasName"], second.key_id) == (
        "alias/orders",
        "alias/orders-2",
        "alias/orders-2",
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda s: Key(s, "Key", key_spec=KeySpec.ECC_NIST_P256),
            "Test/Key: key_spec=KeySpec.ECC_NIST_P256 cannot be used with key_usage=KeyUsage.ENCRYPT_DECRYPT; "
            "pick a key spec that usage allows",
        ),
        (
            lambda s: Key(
                s, "Key", key_spec=KeySpec.RSA_2048, key_usage=KeyUsage.SIGN_VERIFY, enable_key_rotation=True
            ),
            "Test/Key: enable_key_rotation=True needs a symmetric key, but key_spec=KeySpec.RSA_2048; "
            "drop enable_key_rotation or use KeySpec.SYMMETRIC_DEFAULT",
        ),
        (
            lambda s: Key(s, "Key", pending_window=Duration.days(3)),
            "Test/Key: pending_window=Duration.days(3) is out of range; use 7 to 30 days",
        ),
        (
            lambda s: Key(s, "Key", rotation_period=Duration.days(30)),
            "Test/Key: rotation_period=Duration.days(30) is out of range; use 90 to 2560 days",
        ),
        (
            lambda s: Key(s, "Key", trust_account_identities=False),
            "Test/Key: trust_account_identities=False is not supported: keys always trust the account's IAM "
            "policies; drop trust_account_identities",
        ),
        (
            lambda s: Key.from_key_arn(s, "Imported", "arn:aws:kms:us-east-1:111111111111:key"),
            "Test: key_arn='arn:aws:kms:us-east-1:111111111111:key' is not a key ARN; "
            "use 'arn:<partition>:kms:<region>:<account>:key/<key id>'",
        ),
        (
            lambda s: Alias(s, "Alias", alias_name="alias/aws/s3", target_key=Key(s, "Key")),
            "Test: alias_name='alias/aws/s3' starts with 'alias/aws/', which AWS reserves; rename it",
        ),
    ],
)
def test_kms_rejects_bad_input(stack: Stack, build: Callable[[Stack], Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        build(stack)
    assert str(error.value) == message


def test_imported_key_grants_only_on_the_principal(stack: Stack, template: Render) -> None:
    key = Key.from_key_arn(stack, "Imported", "arn:aws:kms:us-east-1:111111111111:key/abc")
    key.grant_decrypt(Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com")))
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": "arn:aws:kms:us-east-1:111111111111:key/abc"}
    ]


def test_alias_imported_with_its_key_grants_on_the_key(stack: Stack, template: Render) -> None:
    key = Key(stack, "Key")
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    Alias.from_alias_attributes(stack, "ByKey", alias_name="alias/a", alias_target_key=key).grant_decrypt(
        role
    )
    Alias.from_alias_name(stack, "ByName", "alias/b").grant_decrypt(role)
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": {"Fn::GetAtt": ["Key961B73FD", "Arn"]}}
    ]


def test_alias_imported_by_name_has_no_target_key(stack: Stack) -> None:
    alias = Alias.from_alias_name(stack, "ByName", "alias/b")
    with pytest.raises(ValidationError) as error:
        alias.alias_target_key  # noqa: B018 - the property raises
    assert str(error.value) == (
        "Test/ByName: alias_target_key is unknown for an alias imported by name; use from_alias_attributes(...)"
    )


def test_via_service_principal_adds_the_via_service_condition(stack: Stack, template: Render) -> None:
    key = Key(stack, "Key")
    key.grant_decrypt(ViaServicePrincipal("sqs.us-east-1.amazonaws.com"))
    (key_resource,) = resources_of_type(template(stack), "AWS::KMS::Key").values()
    assert key_resource["Properties"]["KeyPolicy"]["Statement"][1] == {
        "Action": "kms:Decrypt",
        "Condition": {"StringEquals": {"kms:ViaService": "sqs.us-east-1.amazonaws.com"}},
        "Effect": "Allow",
        "Principal": {"AWS": "*"},
        "Resource": "*",
    }


def test_from_lookup_gives_the_dummy_key_until_the_cli_looks_the_alias_up() -> None:
    env = Environment(account="123456789012", region="us-east-1")
    key_name = "key-provider:account=123456789012:aliasName=alias/app:region=us-east-1"
    stack = Stack(App(context={key_name: {"keyId": "abcd"}}), "Keys", env=env)
    found = Key.from_lookup(stack, "Found", alias_name="alias/app")
    assert found.key_id == "abcd" and not Key.is_lookup_dummy(found)
    pending = Key.from_lookup(stack, "Pending", alias_name="alias/other", return_dummy_key_on_missing=True)
    assert Key.is_lookup_dummy(pending)
    assert stack.resolve(pending.key_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            ],
        ]
    }
    (missing,) = stack._missing_context
    assert missing["props"]["ignoreErrorOnMissingContext"] is True


def test_default_dummy_key_id_is_the_lookup_dummy() -> None:
    from apigwv2_integrations.aws_kms import Key as KmsKey

    assert KmsKey.DEFAULT_DUMMY_KEY_ID == "1234abcd-12ab-34cd-56ef-1234567890ab"
