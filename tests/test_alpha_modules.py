"""The alpha names of the API Gateway v2 modules (`aws_cdk.aws_apigatewayv2_alpha` and its integrations and
authorizers, before aws-cdk-lib 2.112 made them stable) are the stable modules."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from tests.parity_support.aws_cdk_alias import run_app

STABLE = ["aws_apigatewayv2", "aws_apigatewayv2_integrations", "aws_apigatewayv2_authorizers"]

APP = """
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
import aws_cdk.{api} as apigwv2
from aws_cdk.{integrations} import HttpLambdaIntegration, WebSocketLambdaIntegration
from aws_cdk.{authorizers} import HttpLambdaAuthorizer

app = cdk.App()
stack = cdk.Stack(app, "Books")
fn = lambda_.Function(
    stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\\n    return {{}}"),
)
api = apigwv2.HttpApi(stack, "Api")
api.add_routes(
    path="/books", methods=[apigwv2.HttpMethod.GET], integration=HttpLambdaIntegration("Books", fn),
    authorizer=HttpLambdaAuthorizer("Auth", fn),
)
ws = apigwv2.WebSocketApi(
    stack, "Ws", connect_route_options=apigwv2.WebSocketRouteOptions(integration=WebSocketLambdaIntegration("C", fn))
)
apigwv2.WebSocketStage(stack, "Prod", web_socket_api=ws, stage_name="prod", auto_deploy=True)
app.synth()
"""


@pytest.mark.parametrize("stable", STABLE)
def test_an_alpha_module_is_the_stable_module(stable: str) -> None:
    alpha = importlib.import_module(f"apigwv2_integrations.{stable}_alpha")
    assert alpha is importlib.import_module(f"apigwv2_integrations.{stable}")


def test_an_app_written_for_the_alpha_modules_synthesizes_as_with_the_stable_ones(tmp_path: Path) -> None:
    templates = []
    for suffix in ("_alpha", ""):
        source = APP.format(
            api=f"aws_apigatewayv2{suffix}",
            integrations=f"aws_apigatewayv2_integrations{suffix}",
            authorizers=f"aws_apigatewayv2_authorizers{suffix}",
        )
        app_file = tmp_path / f"app{suffix}.py"
        app_file.write_text(source)
        outdir = tmp_path / f"out{suffix}"
        run_app(str(app_file), str(outdir), {})
        templates.append(json.loads((outdir / "Books.template.json").read_text()))
    alpha, stable = templates
    assert alpha == stable
    assert "AWS::ApiGatewayV2::Authorizer" in {resource["Type"] for resource in alpha["Resources"].values()}
