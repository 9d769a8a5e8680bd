"""AWS Certificate Manager: certificates for custom domains, and the service's CloudFormation resources."""

from ..cfn.aws_certificatemanager import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_certificatemanager import *  # noqa: F403
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
else:
    _L2_SOURCES = {
        ".certificate": (
            "Certificate",
            "CertificateProps",
            "CertificateValidation",
            "CertificationValidationProps",
            "ICertificate",
            "KeyAlgorithm",
            "ValidationMethod",
        ),
        ".private_certificate": ("PrivateCertificate", "PrivateCertificateProps"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_certificatemanager"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


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
