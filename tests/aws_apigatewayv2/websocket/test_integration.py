"""WebSocketIntegration and WebSocketRouteIntegration: rendering, timeouts and binding."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    CfnApi,
    ContentHandling,
    IWebSocketRoute,
    PassthroughBehavior,
    WebSocketApi,
    WebSocketIntegration,
    WebSocketIntegrationProps,
    WebSocketIntegrationType,
    WebSocketRouteIntegration,
    WebSocketRouteIntegrationConfig,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import WebSocketMockIntegration
from apigwv2_integrations.aws_iam import Role
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of
from tests.conftest import resources_of_type


def aws_integration(stack: Stack, **options: Any) -> WebSocketIntegration:
    return WebSocketIntegration(
        stack,
        "Integration",
        web_socket_api=WebSocketApi(stack, "Chat"),
        integration_type=WebSocketIntegrationType.AWS,
        integration_uri="arn:aws:apigateway:us-east-1:dynamodb:action/PutItem",
        **options,
    )


def test_web_socket_integration_keywords_match_props_fields() -> None:
    assert keyword_names(WebSocketIntegration.__init__) == {
        f.name for f in attrs.fields(WebSocketIntegrationProps)
    }


def test_web_socket_integration_renders_type_and_uri(stack: Stack) -> None:
    integration = aws_integration(stack)
    assert properties_of(integration) == {
        "ApiId": {"Ref": "Chat26DEB33F"},
        "IntegrationType": "AWS",
        "IntegrationUri": "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem",
    }


def test_web_socket_integration_renders_empty_mappings(stack: Stack) -> None:
    # As aws-cdk-lib: an empty dict is written as {}; only None leaves the property out.
    integration = aws_integration(stack, request_parameters={}, request_templates={})
    properties = properties_of(integration)
    assert (properties["RequestParameters"], properties["RequestTemplates"]) == ({}, {})


def test_mock_integration_renders_empty_request_templates(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    route = api.add_route("ping", integration=WebSocketMockIntegration("Ping", request_templates={}))
    assert properties_of(route.node.find_child("Ping"))["RequestTemplates"] == {}


def test_web_socket_integration_id_is_the_integration_ref(stack: Stack) -> None:
    integration = aws_integration(stack)
    assert stack.resolve(integration.integration_id) == {"Ref": logical_id_of(integration)}


def test_web_socket_integration_renders_every_option(stack: Stack) -> None:
    integration = aws_integration(
        stack,
        content_handling=ContentHandling.CONVERT_TO_TEXT,
        credentials_role=Role.from_role_arn(stack, "Role", "arn:aws:iam::111111111111:role/ws"),
        integration_method="POST",
        passthrough_behavior=PassthroughBehavior.NEVER,
        request_parameters={"integration.request.header.x-source": "'chat'"},
        request_templates={"application/json": '{"TableName": "messages"}'},
        template_selection_expression="\\$default",
        timeout=Duration.seconds(10),
    )
    assert properties_of(integration) == {
        "ApiId": {"Ref": "Chat26DEB33F"},
        "ContentHandlingStrategy": "CONVERT_TO_TEXT",
        "CredentialsArn": "arn:aws:iam::111111111111:role/ws",
        "IntegrationMethod": "POST",
        "IntegrationType": "AWS",
        "IntegrationUri": "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem",
        "PassthroughBehavior": "NEVER",
        "RequestParameters": {"integration.request.header.x-source": "'chat'"},
        "RequestTemplates": {"application/json": '{"TableName": "messages"}'},
        "TemplateSelectionExpression": "\\$default",
        "TimeoutInMillis": 10000,
    }


@pytest.mark.parametrize(
    ("content_handling", "rendered"),
    [
        (ContentHandling.CONVERT_TO_BINARY, "CONVERT_TO_BINARY"),
        (ContentHandling.CONVERT_TO_TEXT, "CONVERT_TO_TEXT"),
    ],
)
def test_content_handling_values(stack: Stack, content_handling: ContentHandling, rendered: str) -> None:
    assert properties_of(aws_integration(stack, content_handling=content_handling))[
        "ContentHandlingStrategy"
    ] == (rendered)


@pytest.mark.parametrize(
    ("behavior", "rendered"),
    [
        (PassthroughBehavior.WHEN_NO_MATCH, "WHEN_NO_MATCH"),
        (PassthroughBehavior.NEVER, "NEVER"),
        (PassthroughBehavior.WHEN_NO_TEMPLATES, "WHEN_NO_TEMPLATES"),
    ],
)
def test_passthrough_behavior_values(stack: Stack, behavior: PassthroughBehavior, rendered: str) -> None:
    assert (
        properties_of(aws_integration(stack, passthrough_behavior=behavior))["PassthroughBehavior"]
        == rendered
    )


def test_web_socket_integration_accepts_29_seconds(stack: Stack) -> None:
    assert properties_of(aws_integration(stack, timeout=Duration.seconds(29)))["TimeoutInMillis"] == 29000


def test_web_socket_integration_rejects_timeout_above_29_seconds(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        aws_integration(stack, timeout=Duration.seconds(30))
    assert str(caught.value) == (
        "Test/Integration: timeout=Duration.seconds(30) is out of range; use 50 milliseconds to 29 seconds"
    )


def test_web_socket_integration_rejects_timeout_below_50_milliseconds(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        aws_integration(stack, timeout=Duration.millis(10))
    assert str(caught.value) == (
        "Test/Integration: timeout=Duration.millis(10) is out of range; use 50 milliseconds to 29 seconds"
    )


class _Recording(WebSocketRouteIntegration):
    """A mock integration that records the routes it was bound to."""

    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.bound_routes: list[str] = []

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        self.bound_routes.append(route.route_key)
        return WebSocketRouteIntegrationConfig(type=WebSocketIntegrationType.MOCK, uri="")


def test_shared_integration_is_created_once_and_bound_per_route(stack: Stack, template: Any) -> None:
    api = WebSocketApi(stack, "Chat")
    integration = _Recording("Shared")
    first = api.add_route("$connect", integration=integration)
    second = api.add_route("$disconnect", integration=integration)
    assert integration.bound_routes == ["$connect", "$disconnect"]
    assert len(resources_of_type(template(stack), "AWS::ApiGatewayV2::Integration")) == 1
    assert first.node.try_find_child("Shared") is not None
    assert properties_of(second)["Target"] == properties_of(first)["Target"]


def test_web_socket_integration_cannot_serve_two_apis(stack: Stack) -> None:
    integration = WebSocketMockIntegration("Mock")
    WebSocketApi(stack, "First").add_route("$connect", integration=integration)
    with pytest.raises(ValidationError) as caught:
        WebSocketApi(stack, "Second").add_route("$connect", integration=integration)
    assert str(caught.value) == (
        "Test/Second/$connect-Route: integration 'Mock' already belongs to 'Test/First'; "
        "a single integration cannot serve two APIs, so create one instance per API"
    )


def test_web_socket_integration_of_an_l1_api_renders_its_ref_and_has_no_reference(stack: Stack) -> None:
    api = CfnApi(
        stack, "Api", name="chat", protocol_type="WEBSOCKET", route_selection_expression="$request.body.a"
    )
    integration = WebSocketIntegration(
        stack,
        "Integration",
        web_socket_api=api,
        integration_type=WebSocketIntegrationType.MOCK,
        integration_uri="",
    )
    assert properties_of(integration)["ApiId"] == {"Ref": logical_id_of(api)}
    # As aws-cdk-lib, whose integrationRef reads the API through webSocketApi.
    with pytest.raises(ValidationError) as raised:
        integration.integration_ref  # noqa: B018
    assert str(raised.value) == (
        "Test/Integration: web_socket_api is a CfnApi, not an IWebSocketApi; use the API construct you passed, "
        "or pass a WebSocketApi or WebSocketApi.from_web_socket_api_attributes(...)"
    )
