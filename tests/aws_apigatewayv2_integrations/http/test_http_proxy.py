"""HttpUrlIntegration: HTTP_PROXY to a URL with payload format 1.0."""

from __future__ import annotations

import attrs

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpMethod, MappingValue, ParameterMapping
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration, HttpUrlIntegrationProps
from tests.aws_apigatewayv2.inspection import keyword_names, properties_of


def test_http_url_integration_keywords_match_props_fields() -> None:
    assert keyword_names(HttpUrlIntegration.__init__) == {
        f.name for f in attrs.fields(HttpUrlIntegrationProps)
    }


def test_http_url_integration_is_http_proxy_with_payload_1_0_and_any_method(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(
        path="/books", integration=HttpUrlIntegration("Books", "https://example.com/books")
    )
    assert properties_of(route.node.find_child("Books")) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "IntegrationMethod": "ANY",
        "IntegrationType": "HTTP_PROXY",
        "IntegrationUri": "https://example.com/books",
        "PayloadFormatVersion": "1.0",
    }


def test_http_url_integration_renders_method_timeout_and_mapping(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    integration = HttpUrlIntegration(
        "Books",
        "https://example.com/books",
        method=HttpMethod.GET,
        timeout=Duration.seconds(5),
        parameter_mapping=ParameterMapping().overwrite_path(MappingValue.request_path_param("proxy")),
    )
    (route,) = api.add_routes(path="/books/{proxy+}", integration=integration)
    properties = properties_of(route.node.find_child("Books"))
    assert (
        properties["IntegrationMethod"],
        properties["TimeoutInMillis"],
        properties["RequestParameters"],
    ) == (
        "GET",
        5000,
        {"overwrite:path": "$request.path.proxy"},
    )
