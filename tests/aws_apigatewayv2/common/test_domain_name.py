"""DomainName: certificates as L2s, imports or CfnCertificates, ownership certificates and endpoints."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.aws_apigatewayv2 import DomainName, EndpointType, MTLSConfig
from apigwv2_integrations.aws_certificatemanager import Certificate, CfnCertificate
from apigwv2_integrations.aws_s3 import Bucket
from tests.aws_apigatewayv2.inspection import logical_id_of, properties_of

ARN = "arn:aws:acm:us-east-1:123456789012:certificate/abc"


def test_imported_certificate_renders_its_arn(stack: Stack) -> None:
    certificate = Certificate.from_certificate_arn(stack, "Cert", ARN)
    domain = DomainName(stack, "Domain", domain_name="api.example.com", certificate=certificate)
    assert properties_of(domain)["DomainNameConfigurations"] == [
        {"CertificateArn": ARN, "EndpointType": "REGIONAL"}
    ]


def test_new_certificate_renders_its_ref(stack: Stack) -> None:
    certificate = Certificate(stack, "Cert", domain_name="api.example.com")
    domain = DomainName(stack, "Domain", domain_name="api.example.com", certificate=certificate)
    assert properties_of(domain)["DomainNameConfigurations"][0]["CertificateArn"] == {
        "Ref": logical_id_of(certificate)
    }


def test_cfn_certificates_render_their_refs(stack: Stack) -> None:
    certificate = CfnCertificate(stack, "Cert", domain_name="api.example.com")
    ownership = CfnCertificate(stack, "Ownership", domain_name="api.example.com")
    domain = DomainName(
        stack,
        "Domain",
        domain_name="api.example.com",
        certificate=certificate,
        ownership_certificate=ownership,
        mtls=MTLSConfig(bucket=Bucket.from_bucket_name(stack, "Trust", "truststore"), key="ca.pem"),
    )
    assert properties_of(domain)["DomainNameConfigurations"] == [
        {
            "CertificateArn": {"Ref": "Cert"},
            "EndpointType": "REGIONAL",
            "OwnershipVerificationCertificateArn": {"Ref": "Ownership"},
        }
    ]


def test_add_endpoint_rejects_a_second_endpoint_of_one_type(stack: Stack) -> None:
    certificate = Certificate.from_certificate_arn(stack, "Cert", ARN)
    domain = DomainName(stack, "Domain", domain_name="api.example.com", certificate=certificate)
    with pytest.raises(ValidationError) as caught:
        domain.add_endpoint(certificate=certificate, endpoint_type=EndpointType.REGIONAL)
    assert str(caught.value) == (
        "Test/Domain: endpoint_type='REGIONAL' already has an endpoint; each endpoint type can be added once"
    )


def test_an_ownership_certificate_needs_mutual_tls(stack: Stack) -> None:
    certificate = Certificate.from_certificate_arn(stack, "Cert", ARN)
    with pytest.raises(ValidationError) as caught:
        DomainName(
            stack,
            "Domain",
            domain_name="api.example.com",
            certificate=certificate,
            ownership_certificate=certificate,
        )
    assert str(caught.value) == (
        "Test/Domain: ownership_certificate is set without mtls; an ownership verification certificate "
        "is only used by mutual TLS domains: pass mtls=MTLSConfig(...) or drop ownership_certificate"
    )
