"""WebSocketApi: the API resource, its built-in routes, add_route, execute-api ARNs and imports."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Aws, Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations.aws_apigatewayv2 import (
    IpAddressType,
    WebSocketApi,
    WebSocketApiKeySelectionExpression,
    WebSocketApiProps,
    WebSocketRoute,
    WebSocketStage,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import WebSocketMockIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, properties_of
from tests.conftest import resources_of_type


def test_web_socket_api_keywords_match_props_fields() -> None:
    assert keyword_names(WebSocketApi.__init__) == {f.name for f in attrs.fields(WebSocketApiProps)}


def test_web_socket_api_defaults(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    assert properties_of(api) == {
        "Name": "Chat",
        "ProtocolType": "WEBSOCKET",
        "RouteSelectionExpression": "$request.body.action",
    }
    assert api.web_socket_api_name == "Chat"


def test_web_socket_api_keeps_empty_name_and_route_selection_expression(stack: Stack) -> None:
    # As aws-cdk-lib: only None falls back to the construct id and to '$request.body.action'.
    api = WebSocketApi(stack, "Chat", api_name="", route_selection_expression="")
    assert properties_of(api) == {"Name": "", "ProtocolType": "WEBSOCKET", "RouteSelectionExpression": ""}
    assert api.web_socket_api_name == ""


def test_web_socket_api_has_no_stage_or_route_by_default(stack: Stack, template: Any) -> None:
    WebSocketApi(stack, "Chat")
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::ApiGatewayV2::Stage") == {}
    assert resources_of_type(rendered, "AWS::ApiGatewayV2::Route") == {}


def test_web_socket_api_renders_every_option(stack: Stack) -> None:
    api = WebSocketApi(
        stack,
        "Chat",
        api_name="chat",
        api_key_selection_expression=WebSocketApiKeySelectionExpression.HEADER_X_API_KEY,
        description="Chat API",
        disable_schema_validation=True,
        ip_address_type=IpAddressType.IPV4,
        route_selection_expression="$request.body.type",
    )
    assert properties_of(api) == {
        "ApiKeySelectionExpression": "$request.header.x-api-key",
        "Description": "Chat API",
        "DisableSchemaValidation": True,
        "IpAddressType": "ipv4",
        "Name": "chat",
        "ProtocolType": "WEBSOCKET",
        "RouteSelectionExpression": "$request.body.type",
    }


@pytest.mark.parametrize(
    ("expression", "rendered"),
    [
        (WebSocketApiKeySelectionExpression.HEADER_X_API_KEY, "$request.header.x-api-key"),
        (
            WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY,
            "$context.authorizer.usageIdentifierKey",
        ),
        (WebSocketApiKeySelectionExpression("$request.header.token"), "$request.header.token"),
    ],
)
def test_api_key_selection_expression_values(
    expression: WebSocketApiKeySelectionExpression, rendered: str
) -> None:
    assert expression.custom_api_key_selector == rendered


def test_web_socket_api_ids_and_endpoint(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    assert stack.resolve(api.api_id) == {"Ref": "Chat26DEB33F"}
    assert stack.resolve(api.api_endpoint) == {"Fn::GetAtt": ["Chat26DEB33F", "ApiEndpoint"]}


@pytest.mark.parametrize(
    ("option", "route_key", "route_id"),
    [
        ("connect_route_options", "$connect", "$connect-Route"),
        ("disconnect_route_options", "$disconnect", "$disconnect-Route"),
        ("default_route_options", "$default", "$default-Route"),
    ],
)
def test_web_socket_api_route_options_create_built_in_routes(
    stack: Stack, option: str, route_key: str, route_id: str
) -> None:
    api = WebSocketApi(stack, "Chat", **{option: {"integration": WebSocketMockIntegration("Mock")}})
    route = api.node.find_child(route_id)
    assert isinstance(route, WebSocketRoute)
    assert properties_of(route)["RouteKey"] == route_key


def test_add_route_construct_id_is_route_key_and_suffix(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    route = api.add_route("sendmessage", integration=WebSocketMockIntegration("Mock"))
    assert route.node.path == "Test/Chat/sendmessage-Route"
    assert route.route_key == "sendmessage"


def _arn(api_ref: str, resource_name: str) -> dict[str, Any]:
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
                {"Ref": api_ref},
                resource_name,
            ],
        ]
    }


def test_arn_for_execute_api_v2_defaults_to_wildcards(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    assert stack.resolve(api.arn_for_execute_api_v2()) == _arn("Chat26DEB33F", "/*/*")


def test_arn_for_execute_api_v2_uses_route_and_stage(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    assert stack.resolve(api.arn_for_execute_api_v2("sendmessage", "dev")) == _arn(
        "Chat26DEB33F", "/dev/sendmessage"
    )


def test_arn_for_execute_api_v2_keeps_empty_strings_as_aws_cdk_lib_does(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    assert stack.resolve(api.arn_for_execute_api_v2("", "")) == _arn("Chat26DEB33F", "//")
    assert stack.resolve(api.arn_for_execute_api_v2("$connect", "")) == _arn("Chat26DEB33F", "//$connect")


def test_imported_web_socket_api_keeps_its_ids(stack: Stack) -> None:
    api = WebSocketApi.from_web_socket_api_attributes(
        stack, "Imported", web_socket_id="ws123", api_endpoint="wss://ws123.example.com"
    )
    assert (api.api_id, api.api_endpoint) == ("ws123", "wss://ws123.example.com")


def test_imported_web_socket_api_endpoint_must_be_given(stack: Stack) -> None:
    api = WebSocketApi.from_web_socket_api_attributes(stack, "Imported", web_socket_id="ws123")
    with pytest.raises(ValidationError) as caught:
        _ = api.api_endpoint
    assert str(caught.value) == (
        "Test/Imported: api_endpoint is not known; pass api_endpoint=... to from_web_socket_api_attributes"
    )


def test_web_socket_api_metric_uses_api_id(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    metric = api.metric("ConnectCount", statistic="Sum")
    assert (metric.namespace, metric.metric_name, metric.statistic) == (
        "AWS/ApiGateway",
        "ConnectCount",
        "Sum",
    )
    assert stack.resolve(metric.dimensions_map) == {"ApiId": {"Ref": "Chat26DEB33F"}}


def test_web_socket_api_and_stage_metrics_carry_the_account_and_region_of_their_stack(app: App) -> None:
    stack = Stack(app, "Chat", env={"account": "123456789012", "region": "ap-south-1"})
    api = WebSocketApi(stack, "Chat")
    stage = WebSocketStage(stack, "Prod", web_socket_api=api, stage_name="prod")
    assert [(m.account, m.region) for m in (api.metric("ConnectCount"), stage.metric("MessageCount"))] == [
        ("123456789012", "ap-south-1")
    ] * 2


def test_web_socket_api_metric_dimensions_map_replaces_the_api_id(stack: Stack) -> None:
    metric = WebSocketApi(stack, "Chat").metric("ConnectCount", dimensions_map={"Stage": "dev"})
    assert metric.dimensions_map == {"Stage": "dev"}


def test_grant_manage_connections_allows_every_stage(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    grantee = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    api.grant_manage_connections(grantee)
    assert properties_of(grantee.node.find_child("DefaultPolicy"))["PolicyDocument"]["Statement"] == [
        {
            "Action": "execute-api:ManageConnections",
            "Effect": "Allow",
            "Resource": _arn("Chat26DEB33F", "/*/*/@connections/*"),
        }
    ]


def test_arn_for_execute_api_defaults_to_wildcards(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    assert stack.resolve(api.arn_for_execute_api()) == _arn("Chat26DEB33F", "/*/*/*")


def test_arn_for_execute_api_uses_method_path_and_stage(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    assert stack.resolve(api.arn_for_execute_api("POST", "/messages/send", "prod")) == _arn(
        "Chat26DEB33F", "/prod/POST/messages/send"
    )


def test_arn_for_execute_api_turns_any_method_into_wildcard(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    assert stack.resolve(api.arn_for_execute_api("any", "/messages")) == _arn("Chat26DEB33F", "/*/*/messages")


def test_arn_for_execute_api_keeps_empty_strings(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    assert stack.resolve(api.arn_for_execute_api("", "", "")) == _arn("Chat26DEB33F", "//")


def test_arn_for_execute_api_rejects_path_without_leading_slash(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    with pytest.raises(ValidationError) as caught:
        api.arn_for_execute_api("GET", "books")
    assert str(caught.value) == "Test/Chat: path='books' must start with '/'; use a path like '/books'"


def test_arn_for_execute_api_does_not_check_a_token_path(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    path = Aws.STACK_NAME
    resolved = stack.resolve(api.arn_for_execute_api(None, path))
    assert resolved["Fn::Join"][1][-2:] == ["/*/*", {"Ref": "AWS::StackName"}]
