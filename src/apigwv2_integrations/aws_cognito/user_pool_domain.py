"""UserPoolDomain: the hosted sign-in domain of a user pool, a Cognito prefix or a custom domain."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..aws_certificatemanager import ICertificate
from ..cfn.aws_cognito import CfnUserPoolDomain, UserPoolDomainReference
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token
from ._imported_refs import unknown_user_pool_id
from ._types import IUserPool, IUserPoolDomain
from .user_pool_client import UserPoolClient

if TYPE_CHECKING:
    from typing import Any, ClassVar

_DOMAIN_PREFIX = re.compile(r"^[a-z0-9-]+$")


class ManagedLoginVersion(SimpleEnum):
    """The sign-in pages of a domain."""

    CLASSIC_HOSTED_UI = 1
    NEWER_MANAGED_LOGIN = 2


@lazy_frozen(kw_only=True)
class CognitoDomainOptions(metaclass=LazyAttrsMeta):
    """A domain under amazoncognito.com."""

    domain_prefix: str
    """The prefix: `https://{prefix}.auth.{region}.amazoncognito.com`."""


@lazy_frozen(kw_only=True)
class CustomDomainOptions(metaclass=LazyAttrsMeta):
    """A custom domain with its ACM certificate (in us-east-1)."""

    domain_name: str
    """The custom domain name."""
    certificate: ICertificate
    """The certificate of the domain."""


def _to_cognito_domain(value: CognitoDomainOptions | Mapping[str, Any] | None) -> CognitoDomainOptions | None:
    return CognitoDomainOptions(**value) if isinstance(value, Mapping) else value


def _to_custom_domain(value: CustomDomainOptions | Mapping[str, Any] | None) -> CustomDomainOptions | None:
    return CustomDomainOptions(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class UserPoolDomainOptions(metaclass=LazyAttrsMeta):
    """Options of a user pool domain (`UserPool.add_domain`); give exactly one of the two domains."""

    cognito_domain: CognitoDomainOptions | None = field(default=None, converter=_to_cognito_domain)
    """A domain under amazoncognito.com. Default: none."""
    custom_domain: CustomDomainOptions | None = field(default=None, converter=_to_custom_domain)
    """A custom domain. Default: none."""
    managed_login_version: ManagedLoginVersion | None = None
    """The sign-in pages. Default: Cognito's default (the classic hosted UI)."""


@lazy_frozen(kw_only=True)
class UserPoolDomainProps(UserPoolDomainOptions, metaclass=LazyAttrsMeta):
    """Properties of a UserPoolDomain."""

    user_pool: IUserPool
    """The user pool of the domain."""


@lazy_frozen(kw_only=True)
class BaseUrlOptions(metaclass=LazyAttrsMeta):
    """Options of `UserPoolDomain.base_url`."""

    fips: bool | None = None
    """Use the FIPS endpoint (Cognito domains only). Default: False."""


@lazy_frozen(kw_only=True)
class SignInUrlOptions(BaseUrlOptions, metaclass=LazyAttrsMeta):
    """Options of `UserPoolDomain.sign_in_url`."""

    redirect_uri: str
    """Where the user goes after signing in; one of the client's callback URLs."""
    sign_in_path: str | None = None
    """The path of the sign-in page. Default: `/login`."""


class _ImportedUserPoolDomain(Resource):
    def __init__(self, scope: Construct, id: str, domain_name: str) -> None:
        super().__init__(scope, id)
        self.domain_name = domain_name

    @property
    def user_pool_domain_ref(self) -> UserPoolDomainReference:
        """A reference to the domain; its user pool id is unknown and reports so when rendered."""
        user_pool_id = unknown_user_pool_id(self, "UserPoolDomain.from_domain_name", "domain_name")
        return UserPoolDomainReference(domain=self.domain_name, user_pool_id=user_pool_id)


class UserPoolDomain(Resource):
    """The hosted sign-in domain of a user pool (`AWS::Cognito::UserPoolDomain`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-cognito.UserPoolDomain"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user_pool: IUserPool,
        cognito_domain: CognitoDomainOptions | Mapping[str, Any] | None = None,
        custom_domain: CustomDomainOptions | Mapping[str, Any] | None = None,
        managed_login_version: ManagedLoginVersion | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = UserPoolDomainProps(
            user_pool=user_pool,
            cognito_domain=cognito_domain,
            custom_domain=custom_domain,
            managed_login_version=managed_login_version,
        )
        if (props.cognito_domain is None) == (props.custom_domain is None):
            raise ValidationError(
                self,
                "cognito_domain and custom_domain are both set or both missing; pass exactly one of them",
            )
        prefix = props.cognito_domain.domain_prefix if props.cognito_domain else None
        if prefix is not None and not Token.is_unresolved(prefix) and not _DOMAIN_PREFIX.match(prefix):
            raise ValidationError(
                self,
                f"cognito_domain domain_prefix={prefix!r} is invalid; "
                "use lower-case letters, digits and hyphens",
            )
        self._is_cognito_domain = props.cognito_domain is not None
        custom = props.custom_domain
        resource = CfnUserPoolDomain(
            self,
            "Resource",
            user_pool_id=props.user_pool.user_pool_id,
            domain=prefix if prefix is not None else custom.domain_name if custom else "",
            custom_domain_config={"certificate_arn": custom.certificate.certificate_arn} if custom else None,
            managed_login_version=(
                props.managed_login_version.value if props.managed_login_version is not None else None
            ),
        )
        self._resource = resource
        self.domain_name: str = resource.ref
        self._user_pool = props.user_pool

    @property
    def user_pool_domain_ref(self) -> UserPoolDomainReference:
        """A reference to the domain: its name and user pool id."""
        return UserPoolDomainReference(
            domain=self.domain_name, user_pool_id=self._user_pool.user_pool_ref.user_pool_id
        )

    @property
    def cloud_front_endpoint(self) -> str:
        """The CloudFront distribution that serves the domain (`Fn::GetAtt CloudFrontDistribution`)."""
        return self._resource.attr_cloud_front_distribution

    @property
    def cloud_front_domain_name(self) -> str:
        """Deprecated in aws_cdk; use `cloud_front_endpoint`."""
        # Differs from aws-cdk-lib, which reads it with a custom resource this package does not produce.
        raise ValidationError(
            self,
            "cloud_front_domain_name needs a custom resource this package does not produce; "
            "use cloud_front_endpoint",
        )

    @staticmethod
    def from_domain_name(scope: Construct, id: str, user_pool_domain_name: str) -> IUserPoolDomain:
        """An existing user pool domain."""
        return _ImportedUserPoolDomain(scope, id, user_pool_domain_name)

    def base_url(self, *, fips: bool | None = None) -> str:
        """The URL of the domain: `https://{prefix}.auth.{region}.amazoncognito.com` or `https://{domain}`."""
        options = BaseUrlOptions(fips=fips)
        if self._is_cognito_domain:
            auth = "auth-fips" if options.fips else "auth"
            return f"https://{self.domain_name}.{auth}.{Stack.of(self).region}.amazoncognito.com"
        return f"https://{self.domain_name}"

    def sign_in_url(
        self,
        client: UserPoolClient,
        *,
        redirect_uri: str,
        sign_in_path: str | None = None,
        fips: bool | None = None,
    ) -> str:
        """The hosted sign-in page of `client`, which must allow the code or implicit grant."""
        options = SignInUrlOptions(redirect_uri=redirect_uri, sign_in_path=sign_in_path, fips=fips)
        flows = client.o_auth_flows
        if flows.authorization_code_grant:
            response_type = "code"
        elif flows.implicit_code_grant:
            response_type = "token"
        else:
            raise ValidationError(
                self,
                "sign_in_url needs a client with the authorization code or implicit grant; "
                "enable one of them in the client's o_auth flows",
            )
        return (
            f"{self.base_url(fips=options.fips)}{options.sign_in_path or '/login'}?client_id="
            f"{client.user_pool_client_id}&response_type={response_type}&redirect_uri={options.redirect_uri}"
        )
