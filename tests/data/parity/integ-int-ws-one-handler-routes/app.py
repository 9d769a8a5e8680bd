"""One Lambda integration shared by the connect, disconnect and default routes, plus a tuned custom route."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "integ-int-ws-one-handler-routes")

sessions = dynamodb.Table(
    stack,
    "Sessions Table",
    table_name="Sessions",
    partition_key=dynamodb.Attribute(name="ConnectionId", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)


def node_function(id: str, reply: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.InlineCode(f'exports.handler = async () => ({{ statusCode: 200, body: "{reply}" }});'),
        timeout=cdk.Duration.seconds(5),
        environment={"TABLE_NAME": sessions.table_name},
    )


lifecycle = node_function("Lifecycle Handler", "ok")
echo = node_function("EchoHandler", "echo")
sessions.grant_read_write_data(lifecycle)

shared = integrations.WebSocketLambdaIntegration("Lifecycle", lifecycle)
api = apigwv2.WebSocketApi(
    stack,
    "Sessions API",
    api_name="sessions",
    connect_route_options={"integration": shared},
    disconnect_route_options={"integration": shared},
    default_route_options={"integration": shared},
)
api.add_route(
    "echo",
    integration=integrations.WebSocketLambdaIntegration(
        "Echo",
        echo,
        timeout=cdk.Duration.millis(500),
        content_handling=apigwv2.ContentHandling.CONVERT_TO_TEXT,
    ),
    return_response=True,
)
stage = apigwv2.WebSocketStage(stack, "Main Stage", web_socket_api=api, stage_name="main", auto_deploy=True)
cdk.CfnOutput(stack, "SessionsUrl", value=stage.url)
cdk.CfnOutput(stack, "SessionsCallbackUrl", value=stage.callback_url)

app.synth()
