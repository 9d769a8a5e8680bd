"""PrivateCertificate: a certificate from an AWS Private CA."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_certificatemanager import (
    KeyAlgorithm,
    PrivateCertificate,
    PrivateCertificateProps,
)
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
CA_ARN = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/11111111-2222-3333-4444-555555555555"


class _CertificateAuthority:
    certificate_authority_arn = CA_ARN


def test_constructor_keywords_match_props() -> None:
    keywords = [
        p
        for p in inspect.signature(PrivateCertificate.__init__).parameters
        if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(PrivateCertificateProps))


def test_private_certificate_names_its_authority_and_has_no_name_tag(stack: Stack, template: Render) -> None:
    PrivateCertificate(
        stack,
        "Cert",
        domain_name="internal.example.com",
        certificate_authority=_CertificateAuthority(),
        subject_alternative_names=["*.internal.example.com"],
        key_algorithm=KeyAlgorithm.EC_PRIME256_V1,
        allow_export=True,
    )
    (resource,) = resources_of_type(template(stack), "AWS::CertificateManager::Certificate").values()
    assert resource["Properties"] == {
        "CertificateAuthorityArn": CA_ARN,
        "CertificateExport": "ENABLED",
        "DomainName": "internal.example.com",
        "KeyAlgorithm": "EC_prime256v1",
        "SubjectAlternativeNames": ["*.internal.example.com"],
    }


def test_private_certificate_needs_a_certificate_authority(stack: Stack) -> None:
    with pytest.raises(TypeError) as caught:
        PrivateCertificate(stack, "Cert", domain_name="a.example.com", certificate_authority="ca")
    assert str(caught.value) == (
        "Test/Cert: certificate_authority='ca' has no certificate_authority_arn; use an AWS Private CA "
        "(acmpca.CertificateAuthority.from_certificate_authority_arn(...))"
    )
