"""ParameterMapping and MappingValue: the keys and values they produce, and the keys they reject."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpIntegration,
    HttpIntegrationType,
    MappingValue,
    ParameterMapping,
)
from apigwv2_integrations.core.errors import ValidationError


def test_append_header() -> None:
    mapping = ParameterMapping().append_header("x-source", MappingValue.custom("api"))
    assert mapping.mappings == {"append:header.x-source": "api"}


def test_overwrite_header() -> None:
    mapping = ParameterMapping().overwrite_header(
        "x-user", MappingValue.context_variable("identity.sourceIp")
    )
    assert mapping.mappings == {"overwrite:header.x-user": "$context.identity.sourceIp"}


def test_remove_header() -> None:
    assert ParameterMapping().remove_header("x-debug").mappings == {"remove:header.x-debug": ""}


def test_append_query_string() -> None:
    mapping = ParameterMapping().append_query_string("page", MappingValue.request_header("x-page"))
    assert mapping.mappings == {"append:querystring.page": "$request.header.x-page"}


def test_overwrite_query_string() -> None:
    mapping = ParameterMapping().overwrite_query_string("page", MappingValue.request_query_string("p"))
    assert mapping.mappings == {"overwrite:querystring.page": "$request.querystring.p"}


def test_remove_query_string() -> None:
    assert ParameterMapping().remove_query_string("debug").mappings == {"remove:querystring.debug": ""}


def test_overwrite_path() -> None:
    mapping = ParameterMapping().overwrite_path(MappingValue.request_path_param("proxy"))
    assert mapping.mappings == {"overwrite:path": "$request.path.proxy"}


def test_custom_sets_any_key() -> None:
    assert ParameterMapping().custom("QueueUrl", "$request.header.queueUrl").mappings == {
        "QueueUrl": "$request.header.queueUrl"
    }


def test_from_object_takes_mapping_values() -> None:
    mapping = ParameterMapping.from_object(
        {
            "QueueUrl": MappingValue.request_header("queueUrl"),
            "MessageBody": MappingValue.request_body("message"),
        }
    )
    assert mapping.mappings == {
        "QueueUrl": "$request.header.queueUrl",
        "MessageBody": "$request.body.message",
    }


def test_methods_chain_in_call_order() -> None:
    mapping = (
        ParameterMapping()
        .append_header("x-a", MappingValue.custom("a"))
        .remove_query_string("q")
        .overwrite_path(MappingValue.request_path())
    )
    assert list(mapping.mappings.items()) == [
        ("append:header.x-a", "a"),
        ("remove:querystring.q", ""),
        ("overwrite:path", "$request.path"),
    ]


def test_later_call_with_the_same_key_wins() -> None:
    mapping = (
        ParameterMapping()
        .overwrite_header("x-user", MappingValue.custom("first"))
        .overwrite_header("x-user", MappingValue.custom("second"))
    )
    assert mapping.mappings == {"overwrite:header.x-user": "second"}


@pytest.mark.parametrize(
    ("value", "rendered"),
    [
        (MappingValue.request_header("Accept"), "$request.header.Accept"),
        (MappingValue.request_query_string("page"), "$request.querystring.page"),
        (MappingValue.request_body("items[0]"), "$request.body.items[0]"),
        (MappingValue.request_path(), "$request.path"),
        (MappingValue.request_path_param("id"), "$request.path.id"),
        (MappingValue.context_variable("requestId"), "$context.requestId"),
        (MappingValue.stage_variable("backend"), "$stageVariables.backend"),
        (MappingValue.custom("constant"), "constant"),
        (MappingValue.NONE, ""),
    ],
)
def test_mapping_value_renders_selection_expression(value: MappingValue, rendered: str) -> None:
    assert value.value == rendered


def integration_with(stack: Stack, mapping: ParameterMapping) -> HttpIntegration:
    return HttpIntegration(
        stack,
        "Integration",
        http_api=HttpApi(stack, "Api"),
        integration_type=HttpIntegrationType.HTTP_PROXY,
        integration_uri="https://example.com",
        parameter_mapping=mapping,
    )


def test_integration_maps_the_host_header_which_api_gateway_does_not_reserve(stack: Stack) -> None:
    # API Gateway's list of reserved headers has X-Forwarded-Host but not Host, and aws-cdk-lib renders it.
    integration_with(stack, ParameterMapping().overwrite_header("Host", MappingValue.custom("x")))
    Template.from_stack(stack).has_resource_properties(
        "AWS::ApiGatewayV2::Integration", {"RequestParameters": {"overwrite:header.Host": "x"}}
    )


def test_integration_rejects_removal_of_the_connection_header(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        integration_with(stack, ParameterMapping().remove_header("Connection"))
    assert str(caught.value) == (
        "Test/Integration: parameter_mapping key 'remove:header.Connection' targets the reserved header "
        "'Connection', which API Gateway does not let mappings change; map it to another header name"
    )


def test_integration_rejects_reserved_header_prefix(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        integration_with(stack, ParameterMapping().overwrite_header("X-Amz-Date", MappingValue.custom("x")))
    assert str(caught.value) == (
        "Test/Integration: parameter_mapping key 'overwrite:header.X-Amz-Date' targets the reserved header "
        "'X-Amz-Date', which API Gateway does not let mappings change; map it to another header name"
    )


def test_integration_rejects_invalid_header_name(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        integration_with(stack, ParameterMapping().append_header("x user", MappingValue.custom("x")))
    assert str(caught.value) == (
        "Test/Integration: parameter_mapping key 'append:header.x user' has an invalid header name 'x user'; "
        "use letters, digits and -"
    )


def test_integration_rejects_malformed_key(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        integration_with(stack, ParameterMapping().custom("overwrite:body.name", "x"))
    assert str(caught.value) == (
        "Test/Integration: parameter_mapping key 'overwrite:body.name' is malformed; use "
        "'append|overwrite|remove:header|querystring.<name>' or 'overwrite:path'"
    )


def test_integration_accepts_free_form_keys(stack: Stack) -> None:
    mapping = ParameterMapping().custom("QueueUrl", "$request.header.queueUrl")
    assert integration_with(stack, mapping).node.path == "Test/Integration"
