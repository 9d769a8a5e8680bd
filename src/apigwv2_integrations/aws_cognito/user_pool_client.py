"""UserPoolClient: an app client of a user pool, with its auth flows and OAuth settings."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from ..aws_iam import IRole
from ..cfn.aws_cognito import CfnUserPoolClient, UserPoolClientReference
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.duration import Duration, TimeUnit, whole_units
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token
from ._imported_refs import unknown_user_pool_id
from ._types import IUserPool, IUserPoolClient, IUserPoolResourceServer
from .user_pool_attr import ClientAttributes
from .user_pool_resource_server import ResourceServerScope

if TYPE_CHECKING:
    from typing import Any, ClassVar


class OAuthScope:
    """An OAuth scope a client may request: `OAuthScope.OPENID`, `custom(...)`, `resource_server(...)`."""

    PHONE: OAuthScope
    EMAIL: OAuthScope
    OPENID: OAuthScope
    PROFILE: OAuthScope
    COGNITO_ADMIN: OAuthScope

    scope_name: str

    @classmethod
    def _of(cls, scope_name: str) -> OAuthScope:
        # No public constructor, as in aws_cdk: the constants and factories are the way to get a scope.
        scope = object.__new__(cls)
        scope.scope_name = scope_name
        return scope

    @staticmethod
    def custom(name: str) -> OAuthScope:
        """Any scope by name."""
        return OAuthScope._of(name)

    @staticmethod
    def resource_server(server: IUserPoolResourceServer, scope: ResourceServerScope) -> OAuthScope:
        """A scope of a resource server: `{server id}/{scope name}`."""
        return OAuthScope._of(f"{server.user_pool_resource_server_id}/{scope.scope_name}")

    def __repr__(self) -> str:
        return f"OAuthScope({self.scope_name!r})"


OAuthScope.PHONE = OAuthScope._of("phone")
OAuthScope.EMAIL = OAuthScope._of("email")
OAuthScope.OPENID = OAuthScope._of("openid")
OAuthScope.PROFILE = OAuthScope._of("profile")
OAuthScope.COGNITO_ADMIN = OAuthScope._of("aws.cognito.signin.user.admin")


class UserPoolClientIdentityProvider:
    """An identity provider the client may sign in with: `COGNITO`, `GOOGLE`, ..., or `custom(name)`."""

    APPLE: UserPoolClientIdentityProvider
    FACEBOOK: UserPoolClientIdentityProvider
    GOOGLE: UserPoolClientIdentityProvider
    AMAZON: UserPoolClientIdentityProvider
    COGNITO: UserPoolClientIdentityProvider

    name: str

    @classmethod
    def _of(cls, name: str) -> UserPoolClientIdentityProvider:
        # No public constructor, as in aws_cdk.
        provider = object.__new__(cls)
        provider.name = name
        return provider

    @staticmethod
    def custom(name: str) -> UserPoolClientIdentityProvider:
        """A provider by name."""
        return UserPoolClientIdentityProvider._of(name)

    def __repr__(self) -> str:
        return f"UserPoolClientIdentityProvider({self.name!r})"


UserPoolClientIdentityProvider.APPLE = UserPoolClientIdentityProvider._of("SignInWithApple")
UserPoolClientIdentityProvider.FACEBOOK = UserPoolClientIdentityProvider._of("Facebook")
UserPoolClientIdentityProvider.GOOGLE = UserPoolClientIdentityProvider._of("Google")
UserPoolClientIdentityProvider.AMAZON = UserPoolClientIdentityProvider._of("LoginWithAmazon")
UserPoolClientIdentityProvider.COGNITO = UserPoolClientIdentityProvider._of("COGNITO")


@lazy_frozen(kw_only=True)
class AuthFlow(metaclass=LazyAttrsMeta):
    """The authentication flows a client may use; refresh tokens are always allowed."""

    admin_user_password: bool | None = None
    """ALLOW_ADMIN_USER_PASSWORD_AUTH. Default: False."""
    custom: bool | None = None
    """ALLOW_CUSTOM_AUTH. Default: False."""
    user: bool | None = None
    """ALLOW_USER_AUTH (choice-based sign-in). Default: False."""
    user_password: bool | None = None
    """ALLOW_USER_PASSWORD_AUTH. Default: False."""
    user_srp: bool | None = None
    """ALLOW_USER_SRP_AUTH. Default: False."""


@lazy_frozen(kw_only=True)
class OAuthFlows(metaclass=LazyAttrsMeta):
    """The OAuth grants a client may use."""

    authorization_code_grant: bool | None = None
    """The authorization code grant. Default: False."""
    client_credentials: bool | None = None
    """The client credentials grant (machine to machine). Default: False."""
    implicit_code_grant: bool | None = None
    """The implicit grant. Default: False."""


def _to_oauth_flows(value: OAuthFlows | Mapping[str, Any] | None) -> OAuthFlows | None:
    return OAuthFlows(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class OAuthSettings(metaclass=LazyAttrsMeta):
    """OAuth settings of a client."""

    callback_urls: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Where users are sent after signing in.
    Default: ['https://example.com'] with the code or implicit grant."""
    default_redirect_uri: str | None = None
    """The default of `callback_urls`. Default: none."""
    flows: OAuthFlows | None = field(default=None, converter=_to_oauth_flows)
    """The grants. Default: authorization code and implicit grants."""
    logout_urls: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Where users are sent after signing out. Default: none."""
    scopes: Sequence[OAuthScope] | None = field(default=None, converter=optional_tuple)
    """The scopes the client may request. Default: phone, email, openid, profile and Cognito admin."""


def _to_auth_flow(value: AuthFlow | Mapping[str, Any] | None) -> AuthFlow | None:
    return AuthFlow(**value) if isinstance(value, Mapping) else value


def _to_oauth(value: OAuthSettings | Mapping[str, Any] | None) -> OAuthSettings | None:
    return OAuthSettings(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class AnalyticsConfiguration(metaclass=LazyAttrsMeta):
    """Amazon Pinpoint analytics of a client: an application, or its id, external id and role."""

    application: Any = None
    """The Pinpoint application (a `CfnApp`, anything with `attr_arn`). Default: none."""
    application_id: str | None = None
    """The Pinpoint application id. Default: none."""
    external_id: str | None = None
    """The external id of `role`. Default: none."""
    role: IRole | None = None
    """The role Cognito uses to publish events. Default: none."""
    share_user_data: bool | None = None
    """Include user data in the events. Default: False."""


def _to_analytics(value: AnalyticsConfiguration | Mapping[str, Any] | None) -> AnalyticsConfiguration | None:
    return AnalyticsConfiguration(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class UserPoolClientOptions(metaclass=LazyAttrsMeta):
    """Options of a user pool client (`UserPool.add_client`)."""

    access_token_validity: Duration | None = None
    """Lifetime of access tokens, 5 minutes to 1 day (and at most the refresh token's). Default: 1 hour."""
    analytics: AnalyticsConfiguration | None = field(default=None, converter=_to_analytics)
    """Amazon Pinpoint analytics. Default: none."""
    auth_flows: AuthFlow | None = field(default=None, converter=_to_auth_flow)
    """The authentication flows; refresh tokens are added unless rotated. Default: Cognito's defaults."""
    auth_session_validity: Duration | None = None
    """Lifetime of the session token of an authentication flow, 3 to 15 minutes. Default: 3 minutes."""
    disable_o_auth: bool | None = None
    """Turn OAuth off. Default: False."""
    enable_propagate_additional_user_context_data: bool | None = None
    """Pass the caller's context data to threat protection (needs `generate_secret`). Default: False."""
    enable_token_revocation: bool | None = None
    """Allow revoking refresh tokens. Default: Cognito's default (on)."""
    generate_secret: bool | None = None
    """Give the client a secret. Default: False."""
    id_token_validity: Duration | None = None
    """Lifetime of ID tokens, 5 minutes to 1 day (and at most the refresh token's). Default: 1 hour."""
    o_auth: OAuthSettings | None = field(default=None, converter=_to_oauth)
    """OAuth settings. Default: code and implicit grants, the standard scopes, https://example.com."""
    prevent_user_existence_errors: bool | None = None
    """Hide whether a user exists in sign-in errors. Default: Cognito's default."""
    read_attributes: ClientAttributes | None = None
    """The attributes the client may read. Default: all."""
    refresh_token_rotation_grace_period: Duration | None = None
    """Rotate refresh tokens, the old one staying valid this long (0 to 60 seconds). Default: no rotation."""
    refresh_token_validity: Duration | None = None
    """Lifetime of refresh tokens, 60 minutes to 10 years. Default: 30 days."""
    supported_identity_providers: Sequence[UserPoolClientIdentityProvider] | None = field(
        default=None, converter=optional_tuple
    )
    """The identity providers. Default: COGNITO and the providers registered with the pool."""
    user_pool_client_name: str | None = None
    """The client's name. Default: none."""
    write_attributes: ClientAttributes | None = None
    """The attributes the client may write. Default: all."""


@lazy_frozen(kw_only=True)
class UserPoolClientProps(UserPoolClientOptions, metaclass=LazyAttrsMeta):
    """Properties of a UserPoolClient."""

    user_pool: IUserPool
    """The user pool of the client."""


def _is_redirect_uri(uri: str) -> bool:
    # Cognito's pattern: ^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,1024}$ (no separators or control characters).
    return 1 <= len(uri) <= 1024 and all(unicodedata.category(c)[0] in "LMSNP" for c in uri)


def _no_secret(scope: Construct) -> ValidationError:
    return ValidationError(
        scope,
        "user_pool_client_secret is not available: aws-cdk-lib reads it with a custom resource, which this "
        "package does not produce; read the secret with the AWS CLI or SDK (describe-user-pool-client)",
    )


class _ImportedUserPoolClient(Resource):
    def __init__(self, scope: Construct, id: str, user_pool_client_id: str) -> None:
        super().__init__(scope, id)
        self.user_pool_client_id = user_pool_client_id

    @property
    def user_pool_client_ref(self) -> UserPoolClientReference:
        """A reference to the client; its user pool id is unknown and reports so when rendered."""
        user_pool_id = unknown_user_pool_id(
            self, "UserPoolClient.from_user_pool_client_id", "user_pool_client_id"
        )
        return UserPoolClientReference(client_id=self.user_pool_client_id, user_pool_id=user_pool_id)

    @property
    def user_pool_client_secret(self) -> Any:
        """Not available for an imported client."""
        raise _no_secret(self)


_VALIDITY_RANGES = {
    "auth_session_validity": (Duration.minutes(3), Duration.minutes(15)),
    "id_token_validity": (Duration.minutes(5), Duration.days(1)),
    "access_token_validity": (Duration.minutes(5), Duration.days(1)),
    "refresh_token_validity": (Duration.minutes(60), Duration.days(10 * 365)),
    "refresh_token_rotation_grace_period": (Duration.seconds(0), Duration.minutes(1)),
}


class UserPoolClient(Resource):
    """An app client of a user pool (`AWS::Cognito::UserPoolClient`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-cognito.UserPoolClient"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user_pool: IUserPool,
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
    ) -> None:
        super().__init__(scope, id)
        props = UserPoolClientProps(
            user_pool=user_pool,
            access_token_validity=access_token_validity,
            analytics=analytics,
            auth_flows=auth_flows,
            auth_session_validity=auth_session_validity,
            disable_o_auth=disable_o_auth,
            enable_propagate_additional_user_context_data=enable_propagate_additional_user_context_data,
            enable_token_revocation=enable_token_revocation,
            generate_secret=generate_secret,
            id_token_validity=id_token_validity,
            o_auth=o_auth,
            prevent_user_existence_errors=prevent_user_existence_errors,
            read_attributes=read_attributes,
            refresh_token_rotation_grace_period=refresh_token_rotation_grace_period,
            refresh_token_validity=refresh_token_validity,
            supported_identity_providers=supported_identity_providers,
            user_pool_client_name=user_pool_client_name,
            write_attributes=write_attributes,
        )
        if props.disable_o_auth and props.o_auth is not None:
            raise ValidationError(self, "o_auth is set with disable_o_auth=True; remove one of them")
        self.user_pool = props.user_pool
        o_auth = props.o_auth or OAuthSettings()
        self.o_auth_flows = o_auth.flows or OAuthFlows(
            implicit_code_grant=True, authorization_code_grant=True
        )
        flows = self.o_auth_flows
        callback_urls = o_auth.callback_urls
        if flows.authorization_code_grant or flows.implicit_code_grant:
            if callback_urls is None:
                callback_urls = ("https://example.com",)
            elif not callback_urls:
                raise ValidationError(
                    self,
                    "o_auth callback_urls=[] is empty; "
                    "code and implicit grants need at least one callback URL",
                )
        redirect = o_auth.default_redirect_uri
        if (
            redirect is not None
            and not Token.is_unresolved(redirect)
            and callback_urls
            and redirect not in callback_urls
        ):
            raise ValidationError(
                self,
                f"o_auth default_redirect_uri={redirect!r} is not one of the callback_urls; "
                "add it to callback_urls",
            )
        if redirect is not None and not Token.is_unresolved(redirect) and not _is_redirect_uri(redirect):
            raise ValidationError(
                self,
                f"o_auth default_redirect_uri={redirect!r} is not a redirect URI Cognito accepts; use 1 to "
                "1024 letters, digits, symbols and punctuation, without spaces",
            )
        if not props.generate_secret and props.enable_propagate_additional_user_context_data:
            raise ValidationError(
                self,
                "enable_propagate_additional_user_context_data=True needs a client secret; "
                "add generate_secret=True",
            )
        if (flows.authorization_code_grant or flows.implicit_code_grant) and flows.client_credentials:
            raise ValidationError(
                self,
                "o_auth flows mix client_credentials with code or implicit grants; "
                "use client_credentials alone or the other grants without it",
            )
        self._check_validities(props)
        disabled = bool(props.disable_o_auth)
        validity_units = None
        if props.access_token_validity or props.id_token_validity or props.refresh_token_validity:
            validity_units = {
                "id_token": "minutes" if props.id_token_validity else None,
                "access_token": "minutes" if props.access_token_validity else None,
                "refresh_token": "minutes" if props.refresh_token_validity else None,
            }
        prevent = props.prevent_user_existence_errors
        grace = props.refresh_token_rotation_grace_period
        resource = CfnUserPoolClient(
            self,
            "Resource",
            client_name=props.user_pool_client_name,
            generate_secret=props.generate_secret,
            user_pool_id=props.user_pool.user_pool_id,
            explicit_auth_flows=_render_auth_flows(props.auth_flows, rotates_refresh_tokens=bool(grace)),
            allowed_o_auth_flows=None if disabled else _render_oauth_flows(flows),
            allowed_o_auth_scopes=None if disabled else _render_oauth_scopes(o_auth.scopes),
            default_redirect_uri=redirect,
            callback_ur_ls=list(callback_urls) if callback_urls and not disabled else None,
            logout_ur_ls=list(o_auth.logout_urls) if o_auth.logout_urls is not None else None,
            allowed_o_auth_flows_user_pool_client=not disabled,
            prevent_user_existence_errors=None if prevent is None else ("ENABLED" if prevent else "LEGACY"),
            supported_identity_providers=self._identity_providers(props),
            read_attributes=props.read_attributes.attributes() if props.read_attributes else None,
            write_attributes=props.write_attributes.attributes() if props.write_attributes else None,
            enable_token_revocation=props.enable_token_revocation,
            enable_propagate_additional_user_context_data=props.enable_propagate_additional_user_context_data,
            analytics_configuration=self._analytics(props.analytics),
            auth_session_validity=_minutes(props.auth_session_validity),
            token_validity_units=validity_units,
            id_token_validity=_minutes(props.id_token_validity),
            refresh_token_validity=_minutes(props.refresh_token_validity),
            access_token_validity=_minutes(props.access_token_validity),
            refresh_token_rotation=(
                {"feature": "ENABLED", "retry_grace_period_seconds": grace.to_seconds()} if grace else None
            ),
        )
        self.user_pool_client_id: str = resource.ref
        self._user_pool_client_name = props.user_pool_client_name
        self._generate_secret = bool(props.generate_secret)

    @staticmethod
    def from_user_pool_client_id(scope: Construct, id: str, user_pool_client_id: str) -> IUserPoolClient:
        """An existing user pool client."""
        return _ImportedUserPoolClient(scope, id, user_pool_client_id)

    @property
    def user_pool_client_ref(self) -> UserPoolClientReference:
        """A reference to the client: its id and user pool id."""
        return UserPoolClientReference(
            client_id=self.user_pool_client_id, user_pool_id=self.user_pool.user_pool_ref.user_pool_id
        )

    @property
    def user_pool_client_name(self) -> str:
        """The client's name, when one was given."""
        if self._user_pool_client_name is None:
            raise ValidationError(
                self, "user_pool_client_name is not known; pass user_pool_client_name=... to know it"
            )
        return self._user_pool_client_name

    @property
    def user_pool_client_secret(self) -> Any:
        """Not available in this package (aws-cdk-lib reads it with a custom resource)."""
        if not self._generate_secret:
            raise ValidationError(
                self,
                "user_pool_client_secret is read but the client has no secret; pass generate_secret=True",
            )
        # Differs from aws-cdk-lib, which reads the secret with a Lambda-backed custom resource.
        raise _no_secret(self)

    def _identity_providers(self, props: UserPoolClientProps) -> list[str]:
        if props.supported_identity_providers is not None:
            return [p.name for p in props.supported_identity_providers]
        names = [p.provider_name for p in props.user_pool.identity_providers]
        return list(dict.fromkeys([*names, UserPoolClientIdentityProvider.COGNITO.name]))

    def _analytics(self, analytics: AnalyticsConfiguration | None) -> dict[str, Any] | None:
        if analytics is None:
            return None
        has_parts = analytics.application_id or analytics.external_id or analytics.role
        if analytics.application is not None and has_parts:
            raise ValidationError(
                self,
                "analytics has application and application_id, external_id or role; "
                "give application alone or the other three",
            )
        if analytics.application is None and not (
            analytics.application_id and analytics.external_id and analytics.role
        ):
            raise ValidationError(
                self, "analytics needs application, or all of application_id, external_id and role"
            )
        return {
            "application_arn": analytics.application.attr_arn if analytics.application is not None else None,
            "application_id": analytics.application_id,
            "external_id": analytics.external_id,
            "role_arn": analytics.role.role_arn if analytics.role is not None else None,
            "user_data_shared": analytics.share_user_data,
        }

    def _check_validities(self, props: UserPoolClientProps) -> None:
        for name, (low, high) in _VALIDITY_RANGES.items():
            value: Duration | None = getattr(props, name)
            if value is None or value.is_unresolved():
                continue
            if not low.to_milliseconds() <= value.to_milliseconds() <= high.to_milliseconds():
                raise ValidationError(self, f"{name}={value!r} is out of range; use {low!r} to {high!r}")
            # CloudFormation takes the grace period in seconds and the validities in minutes, whole.
            grace = name == "refresh_token_rotation_grace_period"
            whole_units(self, name, value, TimeUnit.SECONDS if grace else TimeUnit.MINUTES)
        refresh = props.refresh_token_validity
        if refresh is None or refresh.is_unresolved():
            return
        for name in ("id_token_validity", "access_token_validity"):
            value = getattr(props, name)
            if (
                value is not None
                and not value.is_unresolved()
                and value.to_milliseconds() > refresh.to_milliseconds()
            ):
                raise ValidationError(
                    self, f"{name}={value!r} is longer than refresh_token_validity={refresh!r}; shorten it"
                )


def _minutes(value: Duration | None) -> float | None:
    return value.to_minutes() if value is not None else None


def _render_auth_flows(auth_flows: AuthFlow | None, *, rotates_refresh_tokens: bool) -> list[str] | None:
    if auth_flows is None:
        return None
    names = [
        ("user_password", "ALLOW_USER_PASSWORD_AUTH"),
        ("admin_user_password", "ALLOW_ADMIN_USER_PASSWORD_AUTH"),
        ("custom", "ALLOW_CUSTOM_AUTH"),
        ("user_srp", "ALLOW_USER_SRP_AUTH"),
        ("user", "ALLOW_USER_AUTH"),
    ]
    flows = [flow for field, flow in names if getattr(auth_flows, field)]
    # As aws-cdk-lib: refresh tokens are allowed unless they rotate (rotation replaces that flow).
    return flows if rotates_refresh_tokens else [*flows, "ALLOW_REFRESH_TOKEN_AUTH"]


def _render_oauth_flows(flows: OAuthFlows) -> list[str] | None:
    rendered = []
    if flows.client_credentials:
        rendered.append("client_credentials")
    if flows.implicit_code_grant:
        rendered.append("implicit")
    if flows.authorization_code_grant:
        rendered.append("code")
    return rendered or None


def _render_oauth_scopes(scopes: Sequence[OAuthScope] | None) -> list[str]:
    chosen = (
        scopes
        if scopes is not None
        else [
            OAuthScope.PROFILE,
            OAuthScope.PHONE,
            OAuthScope.EMAIL,
            OAuthScope.OPENID,
            OAuthScope.COGNITO_ADMIN,
        ]
    )
    names = list(dict.fromkeys(s.scope_name for s in chosen))
    # As Cognito requires (and aws-cdk-lib does): phone, email and profile come with openid.
    if any(n in names for n in ("phone", "email", "profile")) and "openid" not in names:
        names.append("openid")
    return names
