"""When a connection renders its HTTP parameters, even empty (aws_events/connection.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import SecretValue, Stack
from apigwv2_integrations import aws_events as events
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _auth_parameters(stack: Stack, template: Render) -> dict[str, Any]:
    (connection,) = resources_of_type(template(stack), "AWS::Events::Connection").values()
    parameters: dict[str, Any] = connection["Properties"]["AuthParameters"]
    return parameters


def _oauth(**parameters: Any) -> events.Authorization:
    return events.Authorization.oauth(
        authorization_endpoint="https://auth.example.com/token",
        client_id="cid",
        client_secret=SecretValue.unsafe_plain_text("s"),
        http_method=events.HttpMethod.POST,
        **parameters,
    )


def test_oauth_token_request_parameters_are_an_empty_object_when_none_are_given(
    stack: Stack, template: Render
) -> None:
    events.Connection(stack, "Connection", authorization=_oauth())
    parameters = _auth_parameters(stack, template)
    assert parameters["OAuthParameters"]["OAuthHttpParameters"] == {}
    assert "InvocationHttpParameters" not in parameters


def test_empty_invocation_parameters_render_an_empty_object(stack: Stack, template: Render) -> None:
    events.Connection(
        stack,
        "Connection",
        authorization=events.Authorization.api_key("x-api-key", SecretValue.unsafe_plain_text("k")),
        body_parameters={},
    )
    assert _auth_parameters(stack, template)["InvocationHttpParameters"] == {}
