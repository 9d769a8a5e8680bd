"""Deploy-time rules of custom domain names: DNS names of the length API Gateway accepts."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import DomainName
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.core.errors import ValidationError


def domain(stack: Stack, name: str) -> DomainName:
    certificate = Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:us-east-1:111111111111:certificate/x"
    )
    return DomainName(stack, "Domain", domain_name=name, certificate=certificate)


@pytest.mark.parametrize(
    "name",
    ["https://api.example.com", "api_v1.example.com", "-api.example.com", "localhost", "api..example.com"],
)
def test_domain_name_api_gateway_rejects_is_rejected(stack: Stack, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        domain(stack, name)
    assert str(caught.value) == (
        f"Test/Domain: domain_name={name!r} is not a domain name API Gateway accepts; use at most 253 "
        "characters in two or more dot-separated labels of 1 to 63 letters, digits and hyphens (no hyphen "
        "first or last), optionally '*.' first, e.g. 'api.example.com'"
    )


def test_domain_name_over_253_characters_is_rejected(stack: Stack) -> None:
    name = ".".join(["a" * 63] * 4)
    with pytest.raises(ValidationError) as caught:
        domain(stack, name)
    assert str(caught.value) == (
        f"Test/Domain: domain_name={name!r} is not a domain name API Gateway accepts; use at most 253 "
        "characters in two or more dot-separated labels of 1 to 63 letters, digits and hyphens (no hyphen "
        "first or last), optionally '*.' first, e.g. 'api.example.com'"
    )


@pytest.mark.parametrize("name", ["api.example.com", "*.example.com", "a-1.example.co.uk"])
def test_domain_names_and_wildcards_are_accepted(stack: Stack, name: str) -> None:
    assert domain(stack, name).node.metadata == []
