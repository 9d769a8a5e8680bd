"""CodeSigningConfig, new and imported (aws_lambda/code_signing_config.py)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import CfnParameter, Construct, Resource, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
PROFILE_ARN = "arn:aws:signer:us-east-1:123456789012:/signing-profiles/Release/v1"
CONFIG_ARN = "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0a1b2c3d4e5f67890"
ARN_SHAPE = "arn:<partition>:lambda:<region>:<account>:code-signing-config:<id>"


class SigningProfile(Resource):
    """A stand-in for an `aws_signer` signing profile: only its version ARN is read."""

    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.signing_profile_version_arn = arn


def config(stack: Stack, id: str = "Signing", **options: Any) -> lambda_.CodeSigningConfig:
    options.setdefault("signing_profiles", [SigningProfile(stack, f"{id}Profile", PROFILE_ARN)])
    return lambda_.CodeSigningConfig(stack, id, **options)


def test_keywords_are_the_props_fields() -> None:
    keywords = [
        name
        for name in inspect.signature(lambda_.CodeSigningConfig.__init__).parameters
        if name not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(lambda_.CodeSigningConfigProps))


def test_defaults_warn_on_untrusted_artifacts(stack: Stack, template: Render) -> None:
    config(stack)
    rendered = template(stack)
    assert rendered["Resources"]["Signing608E83C0"] == {
        "Type": "AWS::Lambda::CodeSigningConfig",
        "Properties": {
            "AllowedPublishers": {"SigningProfileVersionArns": [PROFILE_ARN]},
            "CodeSigningPolicies": {"UntrustedArtifactOnDeployment": "Warn"},
        },
    }
    assert_cfn_lint_clean(rendered)


def test_description_and_enforcement(stack: Stack, template: Render) -> None:
    second = SigningProfile(stack, "Nightly", "arn:aws:signer:us-east-1:123456789012:/signing-profiles/N/v7")
    config(
        stack,
        signing_profiles=[SigningProfile(stack, "Release", PROFILE_ARN), second],
        description="Release builds only",
        untrusted_artifact_on_deployment=lambda_.UntrustedArtifactOnDeployment.ENFORCE,
    )
    (resource,) = resources_of_type(template(stack), "AWS::Lambda::CodeSigningConfig").values()
    assert resource["Properties"] == {
        "AllowedPublishers": {
            "SigningProfileVersionArns": [
                PROFILE_ARN,
                "arn:aws:signer:us-east-1:123456789012:/signing-profiles/N/v7",
            ]
        },
        "CodeSigningPolicies": {"UntrustedArtifactOnDeployment": "Enforce"},
        "Description": "Release builds only",
    }


def test_arn_and_id_are_the_resources_attributes(stack: Stack) -> None:
    signing = config(stack)
    assert stack.resolve(signing.code_signing_config_arn) == {
        "Fn::GetAtt": ["Signing608E83C0", "CodeSigningConfigArn"]
    }
    assert stack.resolve(signing.code_signing_config_id) == {
        "Fn::GetAtt": ["Signing608E83C0", "CodeSigningConfigId"]
    }
    assert signing.code_signing_config_ref.code_signing_config_arn == signing.code_signing_config_arn
    assert isinstance(signing, lambda_.ICodeSigningConfig)


def test_a_function_refers_to_its_code_signing_config(stack: Stack, template: Render) -> None:
    signing = config(stack)
    lambda_.Function(
        stack,
        "Fn",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {}\n"),
        handler="index.handler",
        runtime=lambda_.Runtime.PYTHON_3_12,
        code_signing_config=signing,
    )
    rendered = template(stack)
    (function,) = resources_of_type(rendered, "AWS::Lambda::Function").values()
    assert function["Properties"]["CodeSigningConfigArn"] == {
        "Fn::GetAtt": ["Signing608E83C0", "CodeSigningConfigArn"]
    }
    assert_cfn_lint_clean(rendered)


@pytest.mark.parametrize("count", [0, 21])
def test_one_to_twenty_signing_profiles(stack: Stack, count: int) -> None:
    profiles = [SigningProfile(stack, f"P{i}", PROFILE_ARN) for i in range(count)]
    with pytest.raises(ValidationError) as caught:
        config(stack, signing_profiles=profiles)
    assert str(caught.value) == f"Test/Signing: signing_profiles lists {count} signing profiles; pass 1 to 20"


def test_description_of_more_than_256_characters_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        config(stack, description="x" * 257)
    assert str(caught.value) == "Test/Signing: description is 257 characters long; use at most 256"


def test_unresolved_description_is_left_to_cloudformation(stack: Stack, template: Render) -> None:
    description = CfnParameter(stack, "Description").value_as_string
    config(stack, description=description)
    (resource,) = resources_of_type(template(stack), "AWS::Lambda::CodeSigningConfig").values()
    assert resource["Properties"]["Description"] == {"Ref": "Description"}


def test_a_signing_profile_needs_its_version_arn() -> None:
    stack = Stack(None, "Books")
    with pytest.raises(ArgumentTypeError) as caught:
        lambda_.CodeSigningConfig(stack, "Signing", signing_profiles=[PROFILE_ARN])  # type: ignore[list-item]
    assert str(caught.value) == (
        f"Books/Signing: signing_profiles[0]={PROFILE_ARN!r} is a str; use an ISigningProfile (a signing "
        "profile of AWS Signer, or any object with its signing_profile_version_arn)"
    )


def test_imported_by_arn_takes_the_id_from_the_arn(stack: Stack) -> None:
    imported = lambda_.CodeSigningConfig.from_code_signing_config_arn(stack, "Imported", CONFIG_ARN)
    assert imported.code_signing_config_arn == CONFIG_ARN
    assert imported.code_signing_config_id == "csc-0a1b2c3d4e5f67890"
    assert imported.code_signing_config_ref.code_signing_config_arn == CONFIG_ARN
    assert isinstance(imported, lambda_.ICodeSigningConfig)
    assert imported.env.account == stack.account


def test_imported_by_a_slash_arn(stack: Stack) -> None:
    imported = lambda_.CodeSigningConfig.from_code_signing_config_arn(
        stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:code-signing-config/csc-abc"
    )
    assert imported.code_signing_config_id == "csc-abc"


def test_imported_by_an_unresolved_arn_selects_the_id_at_deployment(stack: Stack) -> None:
    arn = CfnParameter(stack, "Arn").value_as_string
    imported = lambda_.CodeSigningConfig.from_code_signing_config_arn(stack, "Imported", arn)
    assert stack.resolve(imported.code_signing_config_id) == {
        "Fn::Select": [
            1,
            {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":", {"Ref": "Arn"}]}]}]},
        ]
    }


def test_a_function_refers_to_an_imported_config_by_arn(stack: Stack, template: Render) -> None:
    imported = lambda_.CodeSigningConfig.from_code_signing_config_arn(stack, "Imported", CONFIG_ARN)
    lambda_.Function(
        stack,
        "Fn",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {}\n"),
        handler="index.handler",
        runtime=lambda_.Runtime.PYTHON_3_12,
        code_signing_config=imported,
    )
    rendered = template(stack)
    (function,) = resources_of_type(rendered, "AWS::Lambda::Function").values()
    assert function["Properties"]["CodeSigningConfigArn"] == CONFIG_ARN
    assert_cfn_lint_clean(rendered)


def test_an_arn_without_a_config_id_is_rejected(stack: Stack) -> None:
    arn = "arn:aws:lambda:us-east-1:123456789012:code-signing-config"
    with pytest.raises(ValidationError) as caught:
        lambda_.CodeSigningConfig.from_code_signing_config_arn(stack, "Imported", arn)
    assert str(caught.value) == (
        f"Test/Imported: code_signing_config_arn={arn!r} has no configuration id; use {ARN_SHAPE}"
    )


def test_a_value_that_is_no_arn_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        lambda_.CodeSigningConfig.from_code_signing_config_arn(stack, "Imported", "csc-0a1b2c3d4e5f67890")
    assert str(caught.value) == (
        f"Test/Imported: code_signing_config_arn='csc-0a1b2c3d4e5f67890' is not an ARN; use {ARN_SHAPE}"
    )


def test_untrusted_artifact_values_are_cloudformations() -> None:
    assert [(m.name, m.value) for m in lambda_.UntrustedArtifactOnDeployment] == [
        ("ENFORCE", "Enforce"),
        ("WARN", "Warn"),
    ]
