"""Deploy-time rules of WebSocket routes: predefined or custom keys, one route per key on an API."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    WebSocketApi,
    WebSocketRoute,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import WebSocketMockIntegration
from apigwv2_integrations.core.errors import ValidationError


def test_custom_route_key_starting_with_a_dollar_is_rejected(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.add_route("$message", integration=WebSocketMockIntegration("Mock"))
    assert str(caught.value) == (
        "Test/Api/$message-Route: route_key='$message' is rejected by API Gateway; use '$connect', "
        "'$disconnect', '$default' or a custom key that does not start with '$', e.g. 'sendmessage'"
    )


def test_predefined_and_custom_route_keys_are_accepted(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    keys = ["$connect", "$disconnect", "$default", "sendmessage"]
    routes = [
        api.add_route(key, integration=WebSocketMockIntegration(f"Mock{n}")) for n, key in enumerate(keys)
    ]
    assert [route.route_key for route in routes] == keys


def test_two_routes_with_one_key_on_an_api_are_rejected(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    api.add_route("sendmessage", integration=WebSocketMockIntegration("First"))
    with pytest.raises(ValidationError) as caught:
        WebSocketRoute(
            stack,
            "Second",
            web_socket_api=api,
            route_key="sendmessage",
            integration=WebSocketMockIntegration("Second"),
        )
    assert str(caught.value) == (
        "Test/Second: route_key='sendmessage' is already the key of Test/Api/sendmessage-Route on the same "
        "API; each route key may appear once per API"
    )
