"""WebSocketMockIntegration: a MOCK integration with an empty URI."""

from __future__ import annotations

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import WebSocketApi
from apigwv2_integrations.aws_apigatewayv2_integrations import WebSocketMockIntegration
from tests.aws_apigatewayv2.inspection import properties_of


def test_web_socket_mock_integration_renders_mock_type_and_empty_uri(stack: Stack) -> None:
    route = WebSocketApi(stack, "Chat").add_route("$default", integration=WebSocketMockIntegration("Mock"))
    assert properties_of(route.node.find_child("Mock")) == {
        "ApiId": {"Ref": "Chat26DEB33F"},
        "IntegrationType": "MOCK",
        "IntegrationUri": "",
    }


def test_web_socket_mock_integration_renders_request_templates_and_selection_expression(stack: Stack) -> None:
    mock = WebSocketMockIntegration(
        "Mock",
        request_templates={"application/json": '{ "statusCode": 200 }'},
        template_selection_expression="\\$default",
    )
    route = WebSocketApi(stack, "Chat").add_route("echo", integration=mock)
    assert properties_of(route.node.find_child("Mock")) == {
        "ApiId": {"Ref": "Chat26DEB33F"},
        "IntegrationType": "MOCK",
        "IntegrationUri": "",
        "RequestTemplates": {"application/json": '{ "statusCode": 200 }'},
        "TemplateSelectionExpression": "\\$default",
    }
