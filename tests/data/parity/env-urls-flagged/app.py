"""An HttpApi and a WebSocketApi in a stack with an explicit account and region: URL, endpoint, ARN and stage outputs."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(
    app,
    "env-urls",
    env=cdk.Environment(account="123456789012", region="eu-west-1"),
    description="APIs in eu-west-1",
)

api = apigwv2.HttpApi(
    stack,
    "Api",
    default_integration=integrations.HttpUrlIntegration("Site", "https://site.example.com"),
)
v1 = api.add_stage("V1", stage_name="v1", auto_deploy=True)

ws = apigwv2.WebSocketApi(stack, "Ws")
ws_stage = apigwv2.WebSocketStage(stack, "WsStage", web_socket_api=ws, stage_name="prod", auto_deploy=True)

cdk.CfnOutput(stack, "Url", value=api.url)
cdk.CfnOutput(stack, "Endpoint", value=api.api_endpoint)
cdk.CfnOutput(stack, "V1Url", value=v1.url)
cdk.CfnOutput(stack, "ExecuteArn", value=api.arn_for_execute_api("GET", "/items", "v1"))
cdk.CfnOutput(stack, "WsUrl", value=ws_stage.url)
cdk.CfnOutput(stack, "WsCallback", value=ws_stage.callback_url)
cdk.CfnOutput(stack, "WsArn", value=ws.arn_for_execute_api_v2("$connect", "prod"))

app.synth()
