"""SamlProvider: a SAML 2.0 identity provider of IAM (`AWS::IAM::SAMLProvider`), and its metadata."""

from __future__ import annotations

import re

from ..cfn.aws_iam import CfnSAMLProvider, SAMLProviderReference
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token

_NAME = r"[\w+=,.@-]{1,128}"


class SamlMetadataDocument:
    """The SAML metadata XML of an identity provider: `from_xml` or `from_file`."""

    def __init__(self) -> None:
        self._xml = ""

    @property
    def xml(self) -> str:
        """The metadata XML."""
        return self._xml

    @staticmethod
    def from_xml(xml: str) -> SamlMetadataDocument:
        """The metadata given as text."""
        document = SamlMetadataDocument()
        document._xml = xml
        return document

    @staticmethod
    def from_file(path: str) -> SamlMetadataDocument:
        """The metadata read from a UTF-8 file (when the app runs)."""
        with open(path, encoding="utf-8") as handle:
            return SamlMetadataDocument.from_xml(handle.read())


@runtime_checkable
class ISamlProvider(IResource, Protocol):
    """A SAML provider of IAM, defined here or imported."""

    @property
    def saml_provider_arn(self) -> str:
        """The provider's ARN."""
        ...

    @property
    def saml_provider_ref(self) -> SAMLProviderReference:
        """A reference to the provider: its ARN."""
        ...


@lazy_frozen(kw_only=True)
class SamlProviderProps(metaclass=LazyAttrsMeta):
    """Properties of a SamlProvider."""

    metadata_document: SamlMetadataDocument
    """The provider's SAML metadata (from the identity provider's console)."""
    name: str | None = None
    """The provider's name: 1 to 128 letters, digits and `_+=,.@-`. Default: generated."""


class _SamlProviderBase(Resource):
    saml_provider_arn: str

    @property
    def saml_provider_ref(self) -> SAMLProviderReference:
        """A reference to the provider: its ARN."""
        return SAMLProviderReference(saml_provider_arn=self.saml_provider_arn)


class _ImportedSamlProvider(_SamlProviderBase):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id, environment_from_arn=arn)
        self.saml_provider_arn = arn


class SamlProvider(_SamlProviderBase):
    """A SAML 2.0 provider of IAM: roles trust it through `SamlPrincipal` or `SamlConsolePrincipal`."""

    def __init__(
        self, scope: Construct, id: str, *, metadata_document: SamlMetadataDocument, name: str | None = None
    ) -> None:
        super().__init__(scope, id, physical_name=name)
        props = SamlProviderProps(metadata_document=metadata_document, name=name)
        name_ok = (
            props.name is None or Token.is_unresolved(props.name) or re.fullmatch(_NAME, props.name, re.ASCII)
        )
        if not name_ok:
            raise ValidationError(
                self,
                f"name={props.name!r} is not a SAML provider name; use 1 to 128 letters, digits and _+=,.@- "
                "(no spaces)",
            )
        resource = CfnSAMLProvider(
            self, "Resource", name=props.name, saml_metadata_document=props.metadata_document.xml
        )
        self.saml_provider_arn: str = resource.ref

    @staticmethod
    def from_saml_provider_arn(scope: Construct, id: str, saml_provider_arn: str) -> ISamlProvider:
        """An existing provider, by ARN."""
        return _ImportedSamlProvider(scope, id, saml_provider_arn)
