"""UserPoolIdentityProvider: existing federated identity providers of a user pool."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.resource import Resource
from ._types import IUserPoolIdentityProvider


class _ImportedUserPoolIdentityProvider(Resource):
    def __init__(self, scope: Construct, id: str, provider_name: str) -> None:
        super().__init__(scope, id)
        self.provider_name = provider_name


class UserPoolIdentityProvider:
    """Existing identity providers: `UserPoolIdentityProvider.from_provider_name(...)`."""

    @staticmethod
    def from_provider_name(scope: Construct, id: str, provider_name: str) -> IUserPoolIdentityProvider:
        """An existing identity provider by name."""
        return _ImportedUserPoolIdentityProvider(scope, id, provider_name)
