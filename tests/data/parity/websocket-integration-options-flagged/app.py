"""WebSocketLambdaIntegration with content handling and timeout."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "websocket-integration-options")

fn = lambda_.Function(
    stack,
    "WsFn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)

api = apigwv2.WebSocketApi(stack, "WsApi")
api.add_route(
    "convert",
    integration=integrations.WebSocketLambdaIntegration(
        "TextIntegration",
        fn,
        content_handling=apigwv2.ContentHandling.CONVERT_TO_TEXT,
        timeout=cdk.Duration.seconds(10),
    ),
)
api.add_route(
    "binary",
    integration=integrations.WebSocketLambdaIntegration(
        "BinaryIntegration", fn, content_handling=apigwv2.ContentHandling.CONVERT_TO_BINARY
    ),
)
apigwv2.WebSocketStage(stack, "Dev", web_socket_api=api, stage_name="dev")

app.synth()
