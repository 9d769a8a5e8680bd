"""UserPoolIdentityProviderSaml: metadata, flags, names and errors."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Names, Stack
from apigwv2_integrations.aws_cognito import (
    UserPool,
    UserPoolIdentityProviderSaml,
    UserPoolIdentityProviderSamlMetadata,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def test_saml_provider_renders_its_flags_as_booleans(stack: Stack) -> None:
    saml = UserPoolIdentityProviderSaml(
        stack,
        "Saml",
        user_pool=UserPool(stack, "Pool"),
        metadata=UserPoolIdentityProviderSamlMetadata.url("https://idp.example.com/metadata"),
    )
    properties = properties_of(saml)
    assert properties["ProviderDetails"] == {
        "IDPSignout": False,
        "MetadataURL": "https://idp.example.com/metadata",
    }
    assert properties["ProviderName"] == Names.unique_resource_name(saml, max_length=32)


def test_saml_provider_rejects_a_long_name(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPoolIdentityProviderSaml(
            stack,
            "Saml",
            user_pool=UserPool(stack, "Pool"),
            metadata=UserPoolIdentityProviderSamlMetadata.file("<EntityDescriptor/>"),
            name="x" * 33,
        )
    assert str(caught.value) == f"Test/Saml: name={'x' * 33!r} is 33 characters long; use 3 to 32 characters"
