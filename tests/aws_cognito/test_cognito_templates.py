"""One small stack per user pool setup: its whole template is snapshotted and accepted by cfn-lint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import Duration, RemovalPolicy, SecretValue, Stack
from apigwv2_integrations import aws_cognito as cognito
from apigwv2_integrations import aws_lambda as lambda_
from tests.cfn_lint import assert_cfn_lint_clean


def defaults(stack: Stack) -> None:
    cognito.UserPool(stack, "Pool")


def hosted_sign_in(stack: Stack) -> None:
    pool = cognito.UserPool(
        stack,
        "Pool",
        user_pool_name="customers",
        self_sign_up_enabled=True,
        sign_in_aliases=cognito.SignInAliases(email=True),
        password_policy=cognito.PasswordPolicy(min_length=12, require_symbols=False),
        mfa=cognito.Mfa.OPTIONAL,
        mfa_second_factor=cognito.MfaSecondFactor(otp=True, sms=False),
        account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
        removal_policy=RemovalPolicy.DESTROY,
    )
    read = cognito.ResourceServerScope(scope_name="read", scope_description="Read books")
    server = pool.add_resource_server("Server", identifier="books", scopes=[read])
    pool.add_client(
        "Web",
        generate_secret=True,
        auth_flows=cognito.AuthFlow(user_srp=True),
        o_auth=cognito.OAuthSettings(
            flows=cognito.OAuthFlows(authorization_code_grant=True),
            scopes=[cognito.OAuthScope.OPENID, cognito.OAuthScope.resource_server(server, read)],
            callback_urls=["https://example.com/callback"],
        ),
        access_token_validity=Duration.minutes(30),
    )
    pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="books-example"))


def sms_mfa(stack: Stack) -> None:
    cognito.UserPool(
        stack, "Pool", sign_in_aliases=cognito.SignInAliases(phone=True), mfa=cognito.Mfa.REQUIRED
    )


def groups_triggers_and_attributes(stack: Stack) -> None:
    trigger = lambda_.Function(
        stack,
        "PreSignUp",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    )
    pool = cognito.UserPool(
        stack,
        "Pool",
        standard_attributes=cognito.StandardAttributes(email=cognito.StandardAttribute(required=True)),
        custom_attributes={"tenant": cognito.StringAttribute(max_len=64)},
        lambda_triggers=cognito.UserPoolTriggers(pre_sign_up=trigger),
        user_verification=cognito.UserVerificationConfig(email_style=cognito.VerificationEmailStyle.LINK),
    )
    pool.add_group("Admins", group_name="admins", precedence=1)
    pool.add_client(
        "Client",
        read_attributes=cognito.ClientAttributes()
        .with_standard_attributes(email=True)
        .with_custom_attributes("tenant"),
    )


def identity_providers(stack: Stack) -> None:
    pool = cognito.UserPool(stack, "Pool")
    cognito.UserPoolIdentityProviderGoogle(
        stack,
        "Google",
        user_pool=pool,
        client_id="google-client",
        client_secret_value=SecretValue.unsafe_plain_text("google-secret"),
        attribute_mapping=cognito.AttributeMapping(email=cognito.ProviderAttribute.GOOGLE_EMAIL),
    )
    cognito.UserPoolIdentityProviderSaml(
        stack,
        "Corporate",
        user_pool=pool,
        metadata=cognito.UserPoolIdentityProviderSamlMetadata.url("https://idp.example.com/metadata"),
    )
    pool.add_client("Client")


STACKS: dict[str, Callable[[Stack], None]] = {
    "defaults": defaults,
    "groups_triggers_and_attributes": groups_triggers_and_attributes,
    "hosted_sign_in": hosted_sign_in,
    "identity_providers": identity_providers,
    "sms_mfa": sms_mfa,
}


@pytest.fixture(params=sorted(STACKS))
def rendered(
    request: pytest.FixtureRequest, stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> Any:
    STACKS[request.param](stack)
    return template(stack)


def test_user_pool_template_snapshot(rendered: dict[str, Any], snapshot_json: SnapshotAssertion) -> None:
    assert rendered == snapshot_json


def test_user_pool_template_passes_cfn_lint(rendered: dict[str, Any]) -> None:
    assert_cfn_lint_clean(rendered)
