"""GET /items served by a Lambda function whose code is a local folder (Code.from_asset)."""

import os

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "LambdaAsset")

items_fn = lambda_.Function(
    stack,
    "ItemsFn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_asset(
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "handlers", "items")
    ),
)

http_api = apigwv2.HttpApi(stack, "HttpApi")
http_api.add_routes(
    path="/items",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpLambdaIntegration("ItemsIntegration", items_fn),
)

app.synth()
