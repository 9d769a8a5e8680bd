"""Lambda integrations under the context the `cdk` CLI gives an app: path and asset metadata on every
resource they add, in aws-cdk-lib's key order, and no `CDKMetadata` resource."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

# What `cdk synth` adds to the app's own context (besides the project's cdk.json).
CLI_CONTEXT = {
    "aws:cdk:enable-path-metadata": True,
    "aws:cdk:enable-asset-metadata": True,
    "aws:cdk:version-reporting": True,
    "@aws-cdk/core:failSynthOnValidationErrors": False,
}


@pytest.fixture
def cli_stack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Stack:
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    monkeypatch.delenv("CDK_OUTDIR", raising=False)
    return Stack(App(outdir=str(tmp_path / "cdk.out"), context=CLI_CONTEXT), "Books")


def handler_from_asset(stack: Stack, tmp_path: Path) -> lambda_.Function:
    (tmp_path / "handler").mkdir()
    (tmp_path / "handler" / "index.py").write_text("def handler(event, context):\n    return {}\n")
    return lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_asset(str(tmp_path / "handler")),
    )


def paths_by_type(rendered: dict[str, Any]) -> dict[str, list[str]]:
    paths: dict[str, list[str]] = {}
    for resource in rendered["Resources"].values():
        paths.setdefault(resource["Type"], []).append(resource["Metadata"]["aws:cdk:path"])
    return paths


def test_http_lambda_integration_resources_carry_their_construct_paths(
    cli_stack: Stack, tmp_path: Path, template: Render
) -> None:
    handler = handler_from_asset(cli_stack, tmp_path)
    api = apigwv2.HttpApi(cli_stack, "HttpApi")
    api.add_routes(
        path="/books",
        methods=[apigwv2.HttpMethod.GET],
        integration=integrations.HttpLambdaIntegration("BooksIntegration", handler),
    )
    rendered = template(cli_stack)
    assert paths_by_type(rendered) == {
        "AWS::IAM::Role": ["Books/Fn/ServiceRole/Resource"],
        "AWS::Lambda::Function": ["Books/Fn/Resource"],
        "AWS::ApiGatewayV2::Api": ["Books/HttpApi/Resource"],
        "AWS::ApiGatewayV2::Stage": ["Books/HttpApi/DefaultStage/Resource"],
        "AWS::ApiGatewayV2::Integration": ["Books/HttpApi/GET--books/BooksIntegration/Resource"],
        "AWS::Lambda::Permission": ["Books/HttpApi/GET--books/BooksIntegration-Permission"],
        "AWS::ApiGatewayV2::Route": ["Books/HttpApi/GET--books/Resource"],
    }


def test_function_asset_metadata_follows_its_path_metadata(
    cli_stack: Stack, tmp_path: Path, template: Render
) -> None:
    api = apigwv2.WebSocketApi(
        cli_stack,
        "Chat",
        default_route_options=apigwv2.WebSocketRouteOptions(
            integration=integrations.WebSocketLambdaIntegration(
                "Talk", handler_from_asset(cli_stack, tmp_path)
            )
        ),
    )
    apigwv2.WebSocketStage(cli_stack, "Live", web_socket_api=api, stage_name="live", auto_deploy=True)
    rendered = template(cli_stack)
    (function,) = resources_of_type(rendered, "AWS::Lambda::Function").values()
    metadata = function["Metadata"]
    assert list(metadata) == [
        "aws:cdk:path",
        "aws:asset:path",
        "aws:asset:is-bundled",
        "aws:asset:property",
    ]
    assert metadata["aws:asset:property"] == "Code"
    assert "AWS::CDK::Metadata" not in paths_by_type(rendered)
    assert "CDKMetadataAvailable" not in rendered.get("Conditions", {})
