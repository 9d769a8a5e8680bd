"""The bind step routes run on their integration: once per API for HTTP, once per route for WebSocket."""

from __future__ import annotations

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpIntegrationType,
    HttpRouteIntegration,
    HttpRouteIntegrationConfig,
    IHttpRoute,
    IWebSocketRoute,
    PayloadFormatVersion,
    WebSocketApi,
    WebSocketIntegrationType,
    WebSocketRouteIntegration,
    WebSocketRouteIntegrationConfig,
)
from apigwv2_integrations.core.construct import Construct


class CountingHttpIntegration(HttpRouteIntegration):
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.bound: list[str] = []
        self.completed: list[str] = []

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        self.bound.append(route.node.path)
        return HttpRouteIntegrationConfig(
            type=HttpIntegrationType.HTTP_PROXY,
            uri="https://example.com",
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
        )

    def _complete_bind(self, *, route: IHttpRoute, scope: Construct) -> None:
        self.completed.append(route.node.path)


class CountingWebSocketIntegration(WebSocketRouteIntegration):
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.bound: list[str] = []

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        self.bound.append(route.node.path)
        return WebSocketRouteIntegrationConfig(type=WebSocketIntegrationType.MOCK, uri="")


def test_http_integration_binds_once_per_api_and_completes_every_route(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    integration = CountingHttpIntegration("Books")
    api.add_routes(path="/books", integration=integration)
    api.add_routes(path="/authors", integration=integration)
    assert (integration.bound, integration.completed) == (
        ["Test/Api/ANY--books"],
        ["Test/Api/ANY--books", "Test/Api/ANY--authors"],
    )


def test_web_socket_integration_binds_every_route_and_creates_one_integration(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    integration = CountingWebSocketIntegration("Mock")
    first = api.add_route("send", integration=integration)
    api.add_route("leave", integration=integration)
    assert integration.bound == ["Test/Chat/send-Route", "Test/Chat/leave-Route"]
    assert first.node.try_find_child("Mock") is not None
