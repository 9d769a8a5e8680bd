"""WebSocket API with a user-written route authorizer on $connect."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


@jsii.implements(apigwv2.IWebSocketRouteAuthorizer)
class TokenAuthorizer:
    def __init__(self, handler: lambda_.IFunction) -> None:
        self.handler = handler
        self.authorizer = None

    def bind(self, *, route: apigwv2.IWebSocketRoute, scope: Construct) -> apigwv2.WebSocketRouteAuthorizerConfig:
        if self.authorizer is None:
            self.authorizer = apigwv2.WebSocketAuthorizer(
                scope,
                "TokenAuthorizer",
                web_socket_api=route.web_socket_api,
                type=apigwv2.WebSocketAuthorizerType.LAMBDA,
                identity_source=["route.request.querystring.token"],
                authorizer_uri=f"arn:{cdk.Aws.PARTITION}:apigateway:{cdk.Aws.REGION}:lambda:path/2015-03-31/functions/{self.handler.function_arn}/invocations",
            )
            self.handler.add_permission(
                "AllowApiGateway",
                principal=cdk.aws_iam.ServicePrincipal("apigateway.amazonaws.com"),
            )
        return apigwv2.WebSocketRouteAuthorizerConfig(
            authorization_type="CUSTOM", authorizer_id=self.authorizer.authorizer_id
        )


def python_function(scope: Construct, id: str, body: str) -> lambda_.Function:
    return lambda_.Function(
        scope,
        id,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline(body),
    )


class ChatStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        auth_fn = python_function(self, "AuthFn", "def handler(e, c):\n    return {}")
        connect = python_function(self, "Connect", "def handler(e, c):\n    return {'statusCode': 200}")
        message = python_function(self, "Message", "def handler(e, c):\n    return {'statusCode': 200}")
        api = apigwv2.WebSocketApi(
            self,
            "Chat",
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("ConnectInt", connect),
                authorizer=TokenAuthorizer(auth_fn),
            ),
        )
        api.add_route("sendMessage", integration=integrations.WebSocketLambdaIntegration("MsgInt", message))
        apigwv2.WebSocketStage(self, "Prod", web_socket_api=api, stage_name="prod", auto_deploy=True)


app = cdk.App()
ChatStack(app, "WsCustomAuthorizer")
app.synth()
