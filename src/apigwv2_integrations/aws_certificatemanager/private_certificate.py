"""PrivateCertificate: a certificate issued by an AWS Private CA (`AWS::CertificateManager::Certificate`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..cfn.aws_certificatemanager import CfnCertificate
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.errors import ArgumentTypeError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from .certificate import ICertificate, KeyAlgorithm, _CertificateBase, _ImportedCertificate

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class PrivateCertificateProps(metaclass=LazyAttrsMeta):
    """Properties of a PrivateCertificate."""

    certificate_authority: Any
    """The private CA (aws_cdk's `acmpca.ICertificateAuthorityRef`: has `certificate_authority_arn`)."""
    domain_name: str
    """Fully qualified domain name to request a certificate for; may start with `*.`."""
    allow_export: bool | None = None
    """Whether the certificate can be exported. Default: False."""
    key_algorithm: KeyAlgorithm | None = None
    """Algorithm of the key pair. Default: KeyAlgorithm.RSA_2048."""
    subject_alternative_names: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Other domain names on the certificate. Default: none."""


def _certificate_authority_arn(scope: Construct, certificate_authority: Any) -> str:
    # aws_cdk reads certificate_authority_ref.certificate_authority_arn; a CA object also has the ARN itself.
    reference = getattr(certificate_authority, "certificate_authority_ref", None)
    arn = getattr(reference, "certificate_authority_arn", None) or getattr(
        certificate_authority, "certificate_authority_arn", None
    )
    if not isinstance(arn, str):
        raise ArgumentTypeError(
            f"{scope.node.path}: certificate_authority={certificate_authority!r} has no "
            "certificate_authority_arn; use an AWS "
            "Private CA (acmpca.CertificateAuthority.from_certificate_authority_arn(...))"
        )
    return arn


class PrivateCertificate(_CertificateBase):
    """A certificate issued by an AWS Private Certificate Authority."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        certificate_authority: Any,
        domain_name: str,
        allow_export: bool | None = None,
        key_algorithm: KeyAlgorithm | None = None,
        subject_alternative_names: Sequence[str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = PrivateCertificateProps(
            certificate_authority=certificate_authority,
            domain_name=domain_name,
            allow_export=allow_export,
            key_algorithm=key_algorithm,
            subject_alternative_names=subject_alternative_names,
        )
        resource = CfnCertificate(
            self,
            "Resource",
            domain_name=props.domain_name,
            subject_alternative_names=props.subject_alternative_names,
            certificate_authority_arn=_certificate_authority_arn(self, props.certificate_authority),
            key_algorithm=props.key_algorithm.name if props.key_algorithm else None,
            certificate_export="ENABLED" if props.allow_export else None,
        )
        self.certificate_arn = resource.ref

    @staticmethod
    def from_certificate_arn(scope: Construct, id: str, certificate_arn: str) -> ICertificate:
        """An existing certificate, by ARN."""
        return _ImportedCertificate(scope, id, certificate_arn)
