"""Rules of WebSocket authorizers: a Lambda authorizer's URI, identity sources read from the $connect request."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    WebSocketApi,
    WebSocketAuthorizer,
    WebSocketAuthorizerType,
)
from apigwv2_integrations.core.errors import ValidationError

LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations"


def test_web_socket_identity_source_of_an_http_form_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        WebSocketAuthorizer(
            stack,
            "Authorizer",
            web_socket_api=WebSocketApi(stack, "Api"),
            identity_source=["$request.header.Authorization"],
            type=WebSocketAuthorizerType.LAMBDA,
            authorizer_uri=LAMBDA_URI,
        )
    assert str(caught.value) == (
        "Test/Authorizer: identity_source[0]='$request.header.Authorization' is not a source API Gateway reads "
        "for a WebSocket authorizer; use 'route.request.header.NAME' or 'route.request.querystring.NAME' (or "
        "'stageVariables.NAME', 'context.NAME')"
    )


def test_web_socket_identity_sources_of_the_connect_request_are_accepted(stack: Stack) -> None:
    authorizer = WebSocketAuthorizer(
        stack,
        "Authorizer",
        web_socket_api=WebSocketApi(stack, "Api"),
        identity_source=["route.request.header.Authorization", "route.request.querystring.token"],
        type=WebSocketAuthorizerType.LAMBDA,
        authorizer_uri=LAMBDA_URI,
    )
    assert authorizer.node.metadata == []


def test_web_socket_lambda_authorizer_without_uri_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        WebSocketAuthorizer(
            stack,
            "Authorizer",
            web_socket_api=WebSocketApi(stack, "Api"),
            identity_source=["route.request.header.Authorization"],
            type=WebSocketAuthorizerType.LAMBDA,
        )
    assert str(caught.value) == (
        "Test/Authorizer: authorizer_uri=None; Lambda authorizers need the function's invoke URI"
    )
