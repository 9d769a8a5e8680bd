"""UserPoolIdentityProvider: existing federated identity providers of a user pool."""

from __future__ import annotations

from ..cfn.aws_cognito import UserPoolIdentityProviderReference
from ..core.construct import Construct
from ..core.resource import Resource
from ._imported_refs import unknown_user_pool_id
from ._types import IUserPoolIdentityProvider


class _ImportedUserPoolIdentityProvider(Resource):
    def __init__(self, scope: Construct, id: str, provider_name: str) -> None:
        super().__init__(scope, id)
        self.provider_name = provider_name

    @property
    def user_pool_identity_provider_ref(self) -> UserPoolIdentityProviderReference:
        """A reference to the identity provider; its user pool id is unknown and reports so when rendered."""
        user_pool_id = unknown_user_pool_id(
            self, "UserPoolIdentityProvider.from_provider_name", "provider_name"
        )
        return UserPoolIdentityProviderReference(provider_name=self.provider_name, user_pool_id=user_pool_id)


class UserPoolIdentityProvider:
    """Existing identity providers: `UserPoolIdentityProvider.from_provider_name(...)`."""

    @staticmethod
    def from_provider_name(scope: Construct, id: str, provider_name: str) -> IUserPoolIdentityProvider:
        """An existing identity provider by name."""
        return _ImportedUserPoolIdentityProvider(scope, id, provider_name)
