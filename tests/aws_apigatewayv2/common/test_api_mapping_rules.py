"""Deploy-time rules of API mappings: keys API Gateway accepts, one mapping per key on a domain name."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import ApiMapping, DomainName, HttpApi
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.core.errors import ValidationError


def domain(stack: Stack, id: str = "Domain") -> DomainName:
    certificate = Certificate.from_certificate_arn(
        stack, f"{id}Cert", "arn:aws:acm:us-east-1:111111111111:certificate/x"
    )
    return DomainName(stack, id, domain_name=f"{id.lower()}.example.com", certificate=certificate)


def test_two_mappings_with_one_key_on_a_domain_are_rejected(stack: Stack) -> None:
    name = domain(stack)
    ApiMapping(stack, "First", api=HttpApi(stack, "One"), domain_name=name, api_mapping_key="v1")
    with pytest.raises(ValidationError) as caught:
        ApiMapping(stack, "Second", api=HttpApi(stack, "Two"), domain_name=name, api_mapping_key="v1")
    assert str(caught.value) == (
        "Test/Second: api_mapping_key='v1' is already mapped by Test/First on the same domain name; give "
        "each mapping of a domain its own key"
    )


def test_two_mappings_without_a_key_on_a_domain_are_rejected(stack: Stack) -> None:
    name = domain(stack)
    ApiMapping(stack, "First", api=HttpApi(stack, "One"), domain_name=name)
    with pytest.raises(ValidationError) as caught:
        ApiMapping(stack, "Second", api=HttpApi(stack, "Two"), domain_name=name)
    assert str(caught.value) == (
        "Test/Second: api_mapping_key=None is already mapped by Test/First on the same domain name; give "
        "each mapping of a domain its own key"
    )


def test_one_key_on_two_domains_is_accepted(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    first = ApiMapping(stack, "First", api=api, domain_name=domain(stack, "One"), api_mapping_key="v1")
    second = ApiMapping(stack, "Second", api=api, domain_name=domain(stack, "Two"), api_mapping_key="v1")
    assert (first.mapping_key, second.mapping_key) == ("v1", "v1")


@pytest.mark.parametrize("key", ["/v1", "v1/", "orders//v1", "v1?x", ""])
def test_mapping_key_api_gateway_rejects_is_rejected(stack: Stack, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ApiMapping(
            stack, "Mapping", api=HttpApi(stack, "Api"), domain_name=domain(stack), api_mapping_key=key
        )
    assert str(caught.value) == (
        f"Test/Mapping: api_mapping_key={key!r} is rejected by API Gateway; omit it, or use up to 300 letters, "
        "digits and $-_.+!*'() in levels joined by single slashes, with no slash first or last, e.g. 'orders' "
        "or 'orders/v1'"
    )


def test_mapping_key_over_300_characters_is_rejected(stack: Stack) -> None:
    key = "a" * 301
    with pytest.raises(ValidationError) as caught:
        ApiMapping(
            stack, "Mapping", api=HttpApi(stack, "Api"), domain_name=domain(stack), api_mapping_key=key
        )
    assert str(caught.value) == (
        f"Test/Mapping: api_mapping_key={key!r} is rejected by API Gateway; omit it, or use up to 300 letters, "
        "digits and $-_.+!*'() in levels joined by single slashes, with no slash first or last, e.g. 'orders' "
        "or 'orders/v1'"
    )


def test_multi_level_mapping_key_is_accepted(stack: Stack) -> None:
    mapping = ApiMapping(
        stack, "Mapping", api=HttpApi(stack, "Api"), domain_name=domain(stack), api_mapping_key="orders/v1.2"
    )
    assert mapping.mapping_key == "orders/v1.2"
