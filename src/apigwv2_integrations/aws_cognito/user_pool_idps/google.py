"""UserPoolIdentityProviderGoogle: sign in with Google."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.secret_value import SecretValue
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._types import IUserPool
from .base import AttributeMapping, UserPoolIdentityProviderProps, _UserPoolIdentityProviderBase

if TYPE_CHECKING:
    from typing import Any, ClassVar


@lazy_frozen(kw_only=True)
class UserPoolIdentityProviderGoogleProps(UserPoolIdentityProviderProps, metaclass=LazyAttrsMeta):
    """Properties of a UserPoolIdentityProviderGoogle."""

    client_id: str
    """The client id of the Google app."""
    client_secret: str | None = None
    """The client secret in plain text; prefer `client_secret_value`. Default: none."""
    client_secret_value: SecretValue | None = None
    """The client secret. Default: none."""
    scopes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The scopes requested from Google. Default: ['profile']."""


class UserPoolIdentityProviderGoogle(_UserPoolIdentityProviderBase):
    """Sign in with Google (`AWS::Cognito::UserPoolIdentityProvider`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderGoogle"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        client_id: str,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | Mapping[str, Any] | None = None,
        client_secret: str | None = None,
        client_secret_value: SecretValue | None = None,
        scopes: Sequence[str] | None = None,
    ) -> None:
        props = UserPoolIdentityProviderGoogleProps(
            client_id=client_id,
            user_pool=user_pool,
            attribute_mapping=attribute_mapping,
            client_secret=client_secret,
            client_secret_value=client_secret_value,
            scopes=scopes,
        )
        super().__init__(scope, id, props)
        if props.client_secret is not None and props.client_secret_value is not None:
            raise ValidationError(
                self, "client_secret and client_secret_value are both set; keep client_secret_value only"
            )
        if not props.client_secret and props.client_secret_value is None:
            raise ValidationError(
                self,
                "client_secret and client_secret_value are both missing; "
                "pass client_secret_value=SecretValue...",
            )
        self._create_provider(
            provider_name="Google",
            provider_type="Google",
            provider_details={
                "client_id": props.client_id,
                "client_secret": (
                    props.client_secret_value.unsafe_unwrap()
                    if props.client_secret_value is not None
                    else props.client_secret
                ),
                "authorize_scopes": " ".join(props.scopes if props.scopes is not None else ["profile"]),
            },
        )
