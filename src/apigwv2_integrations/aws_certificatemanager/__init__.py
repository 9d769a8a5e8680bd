"""AWS Certificate Manager: certificates for custom domains, and the service's CloudFormation resources."""

import typing as _typing

from ..cfn.aws_certificatemanager import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# The Cfn* names load on first use; mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_certificatemanager import *  # noqa: F403
else:
    __getattr__, __dir__ = _lazy_exports(__name__, dict.fromkeys(_cfn_all, "..cfn.aws_certificatemanager"))

from .certificate import (
    Certificate,
    CertificateProps,
    CertificateValidation,
    CertificationValidationProps,
    ICertificate,
    KeyAlgorithm,
    ValidationMethod,
)
from .private_certificate import PrivateCertificate, PrivateCertificateProps

__all__ = [
    *_cfn_all,
    "Certificate",
    "CertificateProps",
    "CertificateValidation",
    "CertificationValidationProps",
    "ICertificate",
    "KeyAlgorithm",
    "PrivateCertificate",
    "PrivateCertificateProps",
    "ValidationMethod",
]
