import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_


def function(scope, id):
    return lambda_.Function(
        scope,
        id,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
    )


app = cdk.App()
env = cdk.Environment(account="123456789012", region="us-east-1")
channel = cdk.Stack(app, "fuzz-pub-ws-authorizer-cross-stack", env=env)
consumer = cdk.Stack(app, "fuzz-pub-ws-authorizer-cross-stack-consumer", env=env)

# The $connect route is guarded by a Lambda authorizer reading a query-string token.
api = apigwv2.WebSocketApi(
    channel,
    "Alerts",
    connect_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketLambdaIntegration("Connect", function(channel, "ConnectFn")),
        authorizer=authorizers.WebSocketLambdaAuthorizer(
            "Auth", function(channel, "AuthFn"), identity_source=["route.request.querystring.token"]
        ),
    ),
    disconnect_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketLambdaIntegration("Disconnect", function(channel, "DisconnectFn")),
    ),
)
api.add_route(
    "sendmessage",
    integration=integrations.WebSocketLambdaIntegration("Send", function(channel, "SendFn")),
    return_response=True,
)
stage = apigwv2.WebSocketStage(channel, "Prod", web_socket_api=api, stage_name="prod", auto_deploy=True)

# A function of another stack posts to the connections: the callback URL and the grant cross stacks.
broadcaster = function(consumer, "Broadcaster")
broadcaster.add_environment("CALLBACK_URL", stage.callback_url)
api.grant_manage_connections(broadcaster)
stage.grant_management_api_access(broadcaster)
cdk.CfnOutput(channel, "Url", value=stage.url)

app.synth()
