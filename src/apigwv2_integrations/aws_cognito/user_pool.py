"""UserPool: a Cognito user directory, with sign-in aliases, password policy, MFA and account recovery."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..aws_iam import Grant, IGrantable, IRole, PolicyDocument, PolicyStatement, Role, ServicePrincipal
from ..aws_lambda import IFunction
from ..cfn.aws_cognito import CfnUserPool, UserPoolReference
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.duration import Duration, TimeUnit, whole_units
from ..core.errors import ValidationError
from ..core.js_number import js_number_text
from ..core.names import Names
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, fields_of, lazy_frozen
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from ._types import IUserPool, IUserPoolIdentityProvider
from .user_pool_attr import STANDARD_ATTRIBUTE_NAMES, ClientAttributes, ICustomAttribute, StandardAttributes
from .user_pool_client import (
    AnalyticsConfiguration,
    AuthFlow,
    OAuthSettings,
    UserPoolClient,
    UserPoolClientIdentityProvider,
)
from .user_pool_domain import CognitoDomainOptions, CustomDomainOptions, ManagedLoginVersion, UserPoolDomain
from .user_pool_email import UserPoolEmail, render_email_configuration
from .user_pool_group import UserPoolGroup
from .user_pool_resource_server import ResourceServerScope, UserPoolResourceServer

if TYPE_CHECKING:
    from typing import Any

_CODE_TEMPLATE = "{####}"
_DEFAULT_VERIFICATION_MESSAGE = f"The verification code to your new account is {_CODE_TEMPLATE}"
_DEFAULT_VERIFICATION_SUBJECT = "Verify your new account"
_LINK_TEMPLATE = "{##Verify Email##}"
_LINK_PATTERN = re.compile(r"\{##[^\x00-\x1f]*##\}")


class Mfa(SimpleEnum):
    """Whether users must, may or cannot use multi-factor authentication."""

    OFF = "OFF"
    OPTIONAL = "OPTIONAL"
    REQUIRED = "ON"


class VerificationEmailStyle(SimpleEnum):
    """How users verify their email address: a code, or a link."""

    CODE = "CONFIRM_WITH_CODE"
    LINK = "CONFIRM_WITH_LINK"


class LambdaVersion(SimpleEnum):
    """The event version of a trigger."""

    V1_0 = "V1_0"
    V2_0 = "V2_0"
    V3_0 = "V3_0"


class PasskeyUserVerification(SimpleEnum):
    """Whether passkey sign-in requires user verification."""

    PREFERRED = "preferred"
    REQUIRED = "required"


class AdvancedSecurityMode(SimpleEnum):
    """Deprecated in aws_cdk: advanced security (use the threat protection modes)."""

    ENFORCED = "ENFORCED"
    AUDIT = "AUDIT"
    OFF = "OFF"


class FeaturePlan(SimpleEnum):
    """The feature plan (tier) of a pool."""

    LITE = "LITE"
    ESSENTIALS = "ESSENTIALS"
    PLUS = "PLUS"


class StandardThreatProtectionMode(SimpleEnum):
    """Threat protection of standard authentication."""

    FULL_FUNCTION = "ENFORCED"
    AUDIT_ONLY = "AUDIT"
    NO_ENFORCEMENT = "OFF"


class CustomThreatProtectionMode(SimpleEnum):
    """Threat protection of custom authentication."""

    FULL_FUNCTION = "ENFORCED"
    AUDIT_ONLY = "AUDIT"


def _snake_case(name: str) -> str:
    return re.sub(r"([A-Z])", r"_\1", name).lower()


class UserPoolOperation:
    """A user pool event a Lambda trigger handles: `UserPoolOperation.PRE_SIGN_UP`, ..., `of(name)`."""

    CREATE_AUTH_CHALLENGE: UserPoolOperation
    CUSTOM_MESSAGE: UserPoolOperation
    DEFINE_AUTH_CHALLENGE: UserPoolOperation
    POST_AUTHENTICATION: UserPoolOperation
    POST_CONFIRMATION: UserPoolOperation
    PRE_AUTHENTICATION: UserPoolOperation
    PRE_SIGN_UP: UserPoolOperation
    PRE_TOKEN_GENERATION: UserPoolOperation
    PRE_TOKEN_GENERATION_CONFIG: UserPoolOperation
    USER_MIGRATION: UserPoolOperation
    VERIFY_AUTH_CHALLENGE_RESPONSE: UserPoolOperation
    CUSTOM_EMAIL_SENDER: UserPoolOperation
    CUSTOM_SMS_SENDER: UserPoolOperation
    operation_name: str

    @classmethod
    def _of(cls, operation_name: str) -> UserPoolOperation:
        # No public constructor, as in aws_cdk: the constants and `of` are the way to get one.
        operation = object.__new__(cls)
        operation.operation_name = operation_name
        return operation

    @staticmethod
    def of(name: str) -> UserPoolOperation:
        """An operation by name (`preSignUp` or `PreSignUp`)."""
        return UserPoolOperation._of(name[:1].lower() + name[1:])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UserPoolOperation) and other.operation_name == self.operation_name

    def __hash__(self) -> int:
        return hash(self.operation_name)

    def __repr__(self) -> str:
        return f"UserPoolOperation.of({self.operation_name!r})"


for _name, _operation in (
    ("CREATE_AUTH_CHALLENGE", "createAuthChallenge"),
    ("CUSTOM_MESSAGE", "customMessage"),
    ("DEFINE_AUTH_CHALLENGE", "defineAuthChallenge"),
    ("POST_AUTHENTICATION", "postAuthentication"),
    ("POST_CONFIRMATION", "postConfirmation"),
    ("PRE_AUTHENTICATION", "preAuthentication"),
    ("PRE_SIGN_UP", "preSignUp"),
    ("PRE_TOKEN_GENERATION", "preTokenGeneration"),
    ("PRE_TOKEN_GENERATION_CONFIG", "preTokenGenerationConfig"),
    ("USER_MIGRATION", "userMigration"),
    ("VERIFY_AUTH_CHALLENGE_RESPONSE", "verifyAuthChallengeResponse"),
    ("CUSTOM_EMAIL_SENDER", "customEmailSender"),
    ("CUSTOM_SMS_SENDER", "customSmsSender"),
):
    setattr(UserPoolOperation, _name, UserPoolOperation._of(_operation))


class AccountRecovery(SimpleEnum):
    """How users recover their account."""

    EMAIL_AND_PHONE_WITHOUT_MFA = "EMAIL_AND_PHONE_WITHOUT_MFA"
    PHONE_WITHOUT_MFA_AND_EMAIL = "PHONE_WITHOUT_MFA_AND_EMAIL"
    EMAIL_ONLY = "EMAIL_ONLY"
    PHONE_ONLY_WITHOUT_MFA = "PHONE_ONLY_WITHOUT_MFA"
    PHONE_AND_EMAIL = "PHONE_AND_EMAIL"
    NONE = "NONE"


_RECOVERY_MECHANISMS: dict[AccountRecovery, list[str] | None] = {
    AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA: ["verified_email", "verified_phone_number"],
    AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL: ["verified_phone_number", "verified_email"],
    AccountRecovery.EMAIL_ONLY: ["verified_email"],
    AccountRecovery.PHONE_ONLY_WITHOUT_MFA: ["verified_phone_number"],
    AccountRecovery.NONE: ["admin_only"],
    # Cognito's own default: no setting rendered.
    AccountRecovery.PHONE_AND_EMAIL: None,
}


@lazy_frozen(kw_only=True)
class SignInAliases(metaclass=LazyAttrsMeta):
    """What users sign in with."""

    email: bool | None = None
    """Their email address. Default: False."""
    phone: bool | None = None
    """Their phone number. Default: False."""
    preferred_username: bool | None = None
    """Their preferred username (needs `username`). Default: False."""
    username: bool | None = None
    """Their user name. Default: True when no alias is given."""


@lazy_frozen(kw_only=True)
class AutoVerifiedAttrs(metaclass=LazyAttrsMeta):
    """Attributes Cognito verifies by sending a code."""

    email: bool | None = None
    """The email address. Default: True when email is a sign-in alias."""
    phone: bool | None = None
    """The phone number. Default: True when the phone is a sign-in alias."""


@lazy_frozen(kw_only=True)
class PasswordPolicy(metaclass=LazyAttrsMeta):
    """Rules for passwords."""

    min_length: int | None = None
    """The minimum length, 6 to 99. Default: 8."""
    password_history_size: int | None = None
    """How many earlier passwords cannot be reused, 0 to 24. Default: none."""
    require_digits: bool | None = None
    """Require a digit. Default: True (Cognito)."""
    require_lowercase: bool | None = None
    """Require a lower-case letter. Default: True (Cognito)."""
    require_symbols: bool | None = None
    """Require a symbol. Default: True (Cognito)."""
    require_uppercase: bool | None = None
    """Require an upper-case letter. Default: True (Cognito)."""
    temp_password_validity: Duration | None = None
    """How long temporary passwords stay valid, at most 365 days. Default: 7 days."""


@lazy_frozen(kw_only=True)
class MfaSecondFactor(metaclass=LazyAttrsMeta):
    """The second factors users may use."""

    otp: bool
    """Time-based one-time passwords (authenticator apps)."""
    sms: bool
    """Codes sent by SMS."""
    email: bool | None = None
    """Codes sent by email. Default: False."""


def _to_sign_in_aliases(value: SignInAliases | Mapping[str, Any] | None) -> SignInAliases | None:
    return SignInAliases(**value) if isinstance(value, Mapping) else value


def _to_auto_verify(value: AutoVerifiedAttrs | Mapping[str, Any] | None) -> AutoVerifiedAttrs | None:
    return AutoVerifiedAttrs(**value) if isinstance(value, Mapping) else value


def _to_password_policy(value: PasswordPolicy | Mapping[str, Any] | None) -> PasswordPolicy | None:
    return PasswordPolicy(**value) if isinstance(value, Mapping) else value


def _to_second_factor(value: MfaSecondFactor | Mapping[str, Any] | None) -> MfaSecondFactor | None:
    return MfaSecondFactor(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class UserVerificationConfig(metaclass=LazyAttrsMeta):
    """The messages that verify users' email addresses and phone numbers."""

    email_body: str | None = None
    """The email body; it must contain `{####}` (code) or `{##Verify Email##}` (link).
    Default: 'The verification code to your new account is {####}' (code style)."""
    email_style: VerificationEmailStyle | None = None
    """A code or a link. Default: VerificationEmailStyle.CODE."""
    email_subject: str | None = None
    """The email subject. Default: 'Verify your new account'."""
    sms_message: str | None = None
    """The SMS text; it must contain `{####}`.
    Default: 'The verification code to your new account is {####}'."""


@lazy_frozen(kw_only=True)
class UserInvitationConfig(metaclass=LazyAttrsMeta):
    """The messages that invite users an administrator creates."""

    email_body: str | None = None
    """The email body. Default: Cognito's."""
    email_subject: str | None = None
    """The email subject. Default: Cognito's."""
    sms_message: str | None = None
    """The SMS text. Default: Cognito's."""


@lazy_frozen(kw_only=True)
class DeviceTracking(metaclass=LazyAttrsMeta):
    """Remembering users' devices."""

    challenge_required_on_new_device: bool
    """Require a challenge on a new device."""
    device_only_remembered_on_user_prompt: bool
    """Remember a device only when the user agrees."""


@lazy_frozen(kw_only=True)
class KeepOriginalAttrs(metaclass=LazyAttrsMeta):
    """Attributes that keep their old value until the new one is verified."""

    email: bool | None = None
    """The email address. Default: False."""
    phone: bool | None = None
    """The phone number. Default: False."""


@lazy_frozen(kw_only=True)
class AllowedFirstAuthFactors(metaclass=LazyAttrsMeta):
    """The factors users may sign in with first (choice-based sign-in)."""

    password: bool
    """Passwords (must be True)."""
    email_otp: bool | None = None
    """One-time codes by email. Default: False."""
    passkey: bool | None = None
    """Passkeys. Default: False."""
    sms_otp: bool | None = None
    """One-time codes by SMS. Default: False."""


def _to_first_factors(
    value: AllowedFirstAuthFactors | Mapping[str, Any] | None,
) -> AllowedFirstAuthFactors | None:
    return AllowedFirstAuthFactors(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class SignInPolicy(metaclass=LazyAttrsMeta):
    """How users sign in."""

    allowed_first_auth_factors: AllowedFirstAuthFactors | None = field(
        default=None, converter=_to_first_factors
    )
    """The factors users may sign in with first. Default: passwords only."""


@lazy_frozen(kw_only=True)
class UserPoolTriggers(metaclass=LazyAttrsMeta):
    """Lambda functions that handle user pool events, by operation."""

    create_auth_challenge: IFunction | None = None
    """Creates a custom authentication challenge. Default: none."""
    custom_email_sender: IFunction | None = None
    """Sends email itself (needs `custom_sender_kms_key`). Default: none."""
    custom_message: IFunction | None = None
    """Customizes messages. Default: none."""
    custom_sms_sender: IFunction | None = None
    """Sends SMS itself (needs `custom_sender_kms_key`). Default: none."""
    define_auth_challenge: IFunction | None = None
    """Defines a custom authentication challenge. Default: none."""
    post_authentication: IFunction | None = None
    """Runs after sign-in. Default: none."""
    post_confirmation: IFunction | None = None
    """Runs after confirmation. Default: none."""
    pre_authentication: IFunction | None = None
    """Runs before sign-in. Default: none."""
    pre_sign_up: IFunction | None = None
    """Runs before sign-up. Default: none."""
    pre_token_generation: IFunction | None = None
    """Customizes tokens. Default: none."""
    user_migration: IFunction | None = None
    """Migrates users on sign-in. Default: none."""
    verify_auth_challenge_response: IFunction | None = None
    """Verifies custom challenge answers. Default: none."""


def _to_standard_attributes(
    value: StandardAttributes | Mapping[str, Any] | None,
) -> StandardAttributes | None:
    return StandardAttributes(**value) if isinstance(value, Mapping) else value


def _to_custom_attributes(value: Mapping[str, ICustomAttribute] | None) -> dict[str, ICustomAttribute] | None:
    return None if value is None else dict(value)


def _to_verification(
    value: UserVerificationConfig | Mapping[str, Any] | None,
) -> UserVerificationConfig | None:
    return UserVerificationConfig(**value) if isinstance(value, Mapping) else value


def _to_invitation(value: UserInvitationConfig | Mapping[str, Any] | None) -> UserInvitationConfig | None:
    return UserInvitationConfig(**value) if isinstance(value, Mapping) else value


def _to_device_tracking(value: DeviceTracking | Mapping[str, Any] | None) -> DeviceTracking | None:
    return DeviceTracking(**value) if isinstance(value, Mapping) else value


def _to_keep_original(value: KeepOriginalAttrs | Mapping[str, Any] | None) -> KeepOriginalAttrs | None:
    return KeepOriginalAttrs(**value) if isinstance(value, Mapping) else value


def _to_sign_in_policy(value: SignInPolicy | Mapping[str, Any] | None) -> SignInPolicy | None:
    return SignInPolicy(**value) if isinstance(value, Mapping) else value


def _to_triggers(value: UserPoolTriggers | Mapping[str, Any] | None) -> UserPoolTriggers | None:
    return UserPoolTriggers(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class UserPoolProps(metaclass=LazyAttrsMeta):
    """Properties of a UserPool."""

    account_recovery: AccountRecovery | None = None
    """How users recover their account. Default: AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL."""
    advanced_security_mode: AdvancedSecurityMode | None = None
    """Deprecated in aws_cdk: advanced security. Default: none."""
    auto_verify: AutoVerifiedAttrs | None = field(default=None, converter=_to_auto_verify)
    """Attributes Cognito verifies. Default: the email and phone sign-in aliases."""
    custom_attributes: Mapping[str, ICustomAttribute] | None = field(
        default=None, converter=_to_custom_attributes
    )
    """Custom attributes by name (without `custom:`). Default: none."""
    custom_sender_kms_key: Any = None
    """The KMS key of the custom email and SMS sender triggers (anything with `key_arn`). Default: none."""
    custom_threat_protection_mode: CustomThreatProtectionMode | None = None
    """Threat protection of custom authentication. Default: none."""
    deletion_protection: bool | None = None
    """Protect the pool from deletion. Default: Cognito's default (off)."""
    device_tracking: DeviceTracking | None = field(default=None, converter=_to_device_tracking)
    """Remembering users' devices. Default: off."""
    email: UserPoolEmail | None = None
    """How the pool sends email. Default: Cognito's email service."""
    enable_sms_role: bool | None = None
    """Create an SMS role even when nothing needs it, or never. Default: only when SMS is used."""
    feature_plan: FeaturePlan | None = None
    """The feature plan. Default: Cognito's default (Essentials)."""
    keep_original: KeepOriginalAttrs | None = field(default=None, converter=_to_keep_original)
    """Attributes that keep their old value until the new one is verified. Default: none."""
    lambda_triggers: UserPoolTriggers | None = field(default=None, converter=_to_triggers)
    """Lambda functions that handle pool events. Default: none."""
    mfa: Mfa | None = None
    """Multi-factor authentication. Default: Mfa.OFF."""
    mfa_message: str | None = None
    """The SMS text with the MFA code; it must contain `{####}`, at most 140 characters.
    Default: Cognito's."""
    mfa_second_factor: MfaSecondFactor | None = field(default=None, converter=_to_second_factor)
    """The second factors. Default: SMS when MFA is on."""
    passkey_relying_party_id: str | None = None
    """The relying party id of passkeys, 1 to 63 characters. Default: the pool's domain."""
    passkey_user_verification: PasskeyUserVerification | None = None
    """Whether passkeys require user verification. Default: Cognito's default (preferred)."""
    password_policy: PasswordPolicy | None = field(default=None, converter=_to_password_policy)
    """Rules for passwords. Default: Cognito's default policy."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the pool when it leaves the stack. Default: RemovalPolicy.RETAIN."""
    self_sign_up_enabled: bool | None = None
    """Let users sign themselves up. Default: False."""
    sign_in_aliases: SignInAliases | None = field(default=None, converter=_to_sign_in_aliases)
    """What users sign in with. Default: their user name."""
    sign_in_case_sensitive: bool | None = None
    """Whether user names and email addresses are case sensitive. Default: Cognito's default."""
    sign_in_policy: SignInPolicy | None = field(default=None, converter=_to_sign_in_policy)
    """How users sign in. Default: passwords only."""
    sms_role: IRole | None = None
    """The role Cognito sends SMS with. Default: created when SMS is used."""
    sms_role_external_id: str | None = None
    """The external id of `sms_role`. Default: none."""
    sns_region: str | None = None
    """The region of the SNS service that sends SMS. Default: Cognito's default."""
    standard_attributes: StandardAttributes | None = field(default=None, converter=_to_standard_attributes)
    """Standard attributes the pool requires or protects. Default: none."""
    standard_threat_protection_mode: StandardThreatProtectionMode | None = None
    """Threat protection of standard authentication. Default: none."""
    user_invitation: UserInvitationConfig | None = field(default=None, converter=_to_invitation)
    """The messages that invite users an administrator creates. Default: Cognito's."""
    user_pool_name: str | None = None
    """The name of the pool. Default: generated by CloudFormation."""
    user_verification: UserVerificationConfig | None = field(default=None, converter=_to_verification)
    """The verification messages. Default: a code, with aws-cdk-lib's default texts."""


class _UserPoolBase(Resource):
    """What defined and imported user pools share: clients, domains, resource servers, groups, grants."""

    user_pool_id: str
    user_pool_arn: str
    user_pool_provider_name: str

    @property
    def user_pool_ref(self) -> UserPoolReference:
        """A reference to the user pool: its id and ARN."""
        return UserPoolReference(user_pool_arn=self.user_pool_arn, user_pool_id=self.user_pool_id)

    def _init_identity_providers(self) -> None:
        self._identity_providers: list[IUserPoolIdentityProvider] = []

    @property
    def identity_providers(self) -> Sequence[IUserPoolIdentityProvider]:
        """The identity providers registered with the pool."""
        return list(self._identity_providers)

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
        """Add an app client to this pool."""
        return UserPoolClient(
            self,
            id,
            user_pool=self,
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

    def add_domain(
        self,
        id: str,
        *,
        cognito_domain: CognitoDomainOptions | Mapping[str, Any] | None = None,
        custom_domain: CustomDomainOptions | Mapping[str, Any] | None = None,
        managed_login_version: ManagedLoginVersion | None = None,
    ) -> UserPoolDomain:
        """Add the hosted sign-in domain of this pool."""
        return UserPoolDomain(
            self,
            id,
            user_pool=self,
            cognito_domain=cognito_domain,
            custom_domain=custom_domain,
            managed_login_version=managed_login_version,
        )

    def add_resource_server(
        self,
        id: str,
        *,
        identifier: str,
        scopes: Sequence[ResourceServerScope] | None = None,
        user_pool_resource_server_name: str | None = None,
    ) -> UserPoolResourceServer:
        """Add an OAuth resource server to this pool."""
        return UserPoolResourceServer(
            self,
            id,
            user_pool=self,
            identifier=identifier,
            scopes=scopes,
            user_pool_resource_server_name=user_pool_resource_server_name,
        )

    def add_group(
        self,
        id: str,
        *,
        description: str | None = None,
        group_name: str | None = None,
        precedence: float | None = None,
        role: IRole | None = None,
    ) -> UserPoolGroup:
        """Add a group to this pool."""
        return UserPoolGroup(
            self,
            id,
            user_pool=self,
            description=description,
            group_name=group_name,
            precedence=precedence,
            role=role,
        )

    def register_identity_provider(self, provider: IUserPoolIdentityProvider) -> None:
        """Register an identity provider; new clients support it by default."""
        self._identity_providers.append(provider)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Allow `grantee` the `actions` (such as `cognito-idp:AdminCreateUser`) on this pool."""
        return Grant.add_to_principal(
            grantee=grantee, actions=list(actions), resource_arns=[self.user_pool_arn]
        )


class _ImportedUserPool(_UserPoolBase):
    def __init__(self, scope: Construct, id: str, user_pool_arn: str) -> None:
        stack = Stack.of(scope)
        parts = stack.split_arn(user_pool_arn, ArnFormat.SLASH_RESOURCE_NAME)
        super().__init__(scope, id, account=parts.account, region=parts.region)
        if not parts.resource_name:
            raise ValidationError(
                self, f"user_pool_arn={user_pool_arn!r} has no user pool id; use arn:...:userpool/{{id}}"
            )
        self._init_identity_providers()
        self.user_pool_arn = user_pool_arn
        self.user_pool_id = parts.resource_name
        self.user_pool_provider_name = f"cognito-idp.{parts.region}.{stack.url_suffix}/{parts.resource_name}"


class UserPool(_UserPoolBase):
    """A Cognito user pool (`AWS::Cognito::UserPool`)."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPool"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account_recovery: AccountRecovery | None = None,
        advanced_security_mode: AdvancedSecurityMode | None = None,
        auto_verify: AutoVerifiedAttrs | Mapping[str, Any] | None = None,
        custom_attributes: Mapping[str, ICustomAttribute] | None = None,
        custom_sender_kms_key: Any = None,
        custom_threat_protection_mode: CustomThreatProtectionMode | None = None,
        deletion_protection: bool | None = None,
        device_tracking: DeviceTracking | Mapping[str, Any] | None = None,
        email: UserPoolEmail | None = None,
        enable_sms_role: bool | None = None,
        feature_plan: FeaturePlan | None = None,
        keep_original: KeepOriginalAttrs | Mapping[str, Any] | None = None,
        lambda_triggers: UserPoolTriggers | Mapping[str, Any] | None = None,
        mfa: Mfa | None = None,
        mfa_message: str | None = None,
        mfa_second_factor: MfaSecondFactor | Mapping[str, Any] | None = None,
        passkey_relying_party_id: str | None = None,
        passkey_user_verification: PasskeyUserVerification | None = None,
        password_policy: PasswordPolicy | Mapping[str, Any] | None = None,
        removal_policy: RemovalPolicy | None = None,
        self_sign_up_enabled: bool | None = None,
        sign_in_aliases: SignInAliases | Mapping[str, Any] | None = None,
        sign_in_case_sensitive: bool | None = None,
        sign_in_policy: SignInPolicy | Mapping[str, Any] | None = None,
        sms_role: IRole | None = None,
        sms_role_external_id: str | None = None,
        sns_region: str | None = None,
        standard_attributes: StandardAttributes | Mapping[str, Any] | None = None,
        standard_threat_protection_mode: StandardThreatProtectionMode | None = None,
        user_invitation: UserInvitationConfig | Mapping[str, Any] | None = None,
        user_pool_name: str | None = None,
        user_verification: UserVerificationConfig | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = UserPoolProps(
            account_recovery=account_recovery,
            advanced_security_mode=advanced_security_mode,
            auto_verify=auto_verify,
            custom_attributes=custom_attributes,
            custom_sender_kms_key=custom_sender_kms_key,
            custom_threat_protection_mode=custom_threat_protection_mode,
            deletion_protection=deletion_protection,
            device_tracking=device_tracking,
            email=email,
            enable_sms_role=enable_sms_role,
            feature_plan=feature_plan,
            keep_original=keep_original,
            lambda_triggers=lambda_triggers,
            mfa=mfa,
            mfa_message=mfa_message,
            mfa_second_factor=mfa_second_factor,
            passkey_relying_party_id=passkey_relying_party_id,
            passkey_user_verification=passkey_user_verification,
            password_policy=password_policy,
            removal_policy=removal_policy,
            self_sign_up_enabled=self_sign_up_enabled,
            sign_in_aliases=sign_in_aliases,
            sign_in_case_sensitive=sign_in_case_sensitive,
            sign_in_policy=sign_in_policy,
            sms_role=sms_role,
            sms_role_external_id=sms_role_external_id,
            sns_region=sns_region,
            standard_attributes=standard_attributes,
            standard_threat_protection_mode=standard_threat_protection_mode,
            user_invitation=user_invitation,
            user_pool_name=user_pool_name,
            user_verification=user_verification,
        )
        self._init_identity_providers()
        self._triggers: dict[str, Any] = {}
        self._resource: CfnUserPool | None = None
        username_attrs, alias_attrs, auto_verify_attrs = self._sign_in(props)
        if props.custom_sender_kms_key is not None:
            self._triggers["kms_key_id"] = props.custom_sender_kms_key.key_arn
        triggers = props.lambda_triggers
        if triggers is not None:
            for attribute in fields_of(UserPoolTriggers):
                function: IFunction | None = getattr(triggers, attribute.name)
                if function is not None:
                    self._add_trigger(attribute.name, function, None)
        verification = self._verification_messages(props.user_verification)
        email_config = props.email._bind(self) if props.email is not None else None
        enabled_mfas = self._enabled_mfas(props, email_config.email_sending_account if email_config else None)
        recovery = _RECOVERY_MECHANISMS[props.account_recovery or AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL]
        resource = CfnUserPool(
            self,
            "Resource",
            user_pool_name=props.user_pool_name,
            username_attributes=username_attrs,
            alias_attributes=alias_attrs,
            auto_verified_attributes=auto_verify_attrs,
            lambda_config=self._render_lambda_config(),
            sms_authentication_message=self._mfa_message(props.mfa_message),
            sms_configuration=self._sms_configuration(props, enabled_mfas),
            admin_create_user_config=_admin_create_user_config(props),
            email_verification_message=verification.get("email_message"),
            email_verification_subject=verification.get("email_subject"),
            sms_verification_message=verification["sms_message"],
            verification_message_template=verification,
            user_pool_add_ons=self._add_ons(props),
            schema=_schema(props),
            mfa_configuration=props.mfa.value if props.mfa is not None else None,
            enabled_mfas=enabled_mfas,
            policies=self._policies(props),
            web_authn_relying_party_id=self._relying_party_id(props.passkey_relying_party_id),
            web_authn_user_verification=(
                props.passkey_user_verification.value if props.passkey_user_verification else None
            ),
            email_configuration=render_email_configuration(email_config) if email_config else None,
            username_configuration=(
                {"case_sensitive": props.sign_in_case_sensitive}
                if props.sign_in_case_sensitive is not None
                else None
            ),
            account_recovery_setting=(
                {"recovery_mechanisms": [{"name": n, "priority": i + 1} for i, n in enumerate(recovery)]}
                if recovery is not None
                else None
            ),
            device_configuration=(
                {
                    "challenge_required_on_new_device": (
                        props.device_tracking.challenge_required_on_new_device
                    ),
                    "device_only_remembered_on_user_prompt": (
                        props.device_tracking.device_only_remembered_on_user_prompt
                    ),
                }
                if props.device_tracking is not None
                else None
            ),
            user_attribute_update_settings=_keep_original(props.keep_original),
            user_pool_tier=props.feature_plan.value if props.feature_plan is not None else None,
            deletion_protection=(
                None
                if props.deletion_protection is None
                else ("ACTIVE" if props.deletion_protection else "INACTIVE")
            ),
        )
        resource.apply_removal_policy(props.removal_policy or RemovalPolicy.RETAIN)
        self._resource = resource
        self.user_pool_id: str = resource.ref
        self.user_pool_arn: str = resource.attr_arn
        self.user_pool_provider_name: str = resource.attr_provider_name
        self.user_pool_provider_url: str = resource.attr_provider_url

    @staticmethod
    def from_user_pool_id(scope: Construct, id: str, user_pool_id: str) -> IUserPool:
        """An existing user pool in the stack's account and region."""
        arn = Stack.of(scope).format_arn(
            service="cognito-idp", resource="userpool", resource_name=user_pool_id
        )
        return _ImportedUserPool(scope, id, arn)

    @staticmethod
    def from_user_pool_arn(scope: Construct, id: str, user_pool_arn: str) -> IUserPool:
        """An existing user pool."""
        return _ImportedUserPool(scope, id, user_pool_arn)

    def add_trigger(
        self, operation: UserPoolOperation, fn: IFunction, lambda_version: LambdaVersion | None = None
    ) -> None:
        """Let `fn` handle `operation`, and let Cognito invoke it."""
        key = _snake_case(operation.operation_name)
        triggers = {row[1] for row in CfnUserPool.LambdaConfigProperty._CFN_PROPERTIES or ()} - {"kms_key_id"}
        if key not in triggers:
            # Differs from aws-cdk-lib: it grants the invoke permission and leaves the unknown trigger out
            # of the template without a word.
            known = ", ".join(sorted(re.sub(r"_([a-z])", lambda m: m.group(1).upper(), t) for t in triggers))
            raise ValidationError(
                self,
                f"operation=UserPoolOperation.of({operation.operation_name!r}) is not a trigger of a user "
                f"pool; use one of {known}",
            )
        self._add_trigger(key, fn, lambda_version)

    def _add_trigger(self, key: str, fn: IFunction, lambda_version: LambdaVersion | None) -> None:
        operation = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), key)
        if key in self._triggers:
            raise ValidationError(
                self, f"a trigger for {operation!r} already exists; each operation takes one trigger"
            )
        if key != "pre_token_generation_config" and lambda_version in (
            LambdaVersion.V2_0,
            LambdaVersion.V3_0,
        ):
            raise ValidationError(
                self,
                f"lambda_version={lambda_version} is set for {operation!r}; only "
                "UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG takes V2_0 or V3_0",
            )
        if key in ("custom_email_sender", "custom_sms_sender") and "kms_key_id" not in self._triggers:
            raise ValidationError(
                self, f"the {operation!r} trigger needs custom_sender_kms_key; pass the KMS key of the sender"
            )
        fn.add_permission(
            f"{operation[:1].upper()}{operation[1:]}Cognito",
            principal=ServicePrincipal("cognito-idp.amazonaws.com"),
            source_arn=Lazy.string(lambda: self.user_pool_arn),
            scope=self,
        )
        if key in ("custom_email_sender", "custom_sms_sender"):
            self._triggers[key] = {"lambda_arn": fn.function_arn, "lambda_version": LambdaVersion.V1_0.value}
        elif key == "pre_token_generation_config":
            version = lambda_version or LambdaVersion.V1_0
            self._triggers[key] = {"lambda_arn": fn.function_arn, "lambda_version": version.value}
        else:
            self._triggers[key] = fn.function_arn
        if self._resource is not None:
            self._resource.lambda_config = self._render_lambda_config()

    def _render_lambda_config(self) -> dict[str, Any] | None:
        return dict(self._triggers) if self._triggers else None

    def _sign_in(self, props: UserPoolProps) -> tuple[list[str] | None, list[str] | None, list[str] | None]:
        aliases = props.sign_in_aliases or SignInAliases(username=True)
        if aliases.preferred_username and not aliases.username:
            raise ValidationError(
                self,
                "sign_in_aliases preferred_username=True needs username=True; add username=True",
            )
        username_attrs: list[str] | None = None
        alias_attrs: list[str] | None = None
        if aliases.username:
            chosen = [
                name
                for flag, name in (
                    (aliases.email, "email"),
                    (aliases.phone, "phone_number"),
                    (aliases.preferred_username, "preferred_username"),
                )
                if flag
            ]
            alias_attrs = chosen or None
        else:
            username_attrs = [
                name for flag, name in ((aliases.email, "email"), (aliases.phone, "phone_number")) if flag
            ]
        auto_verify_attrs: list[str] | None = None
        if props.auto_verify is not None:
            verify = props.auto_verify
            auto_verify_attrs = [n for f, n in ((verify.email, "email"), (verify.phone, "phone_number")) if f]
        elif aliases.email or aliases.phone:
            auto_verify_attrs = [
                n for f, n in ((aliases.email, "email"), (aliases.phone, "phone_number")) if f
            ]
        return username_attrs, alias_attrs, auto_verify_attrs

    def _verification_messages(self, config: UserVerificationConfig | None) -> dict[str, Any]:
        config = config or UserVerificationConfig()
        subject = config.email_subject if config.email_subject is not None else _DEFAULT_VERIFICATION_SUBJECT
        sms = config.sms_message if config.sms_message is not None else _DEFAULT_VERIFICATION_MESSAGE
        if (config.email_style or VerificationEmailStyle.CODE) is VerificationEmailStyle.CODE:
            body = config.email_body if config.email_body is not None else _DEFAULT_VERIFICATION_MESSAGE
            if not Token.is_unresolved(body) and _CODE_TEMPLATE not in body:
                raise ValidationError(
                    self,
                    f"user_verification email_body={body!r} has no {_CODE_TEMPLATE}; "
                    "add the placeholder of the code",
                )
            if not Token.is_unresolved(sms) and _CODE_TEMPLATE not in sms:
                raise ValidationError(
                    self,
                    f"user_verification sms_message={sms!r} has no {_CODE_TEMPLATE}; "
                    "add the placeholder of the code",
                )
            return {
                "default_email_option": VerificationEmailStyle.CODE.value,
                "email_message": body,
                "email_subject": subject,
                "sms_message": sms,
            }
        body = (
            config.email_body
            if config.email_body is not None
            else f"Verify your account by clicking on {_LINK_TEMPLATE}"
        )
        if not Token.is_unresolved(body) and not _LINK_PATTERN.search(body):
            raise ValidationError(
                self,
                f"user_verification email_body={body!r} has no link placeholder; "
                "add {##Verify Email##} (any text between {## and ##})",
            )
        return {
            "default_email_option": VerificationEmailStyle.LINK.value,
            "email_message_by_link": body,
            "email_subject_by_link": subject,
            "sms_message": sms,
        }

    def _mfa_message(self, message: str | None) -> str | None:
        if message and not Token.is_unresolved(message):
            if _CODE_TEMPLATE not in message:
                raise ValidationError(
                    self, f"mfa_message={message!r} has no {_CODE_TEMPLATE}; add the placeholder of the code"
                )
            if len(message) > 140:
                raise ValidationError(
                    self, f"mfa_message is {len(message)} characters long; use at most 140 characters"
                )
        return message

    def _add_ons(self, props: UserPoolProps) -> dict[str, Any] | None:
        custom = props.custom_threat_protection_mode
        if props.advanced_security_mode is not None and (
            props.standard_threat_protection_mode is not None or custom is not None
        ):
            raise ValidationError(
                self,
                "advanced_security_mode is set with a threat protection mode; advanced_security_mode is "
                "deprecated, use standard_threat_protection_mode and custom_threat_protection_mode only",
            )
        mode = props.advanced_security_mode or props.standard_threat_protection_mode
        if custom is not None and mode is None:
            mode = StandardThreatProtectionMode.NO_ENFORCEMENT
        if mode is None and custom is None:
            return None
        return {
            "advanced_security_additional_flows": {"custom_auth_mode": custom.value} if custom else None,
            "advanced_security_mode": mode.value if mode is not None else None,
        }

    def _relying_party_id(self, party_id: str | None) -> str | None:
        if party_id is not None and not Token.is_unresolved(party_id) and not 1 <= len(party_id) <= 63:
            raise ValidationError(
                self,
                f"passkey_relying_party_id is {len(party_id)} characters long; use 1 to 63 characters",
            )
        return party_id

    def _enabled_mfas(self, props: UserPoolProps, sending_account: str | None) -> list[str] | None:
        if props.mfa is None or props.mfa is Mfa.OFF:
            return None
        factor = props.mfa_second_factor
        if factor is None:
            return ["SMS_MFA"]
        enabled = [
            name for flag, name in ((factor.sms, "SMS_MFA"), (factor.otp, "SOFTWARE_TOKEN_MFA")) if flag
        ]
        if factor.email:
            if sending_account != "DEVELOPER":
                raise ValidationError(
                    self,
                    "mfa_second_factor email=True needs Amazon SES email; "
                    "pass email=UserPoolEmail.with_ses(...)",
                )
            if props.feature_plan is FeaturePlan.LITE:
                raise ValidationError(
                    self,
                    "mfa_second_factor email=True needs the Essentials or Plus plan; "
                    "use feature_plan=FeaturePlan.ESSENTIALS or FeaturePlan.PLUS",
                )
            enabled.append("EMAIL_OTP")
        return enabled

    def _sms_configuration(
        self, props: UserPoolProps, enabled_mfas: list[str] | None
    ) -> dict[str, Any] | None:
        if props.enable_sms_role is False and props.sms_role is not None:
            raise ValidationError(self, "enable_sms_role=False with sms_role set; remove one of them")
        if props.sms_role is not None:
            return {
                "sns_caller_arn": props.sms_role.role_arn,
                "external_id": props.sms_role_external_id,
                "sns_region": props.sns_region,
            }
        if props.enable_sms_role is False:
            return None
        aliases = props.sign_in_aliases
        verify = props.auto_verify
        uses_phone = bool((aliases and aliases.phone) or (verify and verify.phone))
        if (
            not (enabled_mfas and "SMS_MFA" in enabled_mfas)
            and not uses_phone
            and props.enable_sms_role is None
        ):
            return None
        external_id = Names.unique_id(self)[:1223]
        role = Role(
            self,
            "smsRole",
            assumed_by=ServicePrincipal(
                "cognito-idp.amazonaws.com", conditions={"StringEquals": {"sts:ExternalId": external_id}}
            ),
            inline_policies={
                "sns-publish": PolicyDocument(
                    statements=[PolicyStatement(actions=["sns:Publish"], resources=["*"])]
                )
            },
        )
        return {"external_id": external_id, "sns_caller_arn": role.role_arn, "sns_region": props.sns_region}

    def _policies(self, props: UserPoolProps) -> dict[str, Any] | None:
        password = self._password_policy(props)
        sign_in = self._sign_in_policy(props)
        if password is None and sign_in is None:
            return None
        return {"password_policy": password, "sign_in_policy": sign_in}

    def _password_policy(self, props: UserPoolProps) -> dict[str, Any] | None:
        policy = props.password_policy
        if policy is None:
            return None
        ttl = policy.temp_password_validity
        if ttl is not None:
            whole_units(self, "password_policy temp_password_validity", ttl, TimeUnit.DAYS)
        if ttl is not None and not ttl.is_unresolved() and ttl.to_days(integral=False) > 365:
            raise ValidationError(
                self, f"password_policy temp_password_validity={ttl!r} is too long; use at most 365 days"
            )
        min_length = policy.min_length if policy.min_length is not None else 8
        if not 6 <= min_length <= 99:
            raise ValidationError(
                self, f"password_policy min_length={min_length!r} is out of range; use 6 to 99"
            )
        history = policy.password_history_size
        if history is not None:
            if props.feature_plan is FeaturePlan.LITE:
                raise ValidationError(
                    self,
                    "password_policy password_history_size is set with feature_plan=FeaturePlan.LITE; "
                    "use the Essentials or Plus plan, or remove password_history_size",
                )
            if not 0 <= history <= 24:
                raise ValidationError(
                    self, f"password_policy password_history_size={history!r} is out of range; use 0 to 24"
                )
        return {
            "temporary_password_validity_days": ttl.to_days() if ttl is not None else None,
            "minimum_length": min_length,
            "require_lowercase": policy.require_lowercase,
            "require_uppercase": policy.require_uppercase,
            "require_numbers": policy.require_digits,
            "require_symbols": policy.require_symbols,
            "password_history_size": history,
        }

    def _sign_in_policy(self, props: UserPoolProps) -> dict[str, Any] | None:
        factors = props.sign_in_policy.allowed_first_auth_factors if props.sign_in_policy else None
        if factors is None:
            return None
        if not factors.password:
            raise ValidationError(
                self,
                "sign_in_policy allowed_first_auth_factors password=False; passwords cannot be turned off",
            )
        allowed = [
            name
            for flag, name in (
                (factors.password, "PASSWORD"),
                (factors.email_otp, "EMAIL_OTP"),
                (factors.sms_otp, "SMS_OTP"),
                (factors.passkey, "WEB_AUTHN"),
            )
            if flag
        ]
        if len(allowed) > 1 and props.feature_plan is FeaturePlan.LITE:
            raise ValidationError(
                self,
                "sign_in_policy allows factors besides passwords with feature_plan=FeaturePlan.LITE; "
                "use the Essentials or Plus plan",
            )
        return {"allowed_first_auth_factors": allowed}


def _admin_create_user_config(props: UserPoolProps) -> dict[str, Any]:
    invitation = props.user_invitation
    return {
        "allow_admin_create_user_only": not props.self_sign_up_enabled,
        "invite_message_template": (
            {
                "email_message": invitation.email_body,
                "email_subject": invitation.email_subject,
                "sms_message": invitation.sms_message,
            }
            if invitation is not None
            else None
        ),
    }


def _keep_original(keep: KeepOriginalAttrs | None) -> dict[str, Any] | None:
    if keep is None:
        return None
    names = [n for f, n in ((keep.email, "email"), (keep.phone, "phone_number")) if f]
    return {"attributes_require_verification_before_update": names}


def _schema(props: UserPoolProps) -> list[dict[str, Any]] | None:
    schema: list[dict[str, Any]] = []
    standard = props.standard_attributes
    if standard is not None:
        for key, name in STANDARD_ATTRIBUTE_NAMES.items():
            attribute = getattr(standard, key)
            if attribute is not None:
                schema.append(
                    {
                        "name": name,
                        "mutable": attribute.mutable if attribute.mutable is not None else True,
                        "required": attribute.required if attribute.required is not None else False,
                    }
                )
    for name, custom in (props.custom_attributes or {}).items():
        config = custom.bind()
        numbers = config.number_constraints
        strings = config.string_constraints
        schema.append(
            {
                "name": name,
                "attribute_data_type": config.data_type,
                "number_attribute_constraints": (
                    {"min_value": _number_text(numbers.min), "max_value": _number_text(numbers.max)}
                    if numbers is not None
                    else None
                ),
                "string_attribute_constraints": (
                    {"min_length": _number_text(strings.min_len), "max_length": _number_text(strings.max_len)}
                    if strings is not None
                    else None
                ),
                "mutable": config.mutable,
            }
        )
    return schema or None


def _number_text(value: float | None) -> str | None:
    """A number as JavaScript's toString writes it (`5`, not `5.0`)."""
    if value is None:
        return None
    if Token.is_unresolved(value):
        return Token.as_string(value)
    return js_number_text(value)
