"""Certificate: an ACM certificate (`AWS::CertificateManager::Certificate`), its validation, and imports."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from ..aws_route53 import IHostedZone
from ..cfn.aws_certificatemanager import CertificateReference, CfnCertificate
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tags import Tags
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

    from ..aws_cloudwatch import Metric, Unit

_MAX_DOMAIN_NAME = 64
_MAX_NAME_TAG = 255


@runtime_checkable
class ICertificate(IResource, Protocol):
    """An ACM certificate, defined here or imported."""

    @property
    def certificate_arn(self) -> str:
        """The certificate's ARN."""
        ...

    @property
    def certificate_ref(self) -> CertificateReference:
        """A reference to the certificate: its ARN."""
        ...

    def metric_days_to_expiry(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The days until the certificate expires (`DaysToExpiry`, minimum over a day)."""
        ...


class ValidationMethod(SimpleEnum):
    """How ACM checks that you own the domain."""

    EMAIL = "EMAIL"
    DNS = "DNS"


class KeyAlgorithm:
    """The algorithm of the certificate's key pair; `KeyAlgorithm("NAME")` for one without a constant."""

    RSA_1024: KeyAlgorithm
    RSA_2048: KeyAlgorithm
    RSA_3072: KeyAlgorithm
    RSA_4096: KeyAlgorithm
    EC_PRIME256_V1: KeyAlgorithm
    EC_SECP384_R1: KeyAlgorithm
    EC_SECP521_R1: KeyAlgorithm

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"KeyAlgorithm({self.name!r})"


KeyAlgorithm.RSA_1024 = KeyAlgorithm("RSA_1024")
KeyAlgorithm.RSA_2048 = KeyAlgorithm("RSA_2048")
KeyAlgorithm.RSA_3072 = KeyAlgorithm("RSA_3072")
KeyAlgorithm.RSA_4096 = KeyAlgorithm("RSA_4096")
KeyAlgorithm.EC_PRIME256_V1 = KeyAlgorithm("EC_prime256v1")
KeyAlgorithm.EC_SECP384_R1 = KeyAlgorithm("EC_secp384r1")
KeyAlgorithm.EC_SECP521_R1 = KeyAlgorithm("EC_secp521r1")


def _to_validation_domains(value: Mapping[str, str] | None) -> dict[str, str] | None:
    return None if value is None else dict(value)


def _to_hosted_zones(value: Mapping[str, IHostedZone] | None) -> dict[str, IHostedZone] | None:
    return None if value is None else dict(value)


@lazy_frozen(kw_only=True)
class CertificationValidationProps(metaclass=LazyAttrsMeta):
    """How a certificate is validated."""

    method: ValidationMethod | None = None
    """The validation method. Default: EMAIL."""
    validation_domains: dict[str, str] | None = field(default=None, converter=_to_validation_domains)
    """For email validation: the domain that receives the mails, by certificate domain. Default: apex."""
    hosted_zone: IHostedZone | None = None
    """For DNS validation: the zone ACM adds the validation records to. Default: records added by hand."""
    hosted_zones: dict[str, IHostedZone] | None = field(default=None, converter=_to_hosted_zones)
    """For DNS validation: the zone of each certificate domain. Default: `hosted_zone`."""


class CertificateValidation:
    """How to validate a certificate: `from_dns()` or `from_email()`."""

    def __init__(self, props: CertificationValidationProps) -> None:
        self.props = props
        self.method: ValidationMethod = props.method or ValidationMethod.EMAIL

    @staticmethod
    def from_dns(hosted_zone: IHostedZone | None = None) -> CertificateValidation:
        """DNS validation; with a zone, ACM adds the validation records to it, else add them by hand."""
        return CertificateValidation(
            CertificationValidationProps(method=ValidationMethod.DNS, hosted_zone=hosted_zone)
        )

    @staticmethod
    def from_dns_multi_zone(hosted_zones: Mapping[str, IHostedZone]) -> CertificateValidation:
        """DNS validation with the validation records of each domain name in its own zone."""
        return CertificateValidation(
            CertificationValidationProps(method=ValidationMethod.DNS, hosted_zones=hosted_zones)
        )

    @staticmethod
    def from_email(validation_domains: Mapping[str, str] | None = None) -> CertificateValidation:
        """Email validation; `validation_domains` maps a certificate domain to the domain mailed."""
        return CertificateValidation(
            CertificationValidationProps(method=ValidationMethod.EMAIL, validation_domains=validation_domains)
        )

    def __repr__(self) -> str:
        if self.method is ValidationMethod.DNS:
            if self.props.hosted_zones is not None:
                zones = ", ".join(
                    f"{name!r}: {zone.node.path}" for name, zone in self.props.hosted_zones.items()
                )
                return f"CertificateValidation.from_dns_multi_zone({{{zones}}})"
            if self.props.hosted_zone is not None:
                return f"CertificateValidation.from_dns({self.props.hosted_zone.node.path})"
            return "CertificateValidation.from_dns()"
        domains = self.props.validation_domains
        return (
            f"CertificateValidation.from_email({domains!r})"
            if domains
            else "CertificateValidation.from_email()"
        )


@lazy_frozen(kw_only=True)
class CertificateProps(metaclass=LazyAttrsMeta):
    """Properties of a Certificate."""

    domain_name: str
    """Fully qualified domain name to request a certificate for; may start with `*.`."""
    allow_export: bool | None = None
    """Whether the certificate can be exported. Default: False."""
    certificate_name: str | None = None
    """Recorded in the `Name` tag. Default: the construct's path."""
    key_algorithm: KeyAlgorithm | None = None
    """Algorithm of the key pair. Default: KeyAlgorithm.RSA_2048."""
    subject_alternative_names: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Other domain names on the certificate. Default: none."""
    transparency_logging_enabled: bool | None = None
    """Whether the certificate is logged in certificate transparency logs. Default: True."""
    validation: CertificateValidation | None = None
    """How to validate the certificate. Default: CertificateValidation.from_email()."""


class _CertificateBase(Resource):
    """What a Certificate and an imported certificate share."""

    certificate_arn: str
    # aws-cdk-lib sets a region only on certificates made in another region (none here).
    region: str | None = None

    @property
    def certificate_ref(self) -> CertificateReference:
        """A reference to the certificate: its ARN."""
        return CertificateReference(certificate_arn=self.certificate_arn)

    def metric_days_to_expiry(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The days until the certificate expires (`DaysToExpiry`, minimum over a day).

        The dimensions, metric name, namespace, region and statistic are the certificate's; the
        other options apply as given.
        """
        # Deferred: CloudWatch doubles the import time of this module and few apps ask for metrics.
        from ..aws_cloudwatch import Metric, Stats
        from ..aws_cloudwatch.metric import metric_keywords

        return Metric(
            **metric_keywords(locals())
            | {
                "metric_name": "DaysToExpiry",
                "namespace": "AWS/CertificateManager",
                "dimensions_map": {"CertificateArn": self.certificate_arn},
                "statistic": Stats.MINIMUM,
                "region": self.region,
                "period": period or Duration.days(1),
            }
        )


class _ImportedCertificate(_CertificateBase):
    def __init__(self, scope: Construct, id: str, certificate_arn: str) -> None:
        super().__init__(scope, id)
        self.certificate_arn = certificate_arn


class Certificate(_CertificateBase):
    """A certificate managed by AWS Certificate Manager (`AWS::CertificateManager::Certificate`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain_name: str,
        allow_export: bool | None = None,
        certificate_name: str | None = None,
        key_algorithm: KeyAlgorithm | None = None,
        subject_alternative_names: Sequence[str] | None = None,
        transparency_logging_enabled: bool | None = None,
        validation: CertificateValidation | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = CertificateProps(
            domain_name=domain_name,
            allow_export=allow_export,
            certificate_name=certificate_name,
            key_algorithm=key_algorithm,
            subject_alternative_names=subject_alternative_names,
            transparency_logging_enabled=transparency_logging_enabled,
            validation=validation,
        )
        if not Token.is_unresolved(props.domain_name) and len(props.domain_name) > _MAX_DOMAIN_NAME:
            raise ValidationError(
                self,
                f"domain_name={props.domain_name!r} is {len(props.domain_name)} characters long; "
                f"use at most {_MAX_DOMAIN_NAME}",
            )
        names = [("domain_name", props.domain_name)] + [
            (f"subject_alternative_names[{i}]", name)
            for i, name in enumerate(props.subject_alternative_names or ())
        ]
        chosen = props.validation or CertificateValidation.from_email()
        resource = CfnCertificate(
            self,
            "Resource",
            domain_name=props.domain_name,
            subject_alternative_names=props.subject_alternative_names,
            domain_validation_options=self._render_validation_options(chosen, names),
            validation_method=chosen.method.value,
            certificate_transparency_logging_preference=_enabled_or_disabled(
                props.transparency_logging_enabled
            ),
            key_algorithm=props.key_algorithm.name if props.key_algorithm else None,
            certificate_export="ENABLED" if props.allow_export else None,
        )
        # On the CfnCertificate, as aws-cdk-lib does: a Name tag the user gives the Certificate (an
        # ancestor) is applied first, so this one wins.
        Tags.of(resource).add("Name", props.certificate_name or self.node.path[:_MAX_NAME_TAG])
        self.certificate_arn = resource.ref

    def _render_validation_options(
        self, validation: CertificateValidation, names: list[tuple[str, str]]
    ) -> list[dict[str, str]] | None:
        if validation.method is ValidationMethod.DNS:
            return _dns_validation_options(validation.props, [name for _, name in names])
        domains = validation.props.validation_domains or {}
        options = []
        for keyword, name in names:
            validation_domain = domains.get(name)
            if validation_domain is None:
                if Token.is_unresolved(name):
                    raise ValidationError(
                        self,
                        f"{keyword}={name!r} is a token, so its email validation domain cannot be "
                        "derived; map it in CertificateValidation.from_email(validation_domains) or use "
                        "CertificateValidation.from_dns()",
                    )
                validation_domain = _apex_domain(name)
            options.append({"domain_name": name, "validation_domain": validation_domain})
        return options

    @staticmethod
    def from_certificate_arn(scope: Construct, id: str, certificate_arn: str) -> ICertificate:
        """An existing certificate, by ARN."""
        return _ImportedCertificate(scope, id, certificate_arn)


def _dns_validation_options(
    props: CertificationValidationProps, names: list[str]
) -> list[dict[str, str]] | None:
    # A wildcard shares its validation record with its base name, so aws-cdk-lib lists only the base name.
    options = []
    for name in names:
        if not Token.is_unresolved(name) and name.startswith("*.") and name[2:] in names:
            continue
        zone = (props.hosted_zones or {}).get(name) or props.hosted_zone
        if zone is not None:
            options.append({"domain_name": name, "hosted_zone_id": zone.hosted_zone_id})
    return options or None


def _enabled_or_disabled(value: bool | None) -> str | None:
    if value is None:
        return None
    return "ENABLED" if value else "DISABLED"


def _apex_domain(domain_name: str) -> str:
    """The domain that receives the validation email of `domain_name`, as aws-cdk-lib finds it: the labels
    from the right while they are a suffix of a plain rule of the Public Suffix List, and one more
    (`b.co.uk` for `a.b.co.uk`, `example.com` for `a.example.com`; an unknown top-level domain alone)."""
    known = _public_suffixes()
    labels = domain_name.split(".")
    for count in range(1, len(labels) + 1):
        apex = ".".join(labels[-count:])
        if apex not in known:
            return apex
    return domain_name


@functools.cache
def _public_suffixes() -> frozenset[str]:
    """Every rule of the list and every suffix of one (`ma.us` and `k12.ma.us` for `pvt.k12.ma.us`)."""
    import base64  # deferred, as the list: only email validation reads it
    import zlib

    from .public_suffixes import RULES

    found: set[str] = set()
    for rule in zlib.decompress(base64.b64decode(RULES)).decode("ascii").split():
        labels = rule.split(".")
        found.update(".".join(labels[index:]) for index in range(len(labels)))
    return frozenset(found)
