"""The KMS feature flags, off and on: alias names by reference, imported-alias grants, cross-account scope."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, CfnOutput, Environment, Stack
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Alias, Key
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

ALIAS_NAME_REF = "@aws-cdk/aws-kms:aliasNameRef"
IMPORTED_ALIAS = "@aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal"
REDUCE_SCOPE = "@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope"

KEY_ARN = "arn:aws:kms:us-west-2:111111111111:key/abcd"


def _app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flag: str, enabled: bool) -> App:
    for variable in ("CDK_OUTDIR", "CDK_CONTEXT_JSON", "CDK_DEFAULT_ACCOUNT", "CDK_DEFAULT_REGION"):
        monkeypatch.delenv(variable, raising=False)
    return App(outdir=str(tmp_path / "cdk.out"), context={flag: enabled})


def _role(stack: Stack) -> Role:
    return Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))


def _statements(rendered: dict[str, Any]) -> list[Any]:
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    return list(policy["Properties"]["PolicyDocument"]["Statement"])


@pytest.mark.parametrize(
    ("enabled", "name", "arn_tail"),
    [
        (False, "alias/orders", [":alias/orders"]),
        (True, {"Ref": "Alias325C5727"}, [":", {"Ref": "Alias325C5727"}]),
    ],
)
def test_alias_name_is_a_reference_only_with_the_flag(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    template: Render,
    enabled: bool,
    name: Any,
    arn_tail: list[Any],
) -> None:
    stack = Stack(_app(tmp_path, monkeypatch, ALIAS_NAME_REF, enabled), "Test")
    alias = Alias(stack, "Alias", alias_name="orders", target_key=Key(stack, "Key"))
    CfnOutput(stack, "Name", value=alias.alias_name)
    CfnOutput(stack, "Arn", value=alias.alias_arn)
    outputs = template(stack)["Outputs"]
    assert outputs["Name"] == {"Value": name}
    prefix = [
        "arn:",
        {"Ref": "AWS::Partition"},
        ":kms:",
        {"Ref": "AWS::Region"},
        ":",
        {"Ref": "AWS::AccountId"},
    ]
    assert outputs["Arn"] == {"Value": {"Fn::Join": ["", prefix + arn_tail]}}


def test_imported_alias_grants_nothing_without_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Render
) -> None:
    stack = Stack(_app(tmp_path, monkeypatch, IMPORTED_ALIAS, False), "Test")
    role = _role(stack)
    Alias.from_alias_name(stack, "Imported", "alias/shared").grant_decrypt(role)
    assert resources_of_type(template(stack), "AWS::IAM::Policy") == {}


def test_imported_alias_grants_on_keys_carrying_it_with_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Render
) -> None:
    stack = Stack(_app(tmp_path, monkeypatch, IMPORTED_ALIAS, True), "Test")
    role = _role(stack)
    imported = Alias.from_alias_name(stack, "Imported", "alias/shared")
    imported.grant_decrypt(role)
    imported.grant(role, "kms:Sign")
    key_arns = {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":kms:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":key/*",
            ],
        ]
    }
    condition = {"ForAnyValue:StringEquals": {"kms:ResourceAliases": "alias/shared"}}
    assert _statements(template(stack)) == [
        {"Action": "kms:Decrypt", "Condition": condition, "Effect": "Allow", "Resource": key_arns},
        {"Action": "kms:Sign", "Condition": condition, "Effect": "Allow", "Resource": key_arns},
    ]


@pytest.mark.parametrize(("enabled", "resource"), [(False, "*"), (True, KEY_ARN)])
def test_key_imported_in_another_account_stack_is_cross_account_only_without_the_flag(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    template: Render,
    enabled: bool,
    resource: str,
) -> None:
    app = _app(tmp_path, monkeypatch, REDUCE_SCOPE, enabled)
    keys = Stack(app, "Keys", env=Environment(account="333333333333", region="us-east-1"))
    grantee = Stack(app, "Grantee", env=Environment(account="111111111111", region="us-west-2"))
    Key.from_key_arn(keys, "Imported", KEY_ARN).grant_decrypt(_role(grantee))
    assert _statements(template(grantee)) == [
        {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": resource}
    ]
