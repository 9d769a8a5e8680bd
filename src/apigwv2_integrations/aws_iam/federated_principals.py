"""Federated principals: web identities (OpenID Connect, Cognito) and SAML providers."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.region_partitions import PARTITION_BY_REGION
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..interfaces.aws_iam import IOIDCProviderRef, ISAMLProviderRef
from .arn_principals import FederatedPrincipal

if TYPE_CHECKING:
    from typing import Any

# The console sign-in URL of SAML federation per partition, as aws-cdk-lib's region facts give it; a
# partition without one gets an empty audience, a region of no known partition the commercial URL.
_SAML_SIGN_ON_URL = {
    "aws": "https://signin.aws.amazon.com/saml",
    "aws-cn": "https://signin.amazonaws.cn/saml",
    "aws-us-gov": "https://signin.amazonaws-us-gov.com/saml",
    "aws-iso": "https://signin.c2shome.ic.gov/saml",
    "aws-iso-b": "https://signin.sc2shome.sgov.gov/saml",
}
_DEFAULT_SAML_SIGN_ON_URL = _SAML_SIGN_ON_URL["aws"]


class WebIdentityPrincipal(FederatedPrincipal):
    """A web identity provider (`cognito-identity.amazonaws.com`, `accounts.google.com`, an OIDC
    provider's ARN), assuming roles with `sts:AssumeRoleWithWebIdentity`."""

    def __init__(self, identity_provider: str, conditions: Mapping[str, Any] | None = None) -> None:
        super().__init__(identity_provider, conditions or {}, "sts:AssumeRoleWithWebIdentity")

    def __str__(self) -> str:
        return f"WebIdentityPrincipal({self.federated})"


class OpenIdConnectPrincipal(WebIdentityPrincipal):
    """An OpenID Connect provider of IAM (`OidcProviderNative`, `CfnOIDCProvider`), by its ARN."""

    def __init__(
        self, open_id_connect_provider: IOIDCProviderRef, conditions: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(open_id_connect_provider.oidc_provider_ref.oidc_provider_arn, conditions)

    def __str__(self) -> str:
        return f"OpenIdConnectPrincipal({self.federated})"


class SamlPrincipal(FederatedPrincipal):
    """A SAML provider of IAM, assuming roles with `sts:AssumeRoleWithSAML`."""

    def __init__(self, saml_provider: ISAMLProviderRef, conditions: Mapping[str, Any]) -> None:
        super().__init__(
            saml_provider.saml_provider_ref.saml_provider_arn, conditions, "sts:AssumeRoleWithSAML"
        )

    def __str__(self) -> str:
        return f"SamlPrincipal({self.federated})"


class SamlConsolePrincipal(SamlPrincipal):
    """A SAML provider whose users sign in to the AWS console: the audience is the console's SAML
    sign-in URL of the provider's partition (its `StringEquals` replaces one given in `conditions`)."""

    def __init__(self, saml_provider: ISAMLProviderRef, conditions: Mapping[str, Any] | None = None) -> None:
        region = Stack.of(saml_provider).region  # type: ignore[arg-type]
        partition = PARTITION_BY_REGION.get(region)
        url = _DEFAULT_SAML_SIGN_ON_URL if partition is None else _SAML_SIGN_ON_URL.get(partition, "")
        super().__init__(saml_provider, {**(conditions or {}), "StringEquals": {"SAML:aud": url}})

    def __str__(self) -> str:
        return f"SamlConsolePrincipal({self.federated})"
