"""SecretValue and CfnDynamicReference (core/secret_value.py, core/cfn_dynamic_reference.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import App, CfnParameter, SecretValue, Stack
from apigwv2_integrations.core.errors import ValidationError


def test_secrets_manager_reference(stack: Stack) -> None:
    secret = SecretValue.secrets_manager("prod/db", json_field="password", version_stage="AWSCURRENT")
    assert stack.resolve(secret) == "{{resolve:secretsmanager:prod/db:SecretString:password:AWSCURRENT:}}"


def test_ssm_secure_reference(stack: Stack) -> None:
    assert stack.resolve(SecretValue.ssm_secure("/app/key", "2")) == "{{resolve:ssm-secure:/app/key:2}}"


def test_parameter_secret_needs_no_echo(stack: Stack) -> None:
    parameter = CfnParameter(stack, "Password")
    with pytest.raises(ValidationError) as error:
        SecretValue.cfn_parameter(parameter)
    assert str(error.value) == (
        "Test/Password: no_echo is not set; a parameter holding a secret needs no_echo=True"
    )


def test_secret_id_with_a_colon_must_be_an_arn() -> None:
    with pytest.raises(ValidationError) as error:
        SecretValue.secrets_manager("prod:db")
    assert (
        str(error.value)
        == "secret_id='prod:db' is not an ARN but contains ':'; pass the name or the full ARN"
    )


def test_version_stage_and_id_exclude_each_other() -> None:
    with pytest.raises(ValidationError) as error:
        SecretValue.secrets_manager("db", version_stage="AWSCURRENT", version_id="v1")
    assert str(error.value) == "version_stage='AWSCURRENT' and version_id='v1' are both set; set only one"


def test_check_secret_usage_refuses_to_render_a_secret() -> None:
    app = App(context={"@aws-cdk/core:checkSecretUsage": True})
    stack = Stack(app, "Test")
    secret = SecretValue.unsafe_plain_text("x")
    with pytest.raises(ValidationError) as error:
        stack.resolve({"Password": secret})
    assert str(error.value) == (
        "Test: a SecretValue is rendered into the template, which risks exposing it "
        "(@aws-cdk/core:checkSecretUsage is on); pass SecretValues only to properties that take one, "
        "or call unsafe_unwrap() if you accept the risk"
    )
    assert stack.resolve(secret.unsafe_unwrap()) == "x"


def test_secret_value_and_intrinsic_take_aws_cdks_keywords(stack: Stack) -> None:
    from apigwv2_integrations import Intrinsic, ResolutionTypeHint

    assert stack.resolve(SecretValue("v", stack_trace=False, type_hint=ResolutionTypeHint.STRING)) == "v"
    assert stack.resolve(Intrinsic(5, stack_trace=True)) == 5
