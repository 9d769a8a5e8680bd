"""OpenID Connect identity providers of IAM: OidcProviderNative (`AWS::IAM::OIDCProvider`) and
OpenIdConnectProvider (a custom resource)."""

from __future__ import annotations

from collections.abc import Sequence

from ..cfn.aws_iam import CfnOIDCProvider, OIDCProviderReference
from ..core.arn import Arn
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.custom_resource import CustomResource
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.fn import Fn
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from ._open_id_connect_provider import RESOURCE_TYPE, OpenIdConnectProviderHandler

if TYPE_CHECKING:
    from typing import ClassVar

_MAX_CLIENT_IDS = 100
_MAX_THUMBPRINTS = 5
_THUMBPRINT_LENGTH = 40
_ARN_RESOURCE_TYPE = "oidc-provider"
_REJECT_UNAUTHORIZED_FLAG = "@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections"


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
class OidcProviderNativeProps(metaclass=LazyAttrsMeta):
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
        _check(self, props.url, props.client_ids, props.thumbprints)
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


def _check(
    scope: Construct, url: str, client_ids: Sequence[str] | None, thumbprints: Sequence[str] | None
) -> None:
    if not Token.is_unresolved(url) and not url.startswith("https://"):
        raise ValidationError(
            scope, f"url={url!r} does not start with https://; use the provider's https URL"
        )
    client_ids = client_ids or ()
    if len(client_ids) > _MAX_CLIENT_IDS:
        raise ValidationError(
            scope, f"client_ids has {len(client_ids)} entries; IAM takes at most {_MAX_CLIENT_IDS}"
        )
    thumbprints = thumbprints or ()
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


@runtime_checkable
class IOpenIdConnectProvider(IResource, Protocol):
    """An OpenID Connect provider of IAM made by `OpenIdConnectProvider`, or imported."""

    @property
    def open_id_connect_provider_arn(self) -> str:
        """The provider's ARN."""
        ...

    @property
    def open_id_connect_provider_issuer(self) -> str:
        """The issuer: the provider's URL without `https://`."""
        ...

    @property
    def oidc_provider_ref(self) -> OIDCProviderReference:
        """A reference to the provider: its ARN."""
        ...


@lazy_frozen(kw_only=True)
class OpenIdConnectProviderProps(metaclass=LazyAttrsMeta):
    """Properties of an OpenIdConnectProvider."""

    url: str
    """The provider's URL, starting with `https://` (for GitHub Actions,
    `https://token.actions.githubusercontent.com`); one provider per URL in an account."""
    client_ids: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The audiences (client IDs) the provider issues tokens for, at most 100. Default: none."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the provider when it leaves the stack. Default: DESTROY."""
    thumbprints: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """SHA-1 thumbprints (40 hex characters) of the provider's certificates, at most 5. Default: the
    thumbprint of the certificate chain the provider's host presents, read at deployment."""


class _ImportedOpenIdConnectProvider(Resource):
    def __init__(self, scope: Construct, id: str, arn: str, issuer: str) -> None:
        super().__init__(scope, id)
        self.open_id_connect_provider_arn: str = arn
        self.open_id_connect_provider_issuer: str = issuer

    @property
    def oidc_provider_ref(self) -> OIDCProviderReference:
        """A reference to the provider: its ARN."""
        return OIDCProviderReference(oidc_provider_arn=self.open_id_connect_provider_arn)


class OpenIdConnectProvider(Resource):
    """An OpenID Connect provider of IAM, made by a custom resource (`Custom::AWSCDKOpenIdConnectProvider`)
    whose Lambda function, one per stack, reads the provider's thumbprint when none is given: roles trust it
    through `OpenIdConnectPrincipal`. `OidcProviderNative` makes the same provider without a function."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-iam.OpenIdConnectProvider"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        url: str,
        client_ids: Sequence[str] | None = None,
        removal_policy: RemovalPolicy | None = None,
        thumbprints: Sequence[str] | None = None,
    ) -> None:
        props = OpenIdConnectProviderProps(
            url=url, client_ids=client_ids, removal_policy=removal_policy, thumbprints=thumbprints
        )
        super().__init__(scope, id)
        # Differs from aws-cdk-lib: values IAM refuses fail here, not when the stack deploys.
        _check(self, props.url, props.client_ids, props.thumbprints)
        reject_unauthorized = FeatureFlags.of(self).is_enabled(_REJECT_UNAUTHORIZED_FLAG)
        handler = OpenIdConnectProviderHandler.of(self)
        self._resource = CustomResource(
            self,
            "Resource",
            resource_type=RESOURCE_TYPE,
            service_token=handler.service_token,
            properties={
                "ClientIDList": list(props.client_ids) if props.client_ids is not None else None,
                "ThumbprintList": list(props.thumbprints) if props.thumbprints is not None else None,
                "Url": props.url,
                "RejectUnauthorized": reject_unauthorized,
                "CodeHash": handler.code_hash,
            },
            removal_policy=props.removal_policy,
        )

    @staticmethod
    def from_open_id_connect_provider_arn(
        scope: Construct, id: str, open_id_connect_provider_arn: str
    ) -> IOpenIdConnectProvider:
        """An existing provider, by ARN (`arn:aws:iam::123456789012:oidc-provider/<issuer>`)."""
        try:
            issuer = Arn.extract_resource_name(open_id_connect_provider_arn, _ARN_RESOURCE_TYPE)
        except ValueError:
            raise ValidationError(
                scope,
                f"open_id_connect_provider_arn={open_id_connect_provider_arn!r} is not an OIDC provider ARN; "
                "use 'arn:<partition>:iam::<account>:oidc-provider/<issuer>'",
            ) from None
        return _ImportedOpenIdConnectProvider(scope, id, open_id_connect_provider_arn, issuer)

    @property
    def open_id_connect_provider_arn(self) -> str:
        """The provider's ARN."""
        return self._resource.ref

    @property
    def open_id_connect_provider_issuer(self) -> str:
        """The issuer: the provider's URL without `https://`."""
        return Arn.extract_resource_name(self.open_id_connect_provider_arn, _ARN_RESOURCE_TYPE)

    @property
    def open_id_connect_providerthumbprints(self) -> str:
        """The thumbprints in use (given, or read at deployment), a JSON list (`Fn::GetAtt` Thumbprints)."""
        return self._resource.get_att_string("Thumbprints")

    @property
    def open_id_connect_provider_thumbprints(self) -> str:
        """The thumbprints in use: `open_id_connect_providerthumbprints`, under a snake_case name."""
        return self.open_id_connect_providerthumbprints

    @property
    def oidc_provider_ref(self) -> OIDCProviderReference:
        """A reference to the provider: its ARN."""
        return OIDCProviderReference(oidc_provider_arn=self.open_id_connect_provider_arn)
