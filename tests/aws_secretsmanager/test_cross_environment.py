"""A secret read by a stack of another account: by its physical name, as aws-cdk-lib reads it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, PhysicalName, Stack
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_secretsmanager import Secret

_OWNER = Environment(account="111111111111", region="eu-west-1")
_READER = Environment(account="222222222222", region="eu-west-1")


def _reader_role(app: App) -> Role:
    reader = Stack(app, "Reader", env=_READER)
    return Role(reader, "Fn", assumed_by=ServicePrincipal("lambda.amazonaws.com"), role_name="reader-fn")


def test_grant_to_another_account_names_the_secret_with_any_suffix(
    app: App, template: Callable[[Stack], dict[str, Any]]
) -> None:
    owner = Stack(app, "Owner", env=_OWNER)
    secret = Secret(
        owner, "Token", secret_name=PhysicalName.GENERATE_IF_NEEDED, encryption_key=Key(owner, "SecretKey")
    )
    role = _reader_role(app)

    secret.grant_read(role)

    statements = template(role.stack)["Resources"]["FnDefaultPolicy1F61ADF2"]["Properties"]["PolicyDocument"][
        "Statement"
    ]
    assert statements[0]["Resource"] == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":secretsmanager:eu-west-1:111111111111:secret:ownerownertoken335b30f2a3aed40294d3-??????",
            ],
        ]
    }
    assert template(owner)["Resources"]["TokenCB33349F"]["Properties"]["Name"] == (
        "ownerownertoken335b30f2a3aed40294d3"
    )


def test_grant_in_the_same_environment_uses_the_full_arn(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    secret = Secret(stack, "Token")
    role = Role(stack, "Fn", assumed_by=ServicePrincipal("lambda.amazonaws.com"))

    secret.grant_read(role)

    statements = template(stack)["Resources"]["FnDefaultPolicy1F61ADF2"]["Properties"]["PolicyDocument"][
        "Statement"
    ]
    assert statements[0]["Resource"] == {"Ref": "TokenCB33349F"}


def test_unnamed_secret_read_by_another_account_asks_for_a_name(app: App) -> None:
    owner = Stack(app, "Owner", env=_OWNER)
    secret = Secret(owner, "Token", encryption_key=Key(owner, "SecretKey"))
    secret.grant_read(_reader_role(app))

    with pytest.raises(Exception) as raised:
        app.synth()

    assert (
        "Owner/Token: is read by stack 'Reader' of environment aws://222222222222/eu-west-1, another than "
        "its own (aws://111111111111/eu-west-1), which can only refer to it by its physical name; give it "
        "a name (its name property) or PhysicalName.GENERATE_IF_NEEDED"
    ) in str(raised.value)
