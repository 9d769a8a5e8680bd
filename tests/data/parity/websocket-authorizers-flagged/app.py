"""WebSocketLambdaAuthorizer on $connect (through connect_route_options and add_route, default and
custom identity sources) and WebSocketIamAuthorizer on $connect."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "websocket-authorizers")


def function(id: str, body: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline(f"def handler(event, context):\n    return {body}\n"),
    )


auth_handler = function("AuthHandler", "{'principalId': 'user', 'policyDocument': {}}")
chat_handler = function("ChatHandler", "{'statusCode': 200}")

# 1. Lambda authorizer with the defaults, given in connect_route_options.
chat = integrations.WebSocketLambdaIntegration("Chat", chat_handler)
lambda_api = apigwv2.WebSocketApi(
    stack,
    "LambdaApi",
    connect_route_options=apigwv2.WebSocketRouteOptions(
        integration=chat,
        authorizer=authorizers.WebSocketLambdaAuthorizer("ConnectAuthorizer", auth_handler),
    ),
    disconnect_route_options=apigwv2.WebSocketRouteOptions(integration=chat),
    default_route_options=apigwv2.WebSocketRouteOptions(integration=chat),
)
apigwv2.WebSocketStage(stack, "LambdaStage", web_socket_api=lambda_api, stage_name="dev", auto_deploy=True)

# 2. Lambda authorizer with a name and two identity sources, added with add_route.
named_api = apigwv2.WebSocketApi(stack, "NamedApi")
named_api.add_route(
    "$connect",
    integration=integrations.WebSocketLambdaIntegration("NamedConnect", chat_handler),
    authorizer=authorizers.WebSocketLambdaAuthorizer(
        "NamedAuthorizer",
        auth_handler,
        authorizer_name="named-authorizer",
        identity_source=["route.request.querystring.token", "route.request.header.X-Api-Key"],
    ),
)
named_api.add_route("sendmessage", integration=integrations.WebSocketLambdaIntegration("NamedSend", chat_handler))

# 3. IAM authorizer on $connect.
iam_api = apigwv2.WebSocketApi(stack, "IamApi")
iam_api.add_route(
    "$connect",
    integration=integrations.WebSocketLambdaIntegration("IamConnect", chat_handler),
    authorizer=authorizers.WebSocketIamAuthorizer(),
)

app.synth()
