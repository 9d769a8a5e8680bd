import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2

app = cdk.App()
stack = cdk.Stack(app, "docex-apigw-imported-stages")

chat = apigwv2.WebSocketApi(stack, "Chat")
orders = apigwv2.HttpApi(stack, "Orders")

# Stages that exist already: on APIs of this stack and on an imported API.
live = apigwv2.WebSocketStage.from_web_socket_stage_attributes(
    stack, "LiveStage", stage_name="live", api=chat
)
other_api = apigwv2.WebSocketApi.from_web_socket_api_attributes(stack, "OtherChat", web_socket_id="abc123")
other_live = apigwv2.WebSocketStage.from_web_socket_stage_attributes(
    stack, "OtherLiveStage", stage_name="live", api=other_api
)
beta = apigwv2.HttpStage.from_http_stage_attributes(stack, "BetaStage", stage_name="beta", api=orders)

cdk.CfnOutput(stack, "LiveApiId", value=live.api.api_id)
cdk.CfnOutput(stack, "OtherLiveStageName", value=other_live.stage_name)
cdk.CfnOutput(stack, "BetaStageName", value=beta.stage_name)
cdk.CfnOutput(stack, "BetaApiId", value=beta.api.api_id)

app.synth()
