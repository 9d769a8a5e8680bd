"""UserPoolClient: OAuth flows, scopes and callback URLs, auth flows, token validity and errors."""

from __future__ import annotations

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_cognito import (
    AnalyticsConfiguration,
    AuthFlow,
    OAuthFlows,
    OAuthScope,
    OAuthSettings,
    UserPool,
    UserPoolClient,
    UserPoolClientProps,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, properties_of


def test_user_pool_client_keywords_match_props_fields() -> None:
    assert keyword_names(UserPoolClient.__init__) == {f.name for f in attrs.fields(UserPoolClientProps)}


def test_user_pool_client_defaults_to_code_and_implicit_grants_with_standard_scopes(stack: Stack) -> None:
    properties = properties_of(UserPool(stack, "Pool").add_client("Client"))
    assert properties["AllowedOAuthFlows"] == ["implicit", "code"]
    assert properties["AllowedOAuthScopes"] == [
        "profile",
        "phone",
        "email",
        "openid",
        "aws.cognito.signin.user.admin",
    ]
    assert properties["CallbackURLs"] == ["https://example.com"]


def test_user_pool_client_adds_openid_to_email_scope(stack: Stack) -> None:
    client = UserPool(stack, "Pool").add_client("Client", o_auth={"scopes": [OAuthScope.EMAIL]})
    assert properties_of(client)["AllowedOAuthScopes"] == ["email", "openid"]


def test_user_pool_client_rejects_o_auth_with_o_auth_disabled(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_client("Client", disable_o_auth=True, o_auth=OAuthSettings())
    assert str(caught.value) == "Test/Pool/Client: o_auth is set with disable_o_auth=True; remove one of them"


def test_user_pool_client_rejects_empty_callback_urls(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_client("Client", o_auth=OAuthSettings(callback_urls=[]))
    assert str(caught.value) == (
        "Test/Pool/Client: o_auth callback_urls=[] is empty; code and implicit grants need at least one callback URL"
    )


def test_user_pool_client_rejects_client_credentials_with_code_grant(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    flows = OAuthFlows(client_credentials=True, authorization_code_grant=True)
    with pytest.raises(ValidationError) as caught:
        pool.add_client("Client", o_auth=OAuthSettings(flows=flows))
    assert str(caught.value) == (
        "Test/Pool/Client: o_auth flows mix client_credentials with code or implicit grants; "
        "use client_credentials alone or the other grants without it"
    )


def test_user_pool_client_rejects_a_short_access_token_validity(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_client("Client", access_token_validity=Duration.minutes(1))
    assert str(caught.value) == (
        "Test/Pool/Client: access_token_validity=Duration.minutes(1) is out of range; "
        "use Duration.minutes(5) to Duration.days(1)"
    )


def test_user_pool_client_name_is_known_only_when_given(stack: Stack) -> None:
    client = UserPool(stack, "Pool").add_client("Client")
    with pytest.raises(ValidationError) as caught:
        _ = client.user_pool_client_name
    assert str(caught.value) == (
        "Test/Pool/Client: user_pool_client_name is not known; pass user_pool_client_name=... to know it"
    )


def test_user_pool_client_rejects_a_default_redirect_with_spaces(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_client(
            "Client",
            o_auth=OAuthSettings(
                callback_urls=["https://a.example.com/c b"], default_redirect_uri="https://a.example.com/c b"
            ),
        )
    assert str(caught.value) == (
        "Test/Pool/Client: o_auth default_redirect_uri='https://a.example.com/c b' is not a redirect URI Cognito "
        "accepts; use 1 to 1024 letters, digits, symbols and punctuation, without spaces"
    )


def test_user_pool_client_rejects_a_default_redirect_outside_the_callbacks(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_client(
            "Client",
            o_auth=OAuthSettings(
                callback_urls=["https://a.example.com"], default_redirect_uri="https://b.example.com"
            ),
        )
    assert str(caught.value) == (
        "Test/Pool/Client: o_auth default_redirect_uri='https://b.example.com' is not one of the callback_urls; "
        "add it to callback_urls"
    )


def test_user_pool_client_context_data_needs_a_secret(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_client("Client", enable_propagate_additional_user_context_data=True)
    assert str(caught.value) == (
        "Test/Pool/Client: enable_propagate_additional_user_context_data=True needs a client secret; "
        "add generate_secret=True"
    )


def test_user_pool_client_analytics_needs_an_application_or_its_parts(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_client("Client", analytics=AnalyticsConfiguration(application_id="abc"))
    assert str(caught.value) == (
        "Test/Pool/Client: analytics needs application, or all of application_id, external_id and role"
    )


def test_user_pool_client_id_token_cannot_outlive_the_refresh_token(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_client(
            "Client", refresh_token_validity=Duration.hours(1), id_token_validity=Duration.hours(2)
        )
    assert str(caught.value) == (
        "Test/Pool/Client: id_token_validity=Duration.hours(2) is longer than "
        "refresh_token_validity=Duration.hours(1); shorten it"
    )


def test_user_pool_client_secret_is_not_available(stack: Stack) -> None:
    client = UserPool(stack, "Pool").add_client("Client", generate_secret=True)
    with pytest.raises(ValidationError) as caught:
        _ = client.user_pool_client_secret
    assert str(caught.value) == (
        "Test/Pool/Client: user_pool_client_secret is not available: aws-cdk-lib reads it with a custom "
        "resource, which this package does not produce; read the secret with the AWS CLI or SDK "
        "(describe-user-pool-client)"
    )


def test_user_pool_client_without_secret_says_so(stack: Stack) -> None:
    client = UserPool(stack, "Pool").add_client("Client")
    with pytest.raises(ValidationError) as caught:
        _ = client.user_pool_client_secret
    assert str(caught.value) == (
        "Test/Pool/Client: user_pool_client_secret is read but the client has no secret; pass generate_secret=True"
    )


def test_user_pool_client_rotating_refresh_tokens_drops_the_refresh_flow(stack: Stack) -> None:
    client = UserPool(stack, "Pool").add_client(
        "Client", auth_flows=AuthFlow(user_srp=True), refresh_token_rotation_grace_period=Duration.seconds(10)
    )
    properties = properties_of(client)
    assert properties["ExplicitAuthFlows"] == ["ALLOW_USER_SRP_AUTH"]
    assert properties["RefreshTokenRotation"] == {"Feature": "ENABLED", "RetryGracePeriodSeconds": 10}
