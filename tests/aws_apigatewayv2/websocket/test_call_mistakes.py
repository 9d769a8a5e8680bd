"""Mistakes in WebSocket apps, each rejected at the call with the construct, the argument and what to pass.

aws-cdk-lib rejects them at the call too, except an API given as a stage (a resolution error at synth),
and reports a key or a route key added twice as a duplicate construct id.
"""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    ApiKey,
    UsagePlan,
    WebSocketApi,
    WebSocketRouteOptions,
    WebSocketStage,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import WebSocketMockIntegration
from apigwv2_integrations.core.errors import ValidationError


def test_web_socket_api_rejects_disable_execute_api_endpoint(stack: Stack) -> None:
    # aws-cdk-lib 2.275.0's WebSocketApi has no such property (HttpApi has), so its Python binding
    # rejects the keyword too.
    with pytest.raises(TypeError) as raised:
        WebSocketApi(stack, "Feed", disable_execute_api_endpoint=True)  # type: ignore[call-arg]
    assert str(raised.value) == (
        "Test/Feed: disable_execute_api_endpoint=True is not an argument of WebSocketApi; use one of "
        "scope, id, api_key_selection_expression, api_name, connect_route_options, default_route_options, "
        "description, disable_schema_validation, disconnect_route_options, ip_address_type, "
        "route_selection_expression"
    )


def test_web_socket_api_rejects_api_key_selection_expression_as_text(stack: Stack) -> None:
    with pytest.raises(TypeError) as raised:
        WebSocketApi(
            stack,
            "Feed",
            api_key_selection_expression="$request.header.x-api-key",  # type: ignore[arg-type]
        )
    assert str(raised.value) == (
        "Test/Feed: api_key_selection_expression='$request.header.x-api-key' is a str; "
        "use a WebSocketApiKeySelectionExpression"
    )


def test_web_socket_stage_requires_web_socket_api(stack: Stack) -> None:
    with pytest.raises(TypeError) as raised:
        WebSocketStage(stack, "Live", stage_name="live")  # type: ignore[call-arg]
    assert str(raised.value) == (
        "Test/Live: web_socket_api is missing; pass web_socket_api=<an IWebSocketApi (a WebSocket API, "
        "defined here or imported), such as WebSocketApi or WebSocketApi.from_web_socket_api_attributes(...)>"
    )


def test_arn_for_execute_api_v2_rejects_a_route_that_is_not_text(stack: Stack) -> None:
    api = WebSocketApi(stack, "Feed")
    with pytest.raises(TypeError) as raised:
        api.arn_for_execute_api_v2(5, "live")  # type: ignore[arg-type]
    assert str(raised.value) == "Test/Feed.arn_for_execute_api_v2: route=5 is an int; use a str"


def test_usage_plan_add_api_stage_rejects_the_api_given_as_stage(stack: Stack) -> None:
    # aws-cdk-lib accepts the call and fails at synth with "Cannot read properties of undefined".
    api = WebSocketApi(stack, "Feed")
    plan = UsagePlan(stack, "Plan")
    with pytest.raises(TypeError) as raised:
        plan.add_api_stage(api=api, stage=api)  # type: ignore[arg-type]
    assert str(raised.value) == (
        "Test/Plan.add_api_stage: stage=<WebSocketApi Test/Feed> is a WebSocketApi; use an IWebSocketStage "
        "(a stage of a WebSocket API, defined here or imported), such as WebSocketStage or "
        "WebSocketStage.from_web_socket_stage_attributes(...)"
    )


def test_route_options_require_an_integration() -> None:
    # The integrations module is imported at the top, so the suggestions do not depend on the test order.
    with pytest.raises(TypeError) as raised:
        WebSocketRouteOptions(return_response=True)  # type: ignore[call-arg]
    assert str(raised.value) == (
        "WebSocketRouteOptions: integration is missing; pass integration=<a WebSocketRouteIntegration, "
        "such as WebSocketAwsIntegration, WebSocketLambdaIntegration or WebSocketMockIntegration>"
    )


def test_usage_plan_add_api_key_rejects_a_key_added_before(stack: Stack) -> None:
    key = ApiKey(stack, "Kiosk")
    plan = UsagePlan(stack, "Plan")
    plan.add_api_key(key)
    with pytest.raises(ValidationError) as raised:
        plan.add_api_key(key)
    assert str(raised.value) == (
        "Test/Plan: api_key=<ApiKey Test/Kiosk> is already added to this usage plan; add each API key once"
    )


def test_add_route_rejects_a_route_key_added_before(stack: Stack) -> None:
    api = WebSocketApi(stack, "Feed")
    api.add_route("sendmessage", integration=WebSocketMockIntegration("First"))
    with pytest.raises(ValidationError) as raised:
        api.add_route("sendmessage", integration=WebSocketMockIntegration("Second"))
    assert str(raised.value) == (
        "Test/Feed: route_key='sendmessage' is already the key of Test/Feed/sendmessage-Route on the same API; "
        "each route key may appear once per API"
    )
