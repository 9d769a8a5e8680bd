"""Interfaces of user pools and their parts, shared by the modules that implement them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from typing import Any

    from ..aws_iam import Grant, IGrantable, IRole
    from ..cfn.aws_cognito import (
        UserPoolClientReference,
        UserPoolDomainReference,
        UserPoolGroupReference,
        UserPoolIdentityProviderReference,
        UserPoolReference,
        UserPoolResourceServerReference,
    )
    from ..core.duration import Duration
    from .user_pool_attr import ClientAttributes
    from .user_pool_client import (
        AnalyticsConfiguration,
        AuthFlow,
        OAuthSettings,
        UserPoolClient,
        UserPoolClientIdentityProvider,
    )
    from .user_pool_domain import (
        CognitoDomainOptions,
        CustomDomainOptions,
        ManagedLoginVersion,
        UserPoolDomain,
    )
    from .user_pool_group import UserPoolGroup
    from .user_pool_resource_server import ResourceServerScope, UserPoolResourceServer


@runtime_checkable
class IUserPoolIdentityProvider(IResource, Protocol):
    """A federated identity provider of a user pool."""

    @property
    def provider_name(self) -> str:
        """The name of the provider."""
        ...

    @property
    def user_pool_identity_provider_ref(self) -> UserPoolIdentityProviderReference:
        """A reference to the identity provider: its name and user pool id."""
        ...


@runtime_checkable
class IUserPoolClient(IResource, Protocol):
    """An app client of a user pool, defined here or imported."""

    @property
    def user_pool_client_id(self) -> str:
        """The client's identifier."""
        ...

    @property
    def user_pool_client_secret(self) -> Any:
        """The client's secret (not available in this package; see the error it raises)."""
        ...

    @property
    def user_pool_client_ref(self) -> UserPoolClientReference:
        """A reference to the client: its id and user pool id."""
        ...


@runtime_checkable
class IUserPoolResourceServer(IResource, Protocol):
    """A resource server of a user pool, defined here or imported."""

    @property
    def user_pool_resource_server_id(self) -> str:
        """The resource server's identifier."""
        ...

    @property
    def user_pool_resource_server_ref(self) -> UserPoolResourceServerReference:
        """A reference to the resource server: its identifier and user pool id."""
        ...


@runtime_checkable
class IUserPoolDomain(IResource, Protocol):
    """A domain of a user pool, defined here or imported."""

    @property
    def domain_name(self) -> str:
        """The domain name (the prefix of a Cognito domain, or the custom domain)."""
        ...

    @property
    def user_pool_domain_ref(self) -> UserPoolDomainReference:
        """A reference to the domain: its name and user pool id."""
        ...


@runtime_checkable
class IUserPoolGroup(IResource, Protocol):
    """A group of a user pool, defined here or imported."""

    @property
    def group_name(self) -> str:
        """The name of the group."""
        ...

    @property
    def user_pool_group_ref(self) -> UserPoolGroupReference:
        """A reference to the group: its name and user pool id."""
        ...


@runtime_checkable
class IUserPool(IResource, Protocol):
    """A Cognito user pool, defined here or imported."""

    @property
    def user_pool_id(self) -> str:
        """The user pool's identifier."""
        ...

    @property
    def user_pool_arn(self) -> str:
        """The user pool's ARN."""
        ...

    @property
    def user_pool_ref(self) -> UserPoolReference:
        """A reference to the user pool: its id and ARN."""
        ...

    @property
    def user_pool_provider_name(self) -> str:
        """The provider name, `cognito-idp.{region}.amazonaws.com/{pool id}`."""
        ...

    @property
    def identity_providers(self) -> Sequence[IUserPoolIdentityProvider]:
        """The identity providers registered with the pool."""
        ...

    def add_client(
        self,
        id: str,
        *,
        access_token_validity: Duration | None = None,
        analytics: AnalyticsConfiguration | Mapping[str, Any] | None = None,
        auth_flows: AuthFlow | Mapping[str, Any] | None = None,
        auth_session_validity: Duration | None = None,
        disable_o_auth: bool | None = None,
        enable_propagate_additional_user_context_data: bool | None = None,
        enable_token_revocation: bool | None = None,
        generate_secret: bool | None = None,
        id_token_validity: Duration | None = None,
        o_auth: OAuthSettings | Mapping[str, Any] | None = None,
        prevent_user_existence_errors: bool | None = None,
        read_attributes: ClientAttributes | None = None,
        refresh_token_rotation_grace_period: Duration | None = None,
        refresh_token_validity: Duration | None = None,
        supported_identity_providers: Sequence[UserPoolClientIdentityProvider] | None = None,
        user_pool_client_name: str | None = None,
        write_attributes: ClientAttributes | None = None,
    ) -> UserPoolClient:
        """Add an app client to the pool."""
        ...

    def add_domain(
        self,
        id: str,
        *,
        cognito_domain: CognitoDomainOptions | Mapping[str, Any] | None = None,
        custom_domain: CustomDomainOptions | Mapping[str, Any] | None = None,
        managed_login_version: ManagedLoginVersion | None = None,
    ) -> UserPoolDomain:
        """Add the hosted sign-in domain of the pool."""
        ...

    def add_resource_server(
        self,
        id: str,
        *,
        identifier: str,
        scopes: Sequence[ResourceServerScope] | None = None,
        user_pool_resource_server_name: str | None = None,
    ) -> UserPoolResourceServer:
        """Add an OAuth resource server to the pool."""
        ...

    def add_group(
        self,
        id: str,
        *,
        description: str | None = None,
        group_name: str | None = None,
        precedence: float | None = None,
        role: IRole | None = None,
    ) -> UserPoolGroup:
        """Add a group to the pool."""
        ...

    def register_identity_provider(self, provider: IUserPoolIdentityProvider) -> None:
        """Register an identity provider with the pool."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Allow `grantee` the `actions` on the pool."""
        ...
