"""A Lambda function with an explicit role (managed policies), environment and grant_invoke in one stack; an HttpApi and a WebSocketApi using it from two other stacks."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()

backend = cdk.Stack(app, "Backend")
role = iam.Role(
    backend,
    "HandlerRole",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    managed_policies=[
        iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole"),
        iam.ManagedPolicy.from_aws_managed_policy_name("AWSXRayDaemonWriteAccess"),
    ],
)
handler = lambda_.Function(
    backend,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
    role=role,
    environment={"TABLE_NAME": "orders", "LOG_LEVEL": "INFO"},
    timeout=cdk.Duration.seconds(15),
    memory_size=256,
)
invoker = iam.Role(backend, "InvokerRole", assumed_by=iam.AccountRootPrincipal())
handler.grant_invoke(invoker)

http_stack = cdk.Stack(app, "HttpFrontend")
api = apigwv2.HttpApi(http_stack, "OrdersApi")
orders = integrations.HttpLambdaIntegration("Orders", handler)
api.add_routes(path="/orders", methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST], integration=orders)
api.add_routes(path="/orders/{orderId}", methods=[apigwv2.HttpMethod.GET], integration=orders)
cdk.CfnOutput(http_stack, "OrdersUrl", value=api.url)

ws_stack = cdk.Stack(app, "WsFrontend")
ws_api = apigwv2.WebSocketApi(
    ws_stack,
    "OrdersSocket",
    connect_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketLambdaIntegration("Connect", handler)
    ),
)
ws_api.add_route("track", integration=integrations.WebSocketLambdaIntegration("Track", handler))
stage = apigwv2.WebSocketStage(ws_stack, "Prod", web_socket_api=ws_api, stage_name="prod", auto_deploy=True)
cdk.CfnOutput(ws_stack, "SocketUrl", value=stage.url)

app.synth()
