"""UserPoolIdentityProviderApple: sign in with Apple."""

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
class UserPoolIdentityProviderAppleProps(UserPoolIdentityProviderProps, metaclass=LazyAttrsMeta):
    """Properties of a UserPoolIdentityProviderApple."""

    client_id: str
    """The services id of the Apple app."""
    key_id: str
    """The id of the private key."""
    team_id: str
    """The Apple developer team id."""
    private_key: str | None = None
    """The private key in plain text; prefer `private_key_value`. Default: none."""
    private_key_value: SecretValue | None = None
    """The private key. Default: none."""
    scopes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The scopes requested from Apple. Default: ['name']."""


class UserPoolIdentityProviderApple(_UserPoolIdentityProviderBase):
    """Sign in with Apple (`AWS::Cognito::UserPoolIdentityProvider`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderApple"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        client_id: str,
        key_id: str,
        team_id: str,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | Mapping[str, Any] | None = None,
        private_key: str | None = None,
        private_key_value: SecretValue | None = None,
        scopes: Sequence[str] | None = None,
    ) -> None:
        props = UserPoolIdentityProviderAppleProps(
            client_id=client_id,
            key_id=key_id,
            team_id=team_id,
            user_pool=user_pool,
            attribute_mapping=attribute_mapping,
            private_key=private_key,
            private_key_value=private_key_value,
            scopes=scopes,
        )
        super().__init__(scope, id, props)
        if (props.private_key is None) == (props.private_key_value is None):
            raise ValidationError(
                self,
                "private_key and private_key_value are both set or both missing; pass exactly one of them",
            )
        self._create_provider(
            provider_name="SignInWithApple",
            provider_type="SignInWithApple",
            provider_details={
                "client_id": props.client_id,
                "team_id": props.team_id,
                "key_id": props.key_id,
                "private_key": (
                    props.private_key_value.unsafe_unwrap()
                    if props.private_key_value is not None
                    else props.private_key
                ),
                "authorize_scopes": " ".join(props.scopes if props.scopes is not None else ["name"]),
            },
        )
