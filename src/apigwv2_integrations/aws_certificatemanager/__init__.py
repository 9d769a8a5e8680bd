"""AWS Certificate Manager: certificates for custom domains, and the service's CloudFormation resources."""

from ..cfn.aws_certificatemanager import *  # noqa: F403
from ..cfn.aws_certificatemanager import __all__ as _cfn_all
from .certificate import (
    Certificate,
    CertificateProps,
    CertificateValidation,
    CertificationValidationProps,
    ICertificate,
    KeyAlgorithm,
    ValidationMethod,
)

__all__ = [
    *_cfn_all,
    "Certificate",
    "CertificateProps",
    "CertificateValidation",
    "CertificationValidationProps",
    "ICertificate",
    "KeyAlgorithm",
    "ValidationMethod",
]
