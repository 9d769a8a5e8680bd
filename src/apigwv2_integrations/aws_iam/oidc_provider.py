"""OidcProviderNative: an OpenID Connect identity provider of IAM (`AWS::IAM::OIDCProvider`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from ..cfn.aws_iam import CfnOIDCProvider, OIDCProviderReference
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.struct import field, lazy_frozen
from ..core.tokens.fn import Fn
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token

_MAX_CLIENT_IDS = 100
_MAX_THUMBPRINTS = 5
_THUMBPRINT_LENGTH = 40


@runtime_checkable
class IOidcProvider(IResource, Protocol):
    """An OpenID Connect provider of IAM, defined here or imported."""

    @property
    def oidc_provider_arn(self) -> str:
        """The provider's ARN."""
        ...

    @property
    def oidc_provider_issuer(self) -> str:
        """The issuer: the provider's URL without `https://`."""
        ...

    @property
    def open_id_connect_provider_arn(self) -> str:
        """The provider's ARN (the name aws_cdk's older interface uses)."""
        ...

    @property
    def open_id_connect_provider_issuer(self) -> str:
        """The issuer (the name aws_cdk's older interface uses)."""
        ...

    @property
    def oidc_provider_ref(self) -> OIDCProviderReference:
        """A reference to the provider: its ARN."""
        ...


@lazy_frozen(kw_only=True)
class OidcProviderNativeProps:
    """Properties of an OidcProviderNative."""

    url: str
    """The provider's URL, starting with `https://` (for GitHub Actions,
    `https://token.actions.githubusercontent.com`)."""
    client_ids: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The audiences (client IDs) the provider issues tokens for, at most 100. Default: none."""
    oidc_provider_name: str | None = None
    """The provider's physical name in this app. Default: generated."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the provider when it leaves the stack. Default: DESTROY."""
    thumbprints: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """SHA-1 thumbprints (40 hex characters) of the provider's certificate, at most 5. Default: none
    (IAM then trusts the provider's certificate authority)."""


def _issuer_of(arn: str) -> str:
    if Token.is_unresolved(arn):
        return Fn.select(1, Fn.split(":oidc-provider/", arn))
    return arn.split(":oidc-provider/", 1)[-1]


class _OidcProviderBase(Resource):
    oidc_provider_arn: str

    @property
    def oidc_provider_issuer(self) -> str:
        """The issuer: the provider's URL without `https://`."""
        return _issuer_of(self.oidc_provider_arn)

    @property
    def open_id_connect_provider_arn(self) -> str:
        """The provider's ARN."""
        return self.oidc_provider_arn

    @property
    def open_id_connect_provider_issuer(self) -> str:
        """The issuer: the provider's URL without `https://`."""
        return self.oidc_provider_issuer

    @property
    def oidc_provider_ref(self) -> OIDCProviderReference:
        """A reference to the provider: its ARN."""
        return OIDCProviderReference(oidc_provider_arn=self.oidc_provider_arn)


class _ImportedOidcProvider(_OidcProviderBase):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id, environment_from_arn=arn)
        self.oidc_provider_arn = arn


class OidcProviderNative(_OidcProviderBase):
    """An OpenID Connect provider of IAM, made by CloudFormation itself (no custom resource): roles
    trust it through `OpenIdConnectPrincipal`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        url: str,
        client_ids: Sequence[str] | None = None,
        oidc_provider_name: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        thumbprints: Sequence[str] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=oidc_provider_name)
        props = OidcProviderNativeProps(
            url=url,
            client_ids=client_ids,
            oidc_provider_name=oidc_provider_name,
            removal_policy=removal_policy,
            thumbprints=thumbprints,
        )
        _check(self, props)
        resource = CfnOIDCProvider(
            self,
            "Resource",
            url=props.url,
            client_id_list=list(props.client_ids) if props.client_ids is not None else None,
            thumbprint_list=list(props.thumbprints) if props.thumbprints is not None else None,
        )
        if props.removal_policy is not None:
            resource.apply_removal_policy(props.removal_policy)
        self.oidc_provider_arn: str = resource.ref
        thumbprint_list = props.thumbprints
        # A string token that resolves to the list given (or to nothing), as aws-cdk-lib's does.
        self.oidc_provider_thumbprints: str = Lazy.uncached_string(
            lambda: list(thumbprint_list) if thumbprint_list is not None else None
        )

    @staticmethod
    def from_oidc_provider_arn(scope: Construct, id: str, oidc_provider_arn: str) -> IOidcProvider:
        """An existing provider, by ARN (`arn:aws:iam::123456789012:oidc-provider/<issuer>`)."""
        return _ImportedOidcProvider(scope, id, oidc_provider_arn)


def _check(scope: Construct, props: OidcProviderNativeProps) -> None:
    url = props.url
    if not Token.is_unresolved(url) and not url.startswith("https://"):
        raise ValidationError(
            scope, f"url={url!r} does not start with https://; use the provider's https URL"
        )
    client_ids = props.client_ids or ()
    if len(client_ids) > _MAX_CLIENT_IDS:
        raise ValidationError(
            scope, f"client_ids has {len(client_ids)} entries; IAM takes at most {_MAX_CLIENT_IDS}"
        )
    thumbprints = props.thumbprints or ()
    if len(thumbprints) > _MAX_THUMBPRINTS:
        raise ValidationError(
            scope, f"thumbprints has {len(thumbprints)} entries; IAM takes at most {_MAX_THUMBPRINTS}"
        )
    for thumbprint in thumbprints:
        if not Token.is_unresolved(thumbprint) and len(thumbprint) != _THUMBPRINT_LENGTH:
            raise ValidationError(
                scope,
                f"thumbprints has {thumbprint!r} ({len(thumbprint)} characters); a thumbprint is the "
                f"{_THUMBPRINT_LENGTH} hex characters of a SHA-1 hash",
            )
