"""Authorizers of one kind of API bound to routes of the other kind."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpNoneAuthorizer,
    HttpRoute,
    HttpRouteKey,
    WebSocketApi,
    WebSocketRouteOptions,
)
from apigwv2_integrations.aws_apigatewayv2_authorizers import (
    HttpIamAuthorizer,
    HttpJwtAuthorizer,
    HttpLambdaAuthorizer,
    WebSocketIamAuthorizer,
    WebSocketLambdaAuthorizer,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration, WebSocketMockIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "AuthFn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {}\n"),
    )


@pytest.mark.parametrize(
    ("authorizer", "authorization_type"),
    [(HttpIamAuthorizer(), "AWS_IAM"), (HttpNoneAuthorizer(), "NONE")],
)
def test_http_iam_and_none_authorizers_on_a_web_socket_connect_route_render_as_in_aws_cdk_lib(
    stack: Stack, authorizer: object, authorization_type: str
) -> None:
    api = WebSocketApi(
        stack,
        "Chat",
        connect_route_options=WebSocketRouteOptions(
            integration=WebSocketMockIntegration("Connect"),
            authorizer=authorizer,  # type: ignore[arg-type]
        ),
    )
    route = api.node.find_child("$connect-Route")
    assert properties_of(route)["AuthorizationType"] == authorization_type
    assert "AuthorizerId" not in properties_of(route)


def test_web_socket_iam_authorizer_on_http_routes_renders_aws_iam_as_in_aws_cdk_lib(stack: Stack) -> None:
    api = HttpApi(stack, "Books", default_authorizer=WebSocketIamAuthorizer())  # type: ignore[arg-type]
    (own,) = api.add_routes(
        path="/own",
        integration=HttpUrlIntegration("Own", "https://example.com"),
        authorizer=WebSocketIamAuthorizer(),  # type: ignore[arg-type]
    )
    (default,) = api.add_routes(
        path="/default", integration=HttpUrlIntegration("Dflt", "https://example.com")
    )
    for route in (own, default):
        assert isinstance(route, HttpRoute)
        assert properties_of(route)["AuthorizationType"] == "AWS_IAM"
        assert "AuthorizerId" not in properties_of(route)


def test_http_lambda_authorizer_on_a_web_socket_route_is_an_error(stack: Stack) -> None:
    authorizer = HttpLambdaAuthorizer("Auth", function(stack))
    with pytest.raises(ValidationError) as error:
        WebSocketApi(stack, "Chat").add_route(
            "$connect",
            integration=WebSocketMockIntegration("Connect"),
            authorizer=authorizer,  # type: ignore[arg-type]
        )
    assert str(error.value) == (
        "Test/Chat/$connect-Route: authorizer HttpLambdaAuthorizer 'Auth' serves the routes of HTTP APIs "
        "only, and this is a WebSocket API route; use WebSocketLambdaAuthorizer or WebSocketIamAuthorizer here"
    )


def test_http_jwt_authorizer_on_a_web_socket_route_is_an_error(stack: Stack) -> None:
    authorizer = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["app"])
    with pytest.raises(ValidationError) as error:
        WebSocketApi(stack, "Chat").add_route(
            "$connect",
            integration=WebSocketMockIntegration("Connect"),
            authorizer=authorizer,  # type: ignore[arg-type]
        )
    assert str(error.value) == (
        "Test/Chat/$connect-Route: authorizer HttpJwtAuthorizer 'Jwt' serves the routes of HTTP APIs "
        "only, and this is a WebSocket API route; use WebSocketLambdaAuthorizer or WebSocketIamAuthorizer here"
    )


def test_http_jwt_authorizer_bound_to_an_http_route_first_is_still_an_error_on_a_web_socket_route(
    stack: Stack,
) -> None:
    authorizer = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["app"])
    HttpApi(stack, "Books").add_routes(
        path="/books", integration=HttpUrlIntegration("Books", "https://example.com"), authorizer=authorizer
    )
    with pytest.raises(ValidationError) as error:
        WebSocketApi(stack, "Chat").add_route(
            "$connect",
            integration=WebSocketMockIntegration("Connect"),
            authorizer=authorizer,  # type: ignore[arg-type]
        )
    assert str(error.value) == (
        "Test/Chat/$connect-Route: authorizer HttpJwtAuthorizer returned authorization_type='JWT', which "
        "WebSocket routes do not take; use WebSocketLambdaAuthorizer or WebSocketIamAuthorizer"
    )


def test_web_socket_lambda_authorizer_on_an_http_route_is_an_error(stack: Stack) -> None:
    authorizer = WebSocketLambdaAuthorizer("Auth", function(stack))
    with pytest.raises(ValidationError) as error:
        HttpRoute(
            stack,
            "Route",
            http_api=HttpApi(stack, "Books"),
            route_key=HttpRouteKey.with_("/books"),
            integration=HttpUrlIntegration("Books", "https://example.com"),
            authorizer=authorizer,  # type: ignore[arg-type]
        )
    assert str(error.value) == (
        "Test/Route: authorizer WebSocketLambdaAuthorizer 'Auth' serves the routes of WebSocket APIs only, "
        "and this is an HTTP API route; use HttpLambdaAuthorizer, HttpJwtAuthorizer, HttpUserPoolAuthorizer "
        "or HttpIamAuthorizer here"
    )
