"""UserPoolIdentityProviderOidc: provider names and errors."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Names, Stack
from apigwv2_integrations.aws_cognito import UserPool, UserPoolIdentityProviderOidc
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def oidc(stack: Stack, id: str = "Oidc", **options: str) -> UserPoolIdentityProviderOidc:
    return UserPoolIdentityProviderOidc(
        stack,
        id,
        user_pool=UserPool(stack, "Pool"),
        client_id="id",
        client_secret="secret",
        issuer_url="https://issuer.example.com",
        **options,  # type: ignore[arg-type]
    )


def test_oidc_provider_name_comes_from_its_path(stack: Stack) -> None:
    provider = oidc(stack)
    assert properties_of(provider)["ProviderName"] == Names.unique_id(provider)


def test_oidc_provider_rejects_a_short_name(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        oidc(stack, name="ok")
    assert str(caught.value) == "Test/Oidc: name='ok' is 2 characters long; use 3 to 32 characters"


def test_oidc_provider_rejects_a_name_with_a_leading_underscore(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        oidc(stack, name="_okta")
    assert str(caught.value) == (
        "Test/Oidc: name='_okta' is invalid; it cannot start or end with '_' or contain spaces"
    )
