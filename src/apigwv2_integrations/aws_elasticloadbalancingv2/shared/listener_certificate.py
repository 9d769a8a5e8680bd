"""ListenerCertificate: a certificate an HTTPS or TLS listener presents."""

from __future__ import annotations

from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    # Only for annotations: the certificate manager package (and Route 53 below it) is not needed to run.
    from ...aws_certificatemanager import ICertificate


@runtime_checkable
class IListenerCertificate(Protocol):
    """A certificate for a listener."""

    @property
    def certificate_arn(self) -> str:
        """The certificate's ARN."""
        ...


class ListenerCertificate:
    """A certificate named by its ARN (from ACM or IAM)."""

    def __init__(self, certificate_arn: str) -> None:
        self.certificate_arn = certificate_arn

    @staticmethod
    def from_arn(certificate_arn: str) -> ListenerCertificate:
        """A certificate from its ARN."""
        return ListenerCertificate(certificate_arn)

    @staticmethod
    def from_certificate_manager(acm_certificate: ICertificate) -> ListenerCertificate:
        """A certificate from an ACM certificate."""
        return ListenerCertificate(acm_certificate.certificate_arn)

    def __repr__(self) -> str:
        return f"ListenerCertificate.from_arn({self.certificate_arn!r})"
