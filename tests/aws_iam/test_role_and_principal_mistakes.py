"""Mistakes in roles and principals that aws-cdk-lib refuses, and values it writes as given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_iam import (
    AccountPrincipal,
    PolicyDocument,
    PolicyStatement,
    Role,
    ServicePrincipal,
)
from apigwv2_integrations.core.errors import ArgumentTypeError, SynthesisError
from tests.conftest import resources_of_type


def test_an_empty_inline_policy_document_fails_synthesis(app: App, stack: Stack) -> None:
    Role(
        stack,
        "Role",
        assumed_by=ServicePrincipal("lambda.amazonaws.com"),
        inline_policies={"p": PolicyDocument()},
    )
    with pytest.raises(SynthesisError) as raised:
        app.synth()
    assert (
        "Test/Role: inline_policies['p'] is an empty PolicyDocument; add statements to it or drop the entry"
        in str(raised.value)
    )


def test_an_inline_policy_document_filled_after_the_role_synthesizes(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    document = PolicyDocument()
    Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"), inline_policies={"p": document})
    document.add_statements(PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    (role,) = resources_of_type(template(stack), "AWS::IAM::Role").values()
    assert role["Properties"]["Policies"][0]["PolicyName"] == "p"


def test_account_principal_refuses_an_int_account_id() -> None:
    with pytest.raises(ArgumentTypeError) as raised:
        AccountPrincipal(123456789012)
    assert str(raised.value) == (
        "AccountPrincipal: account_id=123456789012 is of type int; use the 12-digit account id as a str, "
        "e.g. '123456789012'"
    )


def test_an_empty_service_name_is_written_as_given(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    Role(stack, "Role", assumed_by=ServicePrincipal(""))
    (role,) = resources_of_type(template(stack), "AWS::IAM::Role").values()
    assert role["Properties"]["AssumeRolePolicyDocument"]["Statement"][0]["Principal"] == {"Service": ""}
