"""A stage names the API mapping of its `domain_mapping` after the mapping key, so a key held in a token is
refused when the stage is built."""

from __future__ import annotations

import pytest

from apigwv2_integrations import CfnParameter, Stack
from apigwv2_integrations.aws_apigatewayv2 import ApiMapping, DomainName, HttpApi
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.core.errors import ValidationError

_CERTIFICATE_ARN = "arn:aws:acm:us-east-1:123456789012:certificate/abc"


def _domain(stack: Stack) -> DomainName:
    certificate = Certificate.from_certificate_arn(stack, "Cert", _CERTIFICATE_ARN)
    return DomainName(stack, "Domain", domain_name="api.example.com", certificate=certificate)


def test_default_domain_mapping_refuses_a_key_that_is_a_token(stack: Stack) -> None:
    domain = _domain(stack)
    key = CfnParameter(stack, "Key").value_as_string
    with pytest.raises(ValidationError) as caught:
        HttpApi(stack, "Api", default_domain_mapping={"domain_name": domain, "mapping_key": key})
    assert str(caught.value) == (
        f"Test/Api/DefaultStage: domain_mapping mapping_key={key!r} holds a value known only at deployment, "
        "but the stage names its API mapping construct after the key; use a literal key, or an ApiMapping "
        "with an id of your own"
    )


def test_an_api_mapping_with_its_own_id_takes_a_key_that_is_a_token(stack: Stack) -> None:
    domain = _domain(stack)
    key = CfnParameter(stack, "Key").value_as_string
    mapping = ApiMapping(stack, "Mapping", api=HttpApi(stack, "Api"), domain_name=domain, api_mapping_key=key)
    assert mapping.mapping_key == key
