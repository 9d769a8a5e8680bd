"""WebSocketApi with one shared Lambda integration on $connect/$disconnect/$default, a custom route with response, a stage, grants and URL/ARN outputs."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "websocket-routes")

fn = lambda_.Function(
    stack,
    "WsFn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)
integration = integrations.WebSocketLambdaIntegration("WsIntegration", fn)

api = apigwv2.WebSocketApi(
    stack,
    "WsApi",
    connect_route_options=apigwv2.WebSocketRouteOptions(integration=integration),
    disconnect_route_options=apigwv2.WebSocketRouteOptions(integration=integration),
    default_route_options=apigwv2.WebSocketRouteOptions(integration=integration),
    api_key_selection_expression=apigwv2.WebSocketApiKeySelectionExpression.HEADER_X_API_KEY,
    description="chat api",
)
api.add_route("sendmessage", integration=integration, return_response=True)

stage = apigwv2.WebSocketStage(
    stack,
    "Prod",
    web_socket_api=api,
    stage_name="prod",
    auto_deploy=True,
    throttle=apigwv2.ThrottleSettings(rate_limit=100, burst_limit=50),
)

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
api.grant_manage_connections(role)
stage_role = iam.Role(stack, "StageRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
stage.grant_management_api_access(stage_role)

cdk.CfnOutput(stack, "StageUrl", value=stage.url)
cdk.CfnOutput(stack, "CallbackUrl", value=stage.callback_url)
cdk.CfnOutput(stack, "ApiEndpoint", value=api.api_endpoint)
cdk.CfnOutput(stack, "ConnectArn", value=api.arn_for_execute_api_v2("$connect", "prod"))
cdk.CfnOutput(stack, "AllArn", value=api.arn_for_execute_api_v2())

app.synth()
