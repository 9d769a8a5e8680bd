"""DomainName: a custom domain name for API Gateway v2 APIs."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...cfn.aws_apigatewayv2 import CfnDomainName, DomainNameReference
from ...cfn.aws_certificatemanager import CfnCertificate
from ...core.arn import ArnFormat
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.lookup_placeholders import known_at_synth
from ...core.resource import Resource
from ...core.resource_types import IResource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.simple_enum import SimpleEnum
from ...core.stack import Stack
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import Token
from ._types import IpAddressType

if TYPE_CHECKING:
    # Only for annotations: aws_certificatemanager brings route53, ec2 and kms (import speed).
    from typing import Any

    from ...aws_certificatemanager import ICertificate
    from ...aws_s3 import IBucket


class EndpointType(SimpleEnum):
    """Where the domain name's endpoint lives."""

    EDGE = "EDGE"
    REGIONAL = "REGIONAL"


class SecurityPolicy(SimpleEnum):
    """TLS version of the custom domain."""

    TLS_1_0 = "TLS_1_0"
    TLS_1_2 = "TLS_1_2"


@runtime_checkable
class IDomainName(IResource, Protocol):
    """A custom domain name, defined here or imported."""

    @property
    def name(self) -> str:
        """The domain name."""
        ...

    @property
    def regional_domain_name(self) -> str:
        """The domain name of the regional endpoint."""
        ...

    @property
    def regional_hosted_zone_id(self) -> str:
        """The hosted zone of the regional endpoint."""
        ...

    @property
    def domain_name_ref(self) -> DomainNameReference:
        """A reference to this domain name (`DomainNameReference`)."""
        ...


@lazy_frozen(kw_only=True)
class MTLSConfig(metaclass=LazyAttrsMeta):
    """Mutual TLS: the truststore in S3."""

    bucket: IBucket
    key: str
    version: str | None = None


@lazy_frozen(kw_only=True)
class DomainNameAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing domain name."""

    name: str
    regional_domain_name: str
    regional_hosted_zone_id: str


class _ImportedDomainName(Resource):
    def __init__(self, scope: Construct, id: str, attributes: DomainNameAttributes) -> None:
        super().__init__(scope, id)
        self.name = attributes.name
        self.regional_domain_name = attributes.regional_domain_name
        self.regional_hosted_zone_id = attributes.regional_hosted_zone_id

    @property
    def domain_name_ref(self) -> DomainNameReference:
        """A reference to this domain name (`DomainNameReference`)."""
        return DomainNameReference(
            domain_name=self.name,
            # As aws-cdk-lib: the ARN of an imported name has the stack's account.
            domain_name_arn=Stack.of(self).format_arn(
                service="apigateway",
                arn_format=ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
                resource="domainnames",
                resource_name=self.name,
            ),
        )


def _to_mtls(value: MTLSConfig | Mapping[str, Any] | None) -> MTLSConfig | None:
    return MTLSConfig(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class EndpointOptions(metaclass=LazyAttrsMeta):
    """One endpoint of a custom domain name: its certificate, type and TLS policy."""

    certificate: ICertificate | CfnCertificate
    """The ACM certificate, an L2 or a CfnCertificate."""
    certificate_name: str | None = None
    """Name of the certificate (for imported certificates)."""
    endpoint_type: EndpointType | None = None
    """Endpoint type. Default: REGIONAL."""
    ip_address_type: IpAddressType | None = None
    """IP address types. Default: IPv4."""
    ownership_certificate: ICertificate | CfnCertificate | None = None
    """Certificate that proves ownership of the domain, for mutual TLS. Default: none."""
    security_policy: SecurityPolicy | None = None
    """TLS version. Default: TLS_1_2."""


@lazy_frozen(kw_only=True)
class DomainNameProps(EndpointOptions, metaclass=LazyAttrsMeta):
    """Properties of a DomainName: its first endpoint, the name and mutual TLS."""

    domain_name: str
    """The custom domain name."""
    mtls: MTLSConfig | None = field(default=None, converter=_to_mtls)
    """Mutual TLS settings. Default: none."""


class DomainName(Resource):
    """A custom domain name (`AWS::ApiGatewayV2::DomainName`)."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.DomainName"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    @property
    def domain_name_ref(self) -> DomainNameReference:
        """A reference to this domain name (`DomainNameReference`)."""
        return DomainNameReference(domain_name=self.name, domain_name_arn=self._resource.attr_domain_name_arn)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain_name: str,
        certificate: ICertificate | CfnCertificate,
        certificate_name: str | None = None,
        endpoint_type: EndpointType | None = None,
        ip_address_type: IpAddressType | None = None,
        mtls: MTLSConfig | Mapping[str, Any] | None = None,
        ownership_certificate: ICertificate | CfnCertificate | None = None,
        security_policy: SecurityPolicy | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = DomainNameProps(
            domain_name=domain_name,
            certificate=certificate,
            certificate_name=certificate_name,
            endpoint_type=endpoint_type,
            ip_address_type=ip_address_type,
            mtls=mtls,
            ownership_certificate=ownership_certificate,
            security_policy=security_policy,
        )
        if not Token.is_unresolved(domain_name) and domain_name == "":
            raise ValidationError(self, "domain_name='' is empty; pass the custom domain name")
        if known_at_synth(domain_name) and not _is_domain_name(domain_name):
            raise ValidationError(
                self,
                f"domain_name={domain_name!r} is not a domain name API Gateway accepts; use at most "
                f"{_MAX_DOMAIN_NAME} characters in two or more dot-separated labels of 1 to 63 letters, "
                "digits and hyphens (no hyphen first or last), optionally '*.' first, e.g. 'api.example.com'",
            )
        if props.ownership_certificate is not None and props.mtls is None:
            raise ValidationError(
                self,
                "ownership_certificate is set without mtls; an ownership verification certificate is "
                "only used by mutual TLS domains: pass mtls=MTLSConfig(...) or drop ownership_certificate",
            )
        self._configurations: list[dict[str, Any]] = []
        mutual_tls = None
        if props.mtls is not None:
            mutual_tls = {
                "truststore_uri": f"s3://{props.mtls.bucket.bucket_name}/{props.mtls.key}",
                "truststore_version": props.mtls.version,
            }
        self._resource = CfnDomainName(
            self,
            "Resource",
            domain_name=domain_name,
            domain_name_configurations=self._configurations,
            mutual_tls_authentication=mutual_tls,
        )
        self.add_endpoint(
            certificate=props.certificate,
            certificate_name=props.certificate_name,
            endpoint_type=props.endpoint_type,
            ip_address_type=props.ip_address_type,
            ownership_certificate=props.ownership_certificate,
            security_policy=props.security_policy,
        )
        self.name = self._resource.ref
        self.regional_domain_name = self._resource.attr_regional_domain_name
        self.regional_hosted_zone_id = self._resource.attr_regional_hosted_zone_id

    @staticmethod
    def from_domain_name_attributes(
        scope: Construct, id: str, *, name: str, regional_domain_name: str, regional_hosted_zone_id: str
    ) -> IDomainName:
        """An existing domain name."""
        return _ImportedDomainName(
            scope,
            id,
            DomainNameAttributes(
                name=name,
                regional_domain_name=regional_domain_name,
                regional_hosted_zone_id=regional_hosted_zone_id,
            ),
        )

    def add_endpoint(
        self,
        *,
        certificate: ICertificate | CfnCertificate,
        certificate_name: str | None = None,
        endpoint_type: EndpointType | None = None,
        ip_address_type: IpAddressType | None = None,
        ownership_certificate: ICertificate | CfnCertificate | None = None,
        security_policy: SecurityPolicy | None = None,
    ) -> None:
        """Add an endpoint (one per endpoint type)."""
        options = EndpointOptions(
            certificate=certificate,
            certificate_name=certificate_name,
            endpoint_type=endpoint_type,
            ip_address_type=ip_address_type,
            ownership_certificate=ownership_certificate,
            security_policy=security_policy,
        )
        certificate = options.certificate
        endpoint = (endpoint_type or EndpointType.REGIONAL).value
        if any(c["endpoint_type"] == endpoint for c in self._configurations):
            raise ValidationError(
                self,
                f"endpoint_type={endpoint!r} already has an endpoint; each endpoint type can be added once",
            )
        self._configurations.append(
            {
                "certificate_arn": _certificate_arn_of(certificate),
                "certificate_name": certificate_name,
                "endpoint_type": endpoint,
                "ip_address_type": ip_address_type.value if ip_address_type else None,
                "ownership_verification_certificate_arn": (
                    _certificate_arn_of(ownership_certificate) if ownership_certificate else None
                ),
                "security_policy": security_policy.value if security_policy else None,
            }
        )


# A DNS name: labels of letters, digits and hyphens; API Gateway also takes a wildcard first label.
_DOMAIN_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_MAX_DOMAIN_NAME = 253


def _is_domain_name(name: str) -> bool:
    labels = name.split(".")
    if labels[0] == "*":
        labels = labels[1:]
    return (
        len(name) <= _MAX_DOMAIN_NAME
        and len(labels) >= 2
        and all(_DOMAIN_LABEL.match(label) for label in labels)
    )


def _certificate_arn_of(certificate: ICertificate | CfnCertificate) -> str:
    # aws-cdk-lib takes any certificate reference here; a CfnCertificate's Ref is its ARN.
    if isinstance(certificate, CfnCertificate):
        return certificate.ref
    return certificate.certificate_arn
