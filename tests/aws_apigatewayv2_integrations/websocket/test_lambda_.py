"""WebSocketLambdaIntegration: AWS_PROXY to a function's invocation URI, one permission per route."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.assertions import Annotations, Match
from apigwv2_integrations.aws_apigatewayv2 import ContentHandling, WebSocketApi
from apigwv2_integrations.aws_apigatewayv2_integrations import (
    WebSocketLambdaIntegration,
    WebSocketLambdaIntegrationProps,
)
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of
from tests.conftest import resources_of_type


def function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    )


def source_arn(suffix: str) -> dict[str, Any]:
    return {
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
                suffix,
            ],
        ]
    }


def test_web_socket_lambda_integration_keywords_match_props_fields() -> None:
    assert keyword_names(WebSocketLambdaIntegration.__init__) == {
        f.name for f in attrs.fields(WebSocketLambdaIntegrationProps)
    }


def test_web_socket_lambda_integration_uri_is_the_invocation_path(stack: Stack) -> None:
    fn = function(stack)
    route = WebSocketApi(stack, "Chat").add_route(
        "$connect", integration=WebSocketLambdaIntegration("Connect", fn)
    )
    assert properties_of(route.node.find_child("Connect")) == {
        "ApiId": {"Ref": "Chat26DEB33F"},
        "IntegrationType": "AWS_PROXY",
        "IntegrationUri": {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":apigateway:",
                    {"Ref": "AWS::Region"},
                    ":lambda:path/2015-03-31/functions/",
                    {"Fn::GetAtt": [logical_id_of(fn), "Arn"]},
                    "/invocations",
                ],
            ]
        },
    }


def test_web_socket_lambda_integration_renders_content_handling_and_timeout(stack: Stack) -> None:
    integration = WebSocketLambdaIntegration(
        "Send",
        function(stack),
        content_handling=ContentHandling.CONVERT_TO_BINARY,
        timeout=Duration.seconds(5),
    )
    route = WebSocketApi(stack, "Chat").add_route("send", integration=integration)
    properties = properties_of(route.node.find_child("Send"))
    assert (properties["ContentHandlingStrategy"], properties["TimeoutInMillis"]) == (
        "CONVERT_TO_BINARY",
        5000,
    )


def test_web_socket_lambda_permission_is_scoped_to_the_route_key(stack: Stack) -> None:
    fn = function(stack)
    route = WebSocketApi(stack, "Chat").add_route("send", integration=WebSocketLambdaIntegration("Send", fn))
    assert properties_of(route.node.find_child("Send-Permission")) == {
        "Action": "lambda:InvokeFunction",
        "FunctionName": {"Fn::GetAtt": [logical_id_of(fn), "Arn"]},
        "Principal": "apigateway.amazonaws.com",
        "SourceArn": source_arn("/*send"),
    }


def test_shared_web_socket_lambda_integration_grants_each_route(stack: Stack, template: Any) -> None:
    api = WebSocketApi(stack, "Chat")
    shared = WebSocketLambdaIntegration("Shared", function(stack))
    routes = [api.add_route(key, integration=shared) for key in ("$connect", "$disconnect", "$default")]
    assert [properties_of(r.node.find_child("Shared-Permission"))["SourceArn"] for r in routes] == [
        source_arn("/*$connect"),
        source_arn("/*$disconnect"),
        source_arn("/*$default"),
    ]
    rendered = template(stack)
    assert len(resources_of_type(rendered, "AWS::Lambda::Permission")) == 3
    assert len(resources_of_type(rendered, "AWS::ApiGatewayV2::Integration")) == 1


def test_web_socket_lambda_integration_rejects_a_handler_that_is_not_a_function() -> None:
    with pytest.raises(TypeError) as caught:
        WebSocketLambdaIntegration("Chat", object())  # type: ignore[arg-type]
    assert str(caught.value) == (
        "WebSocketLambdaIntegration('Chat'): handler=<object> is an object; use an IFunction (a Lambda "
        "function), such as Function or Function.from_function_arn(...)"
    )


def test_web_socket_lambda_integration_after_current_version_does_not_warn(stack: Stack) -> None:
    fn = function(stack)
    fn.current_version  # noqa: B018 - reading it makes the version
    WebSocketApi(stack, "Chat").add_route("send", integration=WebSocketLambdaIntegration("Send", fn))
    # The permission sits under the route, which has no CurrentVersion child, as in aws-cdk-lib.
    found = Annotations.from_stack(stack).find_warning(
        "*", Match.string_like_regexp("AWS Lambda has changed their authorization strategy")
    )
    assert found == []
