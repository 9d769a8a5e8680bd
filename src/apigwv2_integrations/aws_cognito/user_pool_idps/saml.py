"""UserPoolIdentityProviderSaml: sign in with a SAML identity provider."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.names import Names
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._types import IUserPool
from .base import AttributeMapping, UserPoolIdentityProviderProps, _UserPoolIdentityProviderBase

if TYPE_CHECKING:
    from typing import Any, ClassVar


class SigningAlgorithm(SimpleEnum):
    """The algorithm that signs SAML requests."""

    RSA_SHA256 = "rsa-sha256"


class UserPoolIdentityProviderSamlMetadataType(SimpleEnum):
    """Where the provider's metadata is."""

    URL = "url"
    FILE = "file"


class UserPoolIdentityProviderSamlMetadata:
    """The provider's metadata document: `url(...)` or `file(...)`."""

    metadata_content: str
    metadata_type: UserPoolIdentityProviderSamlMetadataType

    @classmethod
    def _of(
        cls, content: str, metadata_type: UserPoolIdentityProviderSamlMetadataType
    ) -> UserPoolIdentityProviderSamlMetadata:
        # No public constructor, as in aws_cdk: `url` and `file` are the way to get metadata.
        metadata = object.__new__(cls)
        metadata.metadata_content = content
        metadata.metadata_type = metadata_type
        return metadata

    @staticmethod
    def url(url: str) -> UserPoolIdentityProviderSamlMetadata:
        """Metadata at a URL."""
        return UserPoolIdentityProviderSamlMetadata._of(url, UserPoolIdentityProviderSamlMetadataType.URL)

    @staticmethod
    def file(file_content: str) -> UserPoolIdentityProviderSamlMetadata:
        """Metadata given as the document's text."""
        return UserPoolIdentityProviderSamlMetadata._of(
            file_content, UserPoolIdentityProviderSamlMetadataType.FILE
        )


@lazy_frozen(kw_only=True)
class UserPoolIdentityProviderSamlProps(UserPoolIdentityProviderProps, metaclass=LazyAttrsMeta):
    """Properties of a UserPoolIdentityProviderSaml."""

    metadata: UserPoolIdentityProviderSamlMetadata
    """The provider's metadata."""
    encrypted_responses: bool | None = None
    """Require encrypted SAML assertions. Default: False."""
    identifiers: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Identifiers (such as email domains) that select this provider. Default: none."""
    idp_initiated: bool | None = None
    """Accept sign-in started at the provider. Default: False."""
    idp_signout: bool | None = None
    """Sign users out of the provider too. Default: False."""
    name: str | None = None
    """The provider name, 3 to 32 characters. Default: from the construct path."""
    request_signing_algorithm: SigningAlgorithm | None = None
    """Sign SAML requests. Default: unsigned."""


class UserPoolIdentityProviderSaml(_UserPoolIdentityProviderBase):
    """Sign in with a SAML identity provider (`AWS::Cognito::UserPoolIdentityProvider`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderSaml"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        metadata: UserPoolIdentityProviderSamlMetadata,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | Mapping[str, Any] | None = None,
        encrypted_responses: bool | None = None,
        identifiers: Sequence[str] | None = None,
        idp_initiated: bool | None = None,
        idp_signout: bool | None = None,
        name: str | None = None,
        request_signing_algorithm: SigningAlgorithm | None = None,
    ) -> None:
        props = UserPoolIdentityProviderSamlProps(
            metadata=metadata,
            user_pool=user_pool,
            attribute_mapping=attribute_mapping,
            encrypted_responses=encrypted_responses,
            identifiers=identifiers,
            idp_initiated=idp_initiated,
            idp_signout=idp_signout,
            name=name,
            request_signing_algorithm=request_signing_algorithm,
        )
        super().__init__(scope, id, props)
        is_url = props.metadata.metadata_type is UserPoolIdentityProviderSamlMetadataType.URL
        details = {
            "IDPSignout": bool(props.idp_signout),
            "MetadataURL": props.metadata.metadata_content if is_url else None,
            "MetadataFile": None if is_url else props.metadata.metadata_content,
            "EncryptedResponses": props.encrypted_responses,
            "RequestSigningAlgorithm": (
                props.request_signing_algorithm.value if props.request_signing_algorithm else None
            ),
            "IDPInit": props.idp_initiated,
        }
        self._create_provider(
            provider_name=self._provider_name(props.name),
            provider_type="SAML",
            # As aws-cdk-lib: the flags render as JSON booleans; CloudFormation takes them.
            provider_details=details,
            identifiers=list(props.identifiers) if props.identifiers is not None else None,
        )

    def _provider_name(self, name: str | None) -> str:
        if name:
            self._check_name_length(name)
            return name
        unique = Names.unique_resource_name(self, max_length=32)
        return f"{unique}saml" if len(unique) < 3 else unique
