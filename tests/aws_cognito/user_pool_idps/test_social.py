"""Google, Amazon, Facebook and Apple identity providers: provider details, registration and errors."""

from __future__ import annotations

import pytest

from apigwv2_integrations import SecretValue, Stack
from apigwv2_integrations.aws_cognito import (
    UserPool,
    UserPoolIdentityProviderApple,
    UserPoolIdentityProviderFacebook,
    UserPoolIdentityProviderGoogle,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def test_google_provider_registers_with_its_pool(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    google = UserPoolIdentityProviderGoogle(
        stack, "Google", user_pool=pool, client_id="id", client_secret="secret"
    )
    assert pool.identity_providers == [google]
    assert properties_of(google)["ProviderDetails"] == {
        "authorize_scopes": "profile",
        "client_id": "id",
        "client_secret": "secret",
    }


def test_google_provider_rejects_two_secrets(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPoolIdentityProviderGoogle(
            stack,
            "Google",
            user_pool=UserPool(stack, "Pool"),
            client_id="id",
            client_secret="secret",
            client_secret_value=SecretValue.unsafe_plain_text("secret"),
        )
    assert str(caught.value) == (
        "Test/Google: client_secret and client_secret_value are both set; keep client_secret_value only"
    )


def test_google_provider_needs_a_secret(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPoolIdentityProviderGoogle(stack, "Google", user_pool=UserPool(stack, "Pool"), client_id="id")
    assert str(caught.value) == (
        "Test/Google: client_secret and client_secret_value are both missing; "
        "pass client_secret_value=SecretValue..."
    )


def test_facebook_provider_separates_permissions_with_commas(stack: Stack) -> None:
    facebook = UserPoolIdentityProviderFacebook(
        stack,
        "Facebook",
        user_pool=UserPool(stack, "Pool"),
        client_id="id",
        client_secret="s",
        scopes=["a", "b"],
    )
    assert properties_of(facebook)["ProviderDetails"]["authorize_scopes"] == "a,b"


def test_apple_provider_needs_exactly_one_private_key(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPoolIdentityProviderApple(
            stack, "Apple", user_pool=UserPool(stack, "Pool"), client_id="id", team_id="team", key_id="key"
        )
    assert str(caught.value) == (
        "Test/Apple: private_key and private_key_value are both set or both missing; pass exactly one of them"
    )
