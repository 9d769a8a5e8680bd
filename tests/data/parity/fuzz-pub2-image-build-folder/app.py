"""A container-image function whose build folder leaves files out (exclude patterns and a .dockerignore),
behind an HTTP API route and a WebSocket route."""

import os

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2_integrations import HttpLambdaIntegration, WebSocketLambdaIntegration

HERE = os.path.dirname(__file__)

app = cdk.App()
stack = cdk.Stack(app, "fuzz-pub2-image-build-folder")

handler = lambda_.DockerImageFunction(
    stack,
    "Handler",
    code=lambda_.DockerImageCode.from_image_asset(
        os.path.join(HERE, "image"), exclude=["node_modules"], build_args={"STAGE": "prod"}
    ),
    architecture=lambda_.Architecture.ARM_64,
)
api = apigwv2.HttpApi(stack, "Api", default_integration=HttpLambdaIntegration("Proxy", handler))
socket = apigwv2.WebSocketApi(
    stack,
    "Socket",
    default_route_options=apigwv2.WebSocketRouteOptions(integration=WebSocketLambdaIntegration("Message", handler)),
)
apigwv2.WebSocketStage(stack, "Live", web_socket_api=socket, stage_name="live", auto_deploy=True)
cdk.CfnOutput(stack, "Url", value=api.api_endpoint)

app.synth()
