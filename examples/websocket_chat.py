"""A WebSocket API whose `sendmessage` route is served by Lambda, deployed to a `dev` stage."""

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "WebSocketChat")

handler = lambda_.Function(
    stack,
    "MessageHandler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline(
        "def handler(event, context):\n    print(event)\n    return {'statusCode': 200, 'body': 'ok'}\n"
    ),
)

web_socket_api = apigwv2.WebSocketApi(stack, "ChatApi")
stage = apigwv2.WebSocketStage(
    stack, "DevStage", web_socket_api=web_socket_api, stage_name="dev", auto_deploy=True
)
web_socket_api.add_route(
    "sendmessage", integration=integrations.WebSocketLambdaIntegration("SendMessageIntegration", handler)
)
stage.grant_management_api_access(handler)
cdk.CfnOutput(stack, "WebSocketUrl", value=stage.url)

app.synth()
