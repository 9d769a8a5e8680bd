"""File assets: a Function from a handler directory behind an HttpLambdaIntegration, and a Function from a .zip file asset."""
import os

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

HERE = os.path.dirname(os.path.abspath(__file__))

app = cdk.App()
stack = cdk.Stack(app, "lambda-asset")

items_fn = lambda_.Function(
    stack,
    "ItemsFn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_asset(os.path.join(HERE, "handler")),
)

zip_fn = lambda_.Function(
    stack,
    "ZipFn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_asset(os.path.join(HERE, "handler.zip")),
)

api = apigwv2.HttpApi(stack, "HttpApi")
api.add_routes(
    path="/items",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpLambdaIntegration("ItemsIntegration", items_fn),
)
api.add_routes(
    path="/zip",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpLambdaIntegration("ZipIntegration", zip_fn),
)

app.synth()
