"""UserPoolIdentityProviderOidc: sign in with an OpenID Connect provider."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.errors import ValidationError
from ...core.names import Names
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import Token
from .._types import IUserPool
from .base import AttributeMapping, UserPoolIdentityProviderProps, _UserPoolIdentityProviderBase

if TYPE_CHECKING:
    from typing import Any, ClassVar

# Cognito's rule for provider names: no leading or trailing underscore or space.
_PROVIDER_NAME = re.compile(r"^[^_\s][^\s\x00-\x1f][^_\s]+$")


class OidcAttributeRequestMethod(SimpleEnum):
    """How Cognito asks the provider for user attributes."""

    GET = "GET"
    POST = "POST"


@lazy_frozen(kw_only=True)
class OidcEndpoints(metaclass=LazyAttrsMeta):
    """The endpoints of a provider that has no discovery document."""

    authorization: str
    """The authorization endpoint."""
    jwks_uri: str
    """The JSON web key set endpoint."""
    token: str
    """The token endpoint."""
    user_info: str
    """The user info endpoint."""


def _to_endpoints(value: OidcEndpoints | Mapping[str, Any] | None) -> OidcEndpoints | None:
    return OidcEndpoints(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class UserPoolIdentityProviderOidcProps(UserPoolIdentityProviderProps, metaclass=LazyAttrsMeta):
    """Properties of a UserPoolIdentityProviderOidc."""

    client_id: str
    """The client id at the provider."""
    client_secret: str
    """The client secret at the provider."""
    issuer_url: str
    """The issuer URL."""
    attribute_request_method: OidcAttributeRequestMethod | None = None
    """How user attributes are requested. Default: GET."""
    endpoints: OidcEndpoints | None = field(default=None, converter=_to_endpoints)
    """The endpoints, when the issuer has no discovery document. Default: discovered."""
    identifiers: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Identifiers (such as email domains) that select this provider. Default: none."""
    name: str | None = None
    """The provider name, 3 to 32 characters. Default: from the construct path."""
    scopes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The scopes requested. Default: ['openid']."""


class UserPoolIdentityProviderOidc(_UserPoolIdentityProviderBase):
    """Sign in with an OpenID Connect provider (`AWS::Cognito::UserPoolIdentityProvider`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderOidc"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        client_id: str,
        client_secret: str,
        issuer_url: str,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | Mapping[str, Any] | None = None,
        attribute_request_method: OidcAttributeRequestMethod | None = None,
        endpoints: OidcEndpoints | Mapping[str, Any] | None = None,
        identifiers: Sequence[str] | None = None,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
    ) -> None:
        props = UserPoolIdentityProviderOidcProps(
            client_id=client_id,
            client_secret=client_secret,
            issuer_url=issuer_url,
            user_pool=user_pool,
            attribute_mapping=attribute_mapping,
            attribute_request_method=attribute_request_method,
            endpoints=endpoints,
            identifiers=identifiers,
            name=name,
            scopes=scopes,
        )
        super().__init__(scope, id, props)
        endpoints_ = props.endpoints
        method = props.attribute_request_method or OidcAttributeRequestMethod.GET
        self._create_provider(
            provider_name=self._provider_name(props.name),
            provider_type="OIDC",
            provider_details={
                "client_id": props.client_id,
                "client_secret": props.client_secret,
                "authorize_scopes": " ".join(props.scopes if props.scopes is not None else ["openid"]),
                "attributes_request_method": method.value,
                "oidc_issuer": props.issuer_url,
                "authorize_url": endpoints_.authorization if endpoints_ else None,
                "token_url": endpoints_.token if endpoints_ else None,
                "attributes_url": endpoints_.user_info if endpoints_ else None,
                "jwks_uri": endpoints_.jwks_uri if endpoints_ else None,
            },
            identifiers=list(props.identifiers) if props.identifiers is not None else None,
        )

    def _provider_name(self, name: str | None) -> str:
        if name:
            self._check_name_length(name)
            if not Token.is_unresolved(name) and not _PROVIDER_NAME.match(name):
                raise ValidationError(
                    self, f"name={name!r} is invalid; it cannot start or end with '_' or contain spaces"
                )
            return name
        unique = Names.unique_id(self)
        if len(unique) < 3:
            return f"{unique}oidc"
        # As aws-cdk-lib: a long id keeps its first and last 16 characters.
        return unique[:16] + unique[-16:] if len(unique) > 32 else unique
