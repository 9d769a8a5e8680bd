"""UserPoolIdentityProviderAmazon: sign in with Login with Amazon."""

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
class UserPoolIdentityProviderAmazonProps(UserPoolIdentityProviderProps, metaclass=LazyAttrsMeta):
    """Properties of a UserPoolIdentityProviderAmazon."""

    client_id: str
    """The client id of the Login with Amazon app."""
    client_secret: str
    """The client secret of the app."""
    scopes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The scopes requested from Amazon. Default: ['profile']."""


class UserPoolIdentityProviderAmazon(_UserPoolIdentityProviderBase):
    """Sign in with Login with Amazon (`AWS::Cognito::UserPoolIdentityProvider`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderAmazon"
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
        scopes: Sequence[str] | None = None,
    ) -> None:
        props = UserPoolIdentityProviderAmazonProps(
            client_id=client_id,
            client_secret=client_secret,
            user_pool=user_pool,
            attribute_mapping=attribute_mapping,
            scopes=scopes,
        )
        super().__init__(scope, id, props)
        self._create_provider(
            provider_name="LoginWithAmazon",
            provider_type="LoginWithAmazon",
            provider_details={
                "client_id": props.client_id,
                "client_secret": props.client_secret,
                "authorize_scopes": " ".join(props.scopes if props.scopes is not None else ["profile"]),
            },
        )
