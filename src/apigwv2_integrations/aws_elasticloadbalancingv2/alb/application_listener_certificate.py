"""ApplicationListenerCertificate: extra certificates of an HTTPS listener."""

from __future__ import annotations

from collections.abc import Sequence

from ...cfn.aws_elasticloadbalancingv2 import CfnListenerCertificate
from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.errors import ValidationError
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...interfaces.aws_elasticloadbalancingv2 import IListenerRef
from ..shared.listener_certificate import IListenerCertificate


@lazy_frozen(kw_only=True)
class ApplicationListenerCertificateProps(metaclass=LazyAttrsMeta):
    """Properties of an ApplicationListenerCertificate."""

    listener: IListenerRef
    """The listener to add the certificates to."""
    certificates: Sequence[IListenerCertificate] | None = field(default=None, converter=optional_tuple)
    """The certificates; None is rejected at construction, as aws-cdk-lib does."""


class ApplicationListenerCertificate(Construct):
    """Additional certificates of a listener (`AWS::ElasticLoadBalancingV2::ListenerCertificate`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        listener: IListenerRef,
        certificates: Sequence[IListenerCertificate] | None = None,
    ) -> None:
        props = ApplicationListenerCertificateProps(listener=listener, certificates=certificates)
        if props.certificates is None:
            raise ValidationError(scope, "certificates=None; pass at least one certificate")
        super().__init__(scope, id)
        CfnListenerCertificate(
            self,
            "Resource",
            listener_arn=props.listener.listener_ref.listener_arn,
            certificates=[
                {"certificate_arn": certificate.certificate_arn} for certificate in props.certificates
            ],
        )
