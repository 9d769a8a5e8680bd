"""ApiMapping: props, the domain URL and imported mappings."""

from __future__ import annotations

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    ApiMapping,
    ApiMappingProps,
    CfnApi,
    CfnDomainName,
    DomainName,
    HttpApi,
    HttpStage,
    IApiMapping,
)
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of


def test_api_mapping_keywords_match_props_fields() -> None:
    assert keyword_names(ApiMapping.__init__) == {f.name for f in attrs.fields(ApiMappingProps)}


def test_api_mapping_domain_url_joins_domain_and_key(stack: Stack) -> None:
    certificate = Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:us-east-1:111111111111:certificate/x"
    )
    domain = DomainName(stack, "Domain", domain_name="api.example.com", certificate=certificate)
    mapping = ApiMapping(
        stack, "Mapping", api=HttpApi(stack, "Api"), domain_name=domain, api_mapping_key="v1"
    )
    assert stack.resolve(mapping.domain_url) == {
        "Fn::Join": ["", ["https://", {"Ref": logical_id_of(domain)}, "/v1"]]
    }


def test_api_mapping_takes_an_l1_api_and_domain_name(stack: Stack) -> None:
    api = CfnApi(stack, "Api", name="legacy", protocol_type="HTTP")
    domain = CfnDomainName(stack, "Domain", domain_name="legacy.example.com")
    stage = HttpStage(stack, "Stage", http_api=HttpApi(stack, "Other"), stage_name="live")
    mapping = ApiMapping(stack, "Mapping", api=api, domain_name=domain, stage=stage, api_mapping_key="v1")
    assert properties_of(mapping) == {
        "ApiId": {"Ref": logical_id_of(api)},
        "DomainName": {"Ref": logical_id_of(domain)},
        "Stage": "live",
        "ApiMappingKey": "v1",
    }
    assert stack.resolve(mapping.domain_url) == {
        "Fn::Join": ["", ["https://", {"Ref": logical_id_of(domain)}, "/v1"]]
    }
    assert stack.resolve(mapping.api_mapping_ref.domain_name) == {"Ref": logical_id_of(domain)}


def test_api_mapping_domain_name_of_an_l1_domain_name_is_an_error(stack: Stack) -> None:
    domain = CfnDomainName(stack, "Domain", domain_name="legacy.example.com")
    mapping = ApiMapping(stack, "Mapping", api=HttpApi(stack, "Api"), domain_name=domain)
    with pytest.raises(ValidationError) as raised:
        mapping.domain_name  # noqa: B018
    assert str(raised.value) == (
        "Test/Mapping: domain_name is a CfnDomainName, not an IDomainName; read the domain from the "
        "construct you passed, or pass a DomainName or DomainName.from_domain_name_attributes(...)"
    )


def test_stage_domain_mapping_takes_an_l1_domain_name(stack: Stack) -> None:
    domain = CfnDomainName(stack, "Domain", domain_name="legacy.example.com")
    stage = HttpApi(stack, "Api").add_stage(
        "Beta", stage_name="beta", domain_mapping={"domain_name": domain, "mapping_key": "beta"}
    )
    assert stack.resolve(stage.domain_url) == {
        "Fn::Join": ["", ["https://", {"Ref": logical_id_of(domain)}, "/beta"]]
    }


def test_imported_api_mapping_keeps_its_id(stack: Stack) -> None:
    mapping = ApiMapping.from_api_mapping_attributes(stack, "Mapping", api_mapping_id="map42")
    assert isinstance(mapping, IApiMapping)
    assert mapping.api_mapping_id == "map42"


def test_imported_api_mapping_without_domain_name_says_how_to_give_it(stack: Stack) -> None:
    mapping = ApiMapping.from_api_mapping_attributes(stack, "Mapping", api_mapping_id="map42")
    with pytest.raises(ValidationError) as caught:
        _ = mapping.domain_name  # type: ignore[attr-defined]
    assert str(caught.value) == (
        "Test/Mapping: domain_name is not known; pass domain_name=... to ApiMapping.from_api_mapping_attributes"
    )
