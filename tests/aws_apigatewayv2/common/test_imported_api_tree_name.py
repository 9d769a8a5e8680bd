"""tree.json names an imported API by aws-cdk-lib's nearest exported class, Resource, as aws-cdk-lib does."""

from __future__ import annotations

import json
from pathlib import Path

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, WebSocketApi


def tree_names(app: App) -> dict[str, str]:
    tree = json.loads((Path(app.synth().directory) / "tree.json").read_text())
    children = tree["tree"]["children"]["Test"]["children"]
    return {name: child["constructInfo"]["fqn"] for name, child in children.items()}


def test_imported_apis_are_resources_in_the_tree(app: App, stack: Stack) -> None:
    HttpApi.from_http_api_attributes(stack, "ImportedHttp", http_api_id="abc123")
    WebSocketApi.from_web_socket_api_attributes(stack, "ImportedWs", web_socket_id="def456")
    HttpApi(stack, "Http")
    names = tree_names(app)
    assert names["ImportedHttp"] == "aws-cdk-lib.Resource"
    assert names["ImportedWs"] == "aws-cdk-lib.Resource"
    assert names["Http"] == "aws-cdk-lib.aws_apigatewayv2.HttpApi"
