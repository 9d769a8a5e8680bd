"""`WebSocketApi.add_route` names the route's construct after its key, so a key held in a token is refused
at the call."""

from __future__ import annotations

import pytest

from apigwv2_integrations import CfnParameter, Stack
from apigwv2_integrations.aws_apigatewayv2 import WebSocketApi, WebSocketRoute
from apigwv2_integrations.aws_apigatewayv2_integrations import WebSocketMockIntegration
from apigwv2_integrations.core.errors import ValidationError


def test_add_route_refuses_a_key_that_is_a_token(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    key = CfnParameter(stack, "Key").value_as_string
    with pytest.raises(ValidationError) as caught:
        api.add_route(key, integration=WebSocketMockIntegration("Mock"))
    assert str(caught.value) == (
        f"Test/Api: route_key={key!r} holds a value known only at deployment, but add_route names the route's "
        "construct after its key; use a literal key, or a WebSocketRoute with an id of your own"
    )


def test_a_route_with_its_own_id_takes_a_key_that_is_a_token(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    key = CfnParameter(stack, "Key").value_as_string
    route = WebSocketRoute(
        stack, "Route", web_socket_api=api, route_key=key, integration=WebSocketMockIntegration("Mock")
    )
    assert route.route_key == key
