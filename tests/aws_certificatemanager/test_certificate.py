"""Certificate: validation methods and options, the Name tag, limits, and imported certificates."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Aws, Stack, Tags, ValidationError
from apigwv2_integrations.aws_certificatemanager import (
    Certificate,
    CertificateProps,
    CertificateValidation,
    ICertificate,
    KeyAlgorithm,
)
from apigwv2_integrations.aws_certificatemanager.certificate import _apex_domain
from apigwv2_integrations.aws_route53 import HostedZone, PublicHostedZone
from tests.aws_apigatewayv2.inspection import logical_id_of
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _certificate(template: dict[str, Any]) -> dict[str, Any]:
    (resource,) = resources_of_type(template, "AWS::CertificateManager::Certificate").values()
    properties: dict[str, Any] = resource["Properties"]
    return properties


def test_constructor_keywords_match_props() -> None:
    keywords = [
        p for p in inspect.signature(Certificate.__init__).parameters if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(CertificateProps))


def test_default_validation_is_email_to_the_apex_domain(stack: Stack, template: Render) -> None:
    Certificate(stack, "Cert", domain_name="api.example.com", subject_alternative_names=["*.example.org"])
    assert _certificate(template(stack)) == {
        "DomainName": "api.example.com",
        "DomainValidationOptions": [
            {"DomainName": "api.example.com", "ValidationDomain": "example.com"},
            {"DomainName": "*.example.org", "ValidationDomain": "example.org"},
        ],
        "SubjectAlternativeNames": ["*.example.org"],
        "Tags": [{"Key": "Name", "Value": "Test/Cert"}],
        "ValidationMethod": "EMAIL",
    }


def test_email_validation_uses_given_validation_domains(stack: Stack, template: Render) -> None:
    Certificate(
        stack,
        "Cert",
        domain_name="api.example.co.uk",
        validation=CertificateValidation.from_email({"api.example.co.uk": "example.co.uk"}),
    )
    assert _certificate(template(stack))["DomainValidationOptions"] == [
        {"DomainName": "api.example.co.uk", "ValidationDomain": "example.co.uk"}
    ]


def test_apex_domain_follows_the_public_suffix_list(stack: Stack, template: Render) -> None:
    Certificate(stack, "Cert", domain_name="api.example.co.uk")
    assert _certificate(template(stack))["DomainValidationOptions"] == [
        {"DomainName": "api.example.co.uk", "ValidationDomain": "example.co.uk"}
    ]


@pytest.mark.parametrize(
    ("domain_name", "validation_domain"),
    [
        # As aws-cdk-lib 2.275 gives them (compared): one label more than the longest suffix of a plain
        # rule, an unknown top-level domain alone, the list's wildcard, exception and non-ASCII rules left
        # out, and suffixes added to the list since 2017 unknown.
        ("a.b.co.uk", "b.co.uk"),
        ("co.uk", "co.uk"),
        ("uk", "uk"),
        ("a.example.com", "example.com"),
        ("*.a.b.co.uk", "b.co.uk"),
        ("a.b.github.io", "b.github.io"),
        ("a.b.s3.amazonaws.com", "b.s3.amazonaws.com"),
        ("a.b.pvt.k12.ma.us", "b.pvt.k12.ma.us"),
        ("x.y.compute.amazonaws.com", "compute.amazonaws.com"),
        ("a.b.us-east-1.elb.amazonaws.com", "elb.amazonaws.com"),
        ("a.b.local", "local"),
        ("*.corp.example", "example"),
        ("a.b.ck", "ck"),
        ("x.city.kawasaki.jp", "kawasaki.jp"),
        ("a.公司.cn", "公司.cn"),
        ("a.B.Co.UK", "UK"),
        ("a.b.bd", "bd"),
        ("a.b.pages.dev", "pages.dev"),
        ("a.b.vercel.app", "vercel.app"),
    ],
)
def test_apex_domain_of(domain_name: str, validation_domain: str) -> None:
    assert _apex_domain(domain_name) == validation_domain


def test_dns_validation_renders_no_validation_options(stack: Stack, template: Render) -> None:
    Certificate(stack, "Cert", domain_name="api.example.com", validation=CertificateValidation.from_dns())
    properties = _certificate(template(stack))
    assert properties["ValidationMethod"] == "DNS"
    assert "DomainValidationOptions" not in properties


def test_options_render_name_tag_key_algorithm_logging_and_export(stack: Stack, template: Render) -> None:
    Certificate(
        stack,
        "Cert",
        domain_name="api.example.com",
        certificate_name="api",
        key_algorithm=KeyAlgorithm.EC_SECP384_R1,
        transparency_logging_enabled=False,
        allow_export=True,
        validation=CertificateValidation.from_dns(),
    )
    properties = _certificate(template(stack))
    assert properties["Tags"] == [{"Key": "Name", "Value": "api"}]
    assert properties["KeyAlgorithm"] == "EC_secp384r1"
    assert properties["CertificateTransparencyLoggingPreference"] == "DISABLED"
    assert properties["CertificateExport"] == "ENABLED"


def test_logging_enabled_and_export_off_render_as_aws_cdk_lib(stack: Stack, template: Render) -> None:
    Certificate(
        stack,
        "Cert",
        domain_name="api.example.com",
        key_algorithm=KeyAlgorithm("RSA_2048"),
        transparency_logging_enabled=True,
        allow_export=False,
        validation=CertificateValidation.from_dns(),
    )
    properties = _certificate(template(stack))
    assert properties["CertificateTransparencyLoggingPreference"] == "ENABLED"
    assert properties["KeyAlgorithm"] == "RSA_2048"
    assert "CertificateExport" not in properties


def test_domain_name_longer_than_64_characters_is_rejected(stack: Stack) -> None:
    name = "a" * 61 + ".com"
    with pytest.raises(ValidationError) as caught:
        Certificate(stack, "Cert", domain_name=name)
    assert str(caught.value) == f"Test/Cert: domain_name={name!r} is 65 characters long; use at most 64"


def test_token_domain_name_with_email_validation_needs_validation_domains(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        Certificate(stack, "Cert", domain_name="api.example.com", subject_alternative_names=[Aws.REGION])
    assert str(caught.value) == (
        f"Test/Cert: subject_alternative_names[0]={Aws.REGION!r} is a token, so its email validation "
        "domain cannot be derived; map it in CertificateValidation.from_email(validation_domains) or use "
        "CertificateValidation.from_dns()"
    )


def test_token_domain_name_with_mapped_validation_domain_is_accepted(stack: Stack, template: Render) -> None:
    Certificate(
        stack,
        "Cert",
        domain_name=Aws.REGION,
        validation=CertificateValidation.from_email({Aws.REGION: "example.com"}),
    )
    assert _certificate(template(stack))["DomainValidationOptions"] == [
        {"DomainName": {"Ref": "AWS::Region"}, "ValidationDomain": "example.com"}
    ]


def test_dns_validation_with_a_zone_lists_each_name_once_without_covered_wildcards(
    stack: Stack, template: Render
) -> None:
    zone = PublicHostedZone(stack, "Zone", zone_name="example.com")
    Certificate(
        stack,
        "Cert",
        domain_name="example.com",
        subject_alternative_names=["*.example.com", "*.api.example.com"],
        validation=CertificateValidation.from_dns(zone),
    )
    zone_ref = {"Ref": logical_id_of(zone)}
    assert _certificate(template(stack))["DomainValidationOptions"] == [
        {"DomainName": "example.com", "HostedZoneId": zone_ref},
        {"DomainName": "*.api.example.com", "HostedZoneId": zone_ref},
    ]


def test_dns_multi_zone_validation_skips_names_without_a_zone(stack: Stack, template: Render) -> None:
    zone = HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z1", zone_name="example.net")
    Certificate(
        stack,
        "Cert",
        domain_name="api.example.net",
        subject_alternative_names=["other.example.org"],
        validation=CertificateValidation.from_dns_multi_zone({"api.example.net": zone}),
    )
    assert _certificate(template(stack))["DomainValidationOptions"] == [
        {"DomainName": "api.example.net", "HostedZoneId": "Z1"}
    ]


def test_certificate_arn_is_the_ref(stack: Stack) -> None:
    certificate = Certificate(stack, "Cert", domain_name="api.example.com")
    assert stack.resolve(certificate.certificate_arn) == {"Ref": logical_id_of(certificate)}


def test_imported_certificate_keeps_its_arn(stack: Stack, template: Render) -> None:
    arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
    certificate = Certificate.from_certificate_arn(stack, "Imported", arn)
    assert isinstance(certificate, ICertificate)
    assert certificate.certificate_arn == arn
    assert "Resources" not in template(stack)


def test_validation_repr_reads_as_the_call(stack: Stack) -> None:
    zone = HostedZone.from_hosted_zone_id(stack, "Zone", "Z1")
    assert repr(CertificateValidation.from_dns()) == "CertificateValidation.from_dns()"
    assert repr(CertificateValidation.from_dns(zone)) == "CertificateValidation.from_dns(Test/Zone)"
    assert repr(CertificateValidation.from_dns_multi_zone({"a.com": zone})) == (
        "CertificateValidation.from_dns_multi_zone({'a.com': Test/Zone})"
    )
    assert repr(CertificateValidation.from_email()) == "CertificateValidation.from_email()"
    assert repr(CertificateValidation.from_email({"a.com": "a.com"})) == (
        "CertificateValidation.from_email({'a.com': 'a.com'})"
    )
    assert repr(KeyAlgorithm.RSA_4096) == "KeyAlgorithm('RSA_4096')"


def test_days_to_expiry_metric_is_the_daily_minimum_for_the_certificate(stack: Stack) -> None:
    certificate = Certificate(stack, "Cert", domain_name="api.example.com")
    metric = certificate.metric_days_to_expiry(statistic="Maximum", label="expiry")
    assert (metric.namespace, metric.metric_name, metric.statistic, metric.label) == (
        "AWS/CertificateManager",
        "DaysToExpiry",
        "Minimum",
        "expiry",
    )
    assert repr(metric.period) == "Duration.days(1)"
    assert stack.resolve(metric.dimensions) == {"CertificateArn": {"Ref": logical_id_of(certificate)}}


def test_certificate_name_tag_wins_over_a_name_tag_on_the_certificate(stack: Stack, template: Render) -> None:
    certificate = Certificate(stack, "Cert", domain_name="api.example.com")
    Tags.of(certificate).add("Name", "from-the-user")
    (resource,) = resources_of_type(template(stack), "AWS::CertificateManager::Certificate").values()
    assert resource["Properties"]["Tags"] == [{"Key": "Name", "Value": "Test/Cert"}]
