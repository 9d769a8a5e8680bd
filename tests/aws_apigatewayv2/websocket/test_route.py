"""WebSocketRoute: route keys, targets, API keys, responses and authorizers."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    IWebSocketRoute,
    WebSocketApi,
    WebSocketRoute,
    WebSocketRouteAuthorizationType,
    WebSocketRouteAuthorizerConfig,
    WebSocketRouteProps,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import WebSocketMockIntegration
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of, resource_of
from tests.conftest import resources_of_type


class _IamAuthorizer:
    """An authorizer that asks for IAM authorization."""

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        return WebSocketRouteAuthorizerConfig(authorization_type=WebSocketRouteAuthorizationType.IAM.value)


def test_web_socket_route_keywords_match_props_fields() -> None:
    assert keyword_names(WebSocketRoute.__init__) == {f.name for f in attrs.fields(WebSocketRouteProps)}


def test_web_socket_route_renders_key_target_and_no_authorization(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    route = api.add_route("sendmessage", integration=WebSocketMockIntegration("Mock"))
    assert properties_of(route) == {
        "ApiId": {"Ref": "Chat26DEB33F"},
        "AuthorizationType": "NONE",
        "RouteKey": "sendmessage",
        "Target": {
            "Fn::Join": ["", ["integrations/", {"Ref": logical_id_of(route.node.find_child("Mock"))}]]
        },
    }


def test_web_socket_route_id_is_the_route_ref(stack: Stack) -> None:
    route = WebSocketApi(stack, "Chat").add_route("sendmessage", integration=WebSocketMockIntegration("Mock"))
    assert stack.resolve(route.route_id) == {"Ref": logical_id_of(route)}


def test_web_socket_route_renders_api_key_required(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    route = WebSocketRoute(
        stack,
        "Route",
        web_socket_api=api,
        route_key="sendmessage",
        integration=WebSocketMockIntegration("Mock"),
        api_key_required=True,
    )
    assert properties_of(route)["ApiKeyRequired"] is True


def test_web_socket_route_return_response_adds_route_response(stack: Stack, template: Any) -> None:
    api = WebSocketApi(stack, "Chat")
    route = api.add_route("sendmessage", integration=WebSocketMockIntegration("Mock"), return_response=True)
    assert properties_of(route)["RouteResponseSelectionExpression"] == "$default"
    assert list(resources_of_type(template(stack), "AWS::ApiGatewayV2::RouteResponse").values()) == [
        {
            "Type": "AWS::ApiGatewayV2::RouteResponse",
            "Properties": {
                "ApiId": {"Ref": "Chat26DEB33F"},
                "RouteId": {"Ref": logical_id_of(route)},
                "RouteResponseKey": "$default",
            },
        }
    ]
    assert resource_of(route.node.find_child("Response"))["Type"] == "AWS::ApiGatewayV2::RouteResponse"


def test_web_socket_route_without_return_response_has_no_route_response(stack: Stack, template: Any) -> None:
    api = WebSocketApi(stack, "Chat")
    route = api.add_route("sendmessage", integration=WebSocketMockIntegration("Mock"))
    assert "RouteResponseSelectionExpression" not in properties_of(route)
    assert resources_of_type(template(stack), "AWS::ApiGatewayV2::RouteResponse") == {}


def test_web_socket_route_authorizer_on_connect(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    route = api.add_route(
        "$connect", integration=WebSocketMockIntegration("Mock"), authorizer=_IamAuthorizer()
    )
    assert properties_of(route)["AuthorizationType"] == "AWS_IAM"


def test_web_socket_route_rejects_authorizer_outside_connect(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    with pytest.raises(ValidationError) as caught:
        api.add_route(
            "sendmessage", integration=WebSocketMockIntegration("Mock"), authorizer=_IamAuthorizer()
        )
    assert str(caught.value) == (
        "Test/Chat/sendmessage-Route: authorizer is set on route_key='sendmessage'; WebSocket authorizers "
        "work only on the $connect route"
    )


class _DictAuthorizer:
    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> object:
        return {"authorization_type": "AWS_IAM"}


def test_web_socket_route_authorizer_bind_returning_a_dict_is_an_error(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    with pytest.raises(TypeError) as raised:
        api.add_route(
            "$connect",
            integration=WebSocketMockIntegration("Mock"),
            authorizer=_DictAuthorizer(),  # type: ignore[arg-type]
        )
    assert str(raised.value) == (
        "Test/Chat/$connect-Route: authorizer _DictAuthorizer returned {'authorization_type': 'AWS_IAM'} from "
        "bind(); bind() must return WebSocketRouteAuthorizerConfig(...)"
    )
