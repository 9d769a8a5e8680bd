"""WebSocket integrations: the mistakes aws-cdk-lib rejects fail at the same call, with the place and the fix."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpMethod, WebSocketApi
from apigwv2_integrations.aws_apigatewayv2_integrations import (
    WebSocketAwsIntegration,
    WebSocketMockIntegration,
)
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError

SEND_MESSAGE = "arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders"


def aws_integration(**options: Any) -> WebSocketAwsIntegration:
    return WebSocketAwsIntegration("Enqueue", **options)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: aws_integration(integration_method="POST"),
            "WebSocketAwsIntegration('Enqueue'): integration_uri is missing; pass integration_uri=<a str>",
        ),
        (
            # TypeScript apps pass HttpMethod.POST here, where it is a string; in Python it is an enum.
            lambda: aws_integration(integration_uri=SEND_MESSAGE, integration_method=HttpMethod.POST),
            "WebSocketAwsIntegration('Enqueue'): integration_method=<HttpMethod.POST: 'POST'> is an "
            "HttpMethod; use a str, e.g. 'POST'",
        ),
        (
            # TypeScript accepts the string literal of the enum; aws_cdk for Python does not.
            lambda: aws_integration(
                integration_uri=SEND_MESSAGE, integration_method="POST", passthrough_behavior="NEVER"
            ),
            "WebSocketAwsIntegration('Enqueue'): passthrough_behavior='NEVER' is a str; use a "
            "PassthroughBehavior, e.g. PassthroughBehavior.NEVER",
        ),
        (
            lambda: aws_integration(integration_uri=SEND_MESSAGE, integration_method="POST", timeout=30),
            "WebSocketAwsIntegration('Enqueue'): timeout=30 is an int; use a Duration, e.g. Duration.seconds(30)",
        ),
        (
            lambda: WebSocketMockIntegration("Pong", request_templates={"$default": 200}),  # type: ignore[dict-item]
            "WebSocketMockIntegration('Pong'): request_templates['$default']=200 is an int; use a str",
        ),
    ],
)
def test_web_socket_integration_rejects_a_wrong_argument_at_the_call(
    build: Callable[[], object], message: str
) -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        build()
    assert str(caught.value) == message


def test_web_socket_aws_integration_rejects_timeout_below_50_milliseconds_when_routed(stack: Stack) -> None:
    integration = aws_integration(
        integration_uri=SEND_MESSAGE, integration_method="POST", timeout=Duration.millis(10)
    )
    with pytest.raises(ValidationError) as caught:
        WebSocketApi(stack, "Shop").add_route("order", integration=integration)
    assert str(caught.value) == (
        "Test/Shop/order-Route/Enqueue: timeout=Duration.millis(10) is out of range; "
        "use 50 milliseconds to 29 seconds"
    )
