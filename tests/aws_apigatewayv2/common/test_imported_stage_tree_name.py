"""tree.json names an imported stage by aws-cdk-lib's nearest exported class, Resource, as aws-cdk-lib does."""

from __future__ import annotations

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpStage, WebSocketApi, WebSocketStage
from tests.aws_apigatewayv2.common.test_imported_api_tree_name import tree_names


def test_imported_stages_are_resources_in_the_tree(app: App, stack: Stack) -> None:
    http_api = HttpApi(stack, "Http", create_default_stage=False)
    web_socket_api = WebSocketApi(stack, "Ws")
    HttpStage.from_http_stage_attributes(stack, "ImportedHttpStage", stage_name="beta", api=http_api)
    WebSocketStage.from_web_socket_stage_attributes(
        stack, "ImportedWsStage", stage_name="live", api=web_socket_api
    )
    HttpStage(stack, "HttpStage", http_api=http_api, stage_name="prod")
    WebSocketStage(stack, "WsStage", web_socket_api=web_socket_api, stage_name="prod")
    names = tree_names(app)
    assert names["ImportedHttpStage"] == "aws-cdk-lib.Resource"
    assert names["ImportedWsStage"] == "aws-cdk-lib.Resource"
    assert names["HttpStage"] == "aws-cdk-lib.aws_apigatewayv2.HttpStage"
    assert names["WsStage"] == "aws-cdk-lib.aws_apigatewayv2.WebSocketStage"
