"""UserPoolIdentityProviderFacebook: sign in with Facebook."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._types import IUserPool
from .base import AttributeMapping, UserPoolIdentityProviderProps, _UserPoolIdentityProviderBase

if TYPE_CHECKING:
    from typing import Any, ClassVar


@lazy_frozen(kw_only=True)
class UserPoolIdentityProviderFacebookProps(UserPoolIdentityProviderProps, metaclass=LazyAttrsMeta):
    """Properties of a UserPoolIdentityProviderFacebook."""

    client_id: str
    """The app id of the Facebook app."""
    client_secret: str
    """The app secret."""
    api_version: str | None = None
    """The Graph API version. Default: Cognito's default."""
    scopes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The permissions requested from Facebook. Default: ['public_profile']."""


class UserPoolIdentityProviderFacebook(_UserPoolIdentityProviderBase):
    """Sign in with Facebook (`AWS::Cognito::UserPoolIdentityProvider`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderFacebook"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        client_id: str,
        client_secret: str,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | Mapping[str, Any] | None = None,
        api_version: str | None = None,
        scopes: Sequence[str] | None = None,
    ) -> None:
        props = UserPoolIdentityProviderFacebookProps(
            client_id=client_id,
            client_secret=client_secret,
            user_pool=user_pool,
            attribute_mapping=attribute_mapping,
            api_version=api_version,
            scopes=scopes,
        )
        super().__init__(scope, id, props)
        self._create_provider(
            provider_name="Facebook",
            provider_type="Facebook",
            provider_details={
                "client_id": props.client_id,
                "client_secret": props.client_secret,
                # Facebook separates permissions with commas.
                "authorize_scopes": ",".join(
                    props.scopes if props.scopes is not None else ["public_profile"]
                ),
                "api_version": props.api_version,
            },
        )
