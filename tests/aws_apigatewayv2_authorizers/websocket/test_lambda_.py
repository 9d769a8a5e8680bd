"""WebSocketLambdaAuthorizer: a REQUEST authorizer and its invoke permission, only on $connect."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.aws_apigatewayv2 import WebSocketApi, WebSocketRouteOptions
from apigwv2_integrations.aws_apigatewayv2_authorizers import (
    WebSocketLambdaAuthorizer,
    WebSocketLambdaAuthorizerProps,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import WebSocketMockIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of
from tests.conftest import resources_of_type


def function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "AuthFn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {}\n"),
    )


def connect(api: WebSocketApi, authorizer: WebSocketLambdaAuthorizer) -> Any:
    return api.add_route("$connect", integration=WebSocketMockIntegration("Connect"), authorizer=authorizer)


def test_web_socket_lambda_authorizer_keywords_match_props_fields() -> None:
    assert keyword_names(WebSocketLambdaAuthorizer.__init__) == {
        f.name for f in attrs.fields(WebSocketLambdaAuthorizerProps)
    }


def test_web_socket_lambda_authorizer_defaults_to_the_authorization_header(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    connect(api, WebSocketLambdaAuthorizer("Auth", function(stack)))
    assert properties_of(api.node.find_child("Auth")) == {
        "ApiId": {"Ref": "Chat26DEB33F"},
        "AuthorizerType": "REQUEST",
        "AuthorizerUri": {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":apigateway:",
                    {"Ref": "AWS::Region"},
                    ":lambda:path/2015-03-31/functions/",
                    {"Fn::GetAtt": ["AuthFnE7829713", "Arn"]},
                    "/invocations",
                ],
            ]
        },
        "IdentitySource": ["route.request.header.Authorization"],
        "Name": "Auth",
    }


def test_web_socket_lambda_authorizer_renders_name_and_identity_source(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    authorizer = WebSocketLambdaAuthorizer(
        "Auth",
        function(stack),
        authorizer_name="chat-authorizer",
        identity_source=["route.request.querystring.token", "route.request.header.X-Api-Key"],
    )
    connect(api, authorizer)
    properties = properties_of(api.node.find_child("Auth"))
    assert (properties["Name"], properties["IdentitySource"]) == (
        "chat-authorizer",
        ["route.request.querystring.token", "route.request.header.X-Api-Key"],
    )


def test_web_socket_lambda_authorizer_keeps_an_empty_name(stack: Stack) -> None:
    # As aws-cdk-lib: an empty authorizer_name is rendered, not replaced by the id.
    api = WebSocketApi(stack, "Chat")
    connect(api, WebSocketLambdaAuthorizer("Auth", function(stack), authorizer_name=""))
    assert properties_of(api.node.find_child("Auth"))["Name"] == ""


def test_web_socket_lambda_authorizer_keeps_an_empty_identity_source(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    connect(api, WebSocketLambdaAuthorizer("Auth", function(stack), identity_source=[]))
    assert properties_of(api.node.find_child("Auth"))["IdentitySource"] == []


def test_web_socket_connect_route_renders_custom_authorization(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    route = connect(api, WebSocketLambdaAuthorizer("Auth", function(stack)))
    properties = properties_of(route)
    assert (properties["AuthorizationType"], properties["AuthorizerId"]) == (
        "CUSTOM",
        {"Ref": "ChatAuth8C311435"},
    )


def test_web_socket_lambda_authorizer_lets_api_gateway_invoke_the_handler(
    stack: Stack, template: Any
) -> None:
    api = WebSocketApi(
        stack,
        "Chat",
        connect_route_options=WebSocketRouteOptions(
            integration=WebSocketMockIntegration("Connect"),
            authorizer=WebSocketLambdaAuthorizer("Auth", function(stack)),
        ),
    )
    permission = api.node.find_child("TestChatAuthF85C1A10-Permission")
    assert (logical_id_of(permission), properties_of(permission)) == (
        "ChatTestChatAuthF85C1A10Permission900CB419",
        {
            "Action": "lambda:InvokeFunction",
            "FunctionName": {"Fn::GetAtt": ["AuthFnE7829713", "Arn"]},
            "Principal": "apigateway.amazonaws.com",
            "SourceArn": {
                "Fn::Join": [
                    "",
                    [
                        "arn:",
                        {"Ref": "AWS::Partition"},
                        ":execute-api:",
                        {"Ref": "AWS::Region"},
                        ":",
                        {"Ref": "AWS::AccountId"},
                        ":",
                        {"Ref": "Chat26DEB33F"},
                        "/authorizers/",
                        {"Ref": "ChatAuth8C311435"},
                    ],
                ]
            },
        },
    )
    assert len(resources_of_type(template(stack), "AWS::Lambda::Permission")) == 1


def test_web_socket_lambda_authorizer_rejects_a_second_api(stack: Stack) -> None:
    authorizer = WebSocketLambdaAuthorizer("Auth", function(stack))
    connect(WebSocketApi(stack, "Chat"), authorizer)
    with pytest.raises(ValidationError) as caught:
        connect(WebSocketApi(stack, "Notifications"), authorizer)
    assert str(caught.value) == (
        "Test/Notifications/$connect-Route: authorizer WebSocketLambdaAuthorizer 'Auth' is already bound to "
        "the API Test/Chat; an authorizer serves one API only, so create another WebSocketLambdaAuthorizer "
        "for this API"
    )


def test_web_socket_lambda_authorizer_works_only_on_connect(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    with pytest.raises(ValidationError) as caught:
        api.add_route(
            "sendmessage",
            integration=WebSocketMockIntegration("Send"),
            authorizer=WebSocketLambdaAuthorizer("Auth", function(stack)),
        )
    assert str(caught.value) == (
        "Test/Chat/sendmessage-Route: authorizer is set on route_key='sendmessage'; WebSocket authorizers "
        "work only on the $connect route"
    )


def test_web_socket_lambda_authorizer_rejects_a_string_identity_source(stack: Stack) -> None:
    with pytest.raises(TypeError) as caught:
        WebSocketLambdaAuthorizer("Auth", function(stack), identity_source="route.request.header.Auth")
    assert str(caught.value) == (
        "WebSocketLambdaAuthorizer('Auth'): identity_source='route.request.header.Auth' is a str; use a list of str"
    )
