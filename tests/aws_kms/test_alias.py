"""Alias: grants through an alias go to its target key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Alias, Key, KeySpec, KeyUsage
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


@pytest.mark.parametrize(
    ("method", "actions"),
    [
        ("grant_sign", "kms:Sign"),
        ("grant_verify", "kms:Verify"),
        ("grant_sign_verify", ["kms:Sign", "kms:Verify"]),
        ("grant_generate_mac", "kms:GenerateMac"),
        ("grant_verify_mac", "kms:VerifyMac"),
    ],
)
def test_alias_signing_and_mac_grants_go_to_the_target_key(
    stack: Stack, template: Render, method: str, actions: Any
) -> None:
    key = Key(stack, "Key", key_spec=KeySpec.ECC_NIST_P256, key_usage=KeyUsage.SIGN_VERIFY)
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    for alias in (
        Alias(stack, "Alias", alias_name="alias/signing", target_key=key),
        Alias.from_alias_attributes(stack, "Imported", alias_name="alias/other", alias_target_key=key),
    ):
        getattr(alias, method)(role)
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": actions, "Effect": "Allow", "Resource": {"Fn::GetAtt": ["Key961B73FD", "Arn"]}}
    ]
