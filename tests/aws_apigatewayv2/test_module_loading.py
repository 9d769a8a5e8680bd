"""What an app loads of aws_apigatewayv2: only the modules of the constructs it uses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ONE_ROUTE_APP = """
import sys
import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_

app = cdk.App(outdir=sys.argv[1])
stack = cdk.Stack(app, "Routes")
api = apigwv2.HttpApi(stack, "HttpApi")
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)
api.add_routes(
    path="/items", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpLambdaIntegration("Items", fn)
)
app.synth()
unused = [
    "aws_apigatewayv2." + m
    for m in ("http.vpc_link", "http.authorizer", "common.authorizer", "common.domain_name", "common.api_mapping")
]
unused += ["cfn.aws_apigatewayv2." + m for m in ("vpc_link", "authorizer", "domain_name", "api_mapping")]
print(sorted(m for m in unused if "apigwv2_integrations." + m in sys.modules))
"""


def test_one_route_http_app_loads_no_vpc_link_domain_mapping_or_authorizer_module(tmp_path: Path) -> None:
    output = subprocess.run(
        [sys.executable, "-c", ONE_ROUTE_APP, str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"
