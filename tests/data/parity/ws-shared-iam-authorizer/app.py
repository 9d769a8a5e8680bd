import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

CODE = "def handler(event, context):\n    return {'statusCode': 200}\n"


class InternalApisStack(cdk.Stack):
    """Internal HTTP and WebSocket APIs that share one IAM authorizer object."""

    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        backend = lambda_.Function(
            self, "Backend", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
            code=lambda_.Code.from_inline(CODE),
        )
        iam_auth = authorizers.HttpIamAuthorizer()
        ws_iam = authorizers.WebSocketIamAuthorizer()

        http_api = apigwv2.HttpApi(self, "InternalHttp", default_authorizer=iam_auth)
        http_api.add_routes(
            path="/jobs", methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
            integration=integrations.HttpLambdaIntegration("Jobs", backend),
        )
        http_api.add_routes(
            path="/health", methods=[apigwv2.HttpMethod.GET],
            integration=integrations.HttpLambdaIntegration("Health", backend),
            authorizer=apigwv2.HttpNoneAuthorizer(),
        )
        http_api.add_routes(
            path="/events", methods=[apigwv2.HttpMethod.GET],
            integration=integrations.HttpLambdaIntegration("Events", backend),
            authorizer=ws_iam,
        )

        ws_api = apigwv2.WebSocketApi(
            self, "InternalWs",
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("Connect", backend),
                authorizer=iam_auth,
            ),
        )
        ws_api.add_route("jobs", integration=integrations.WebSocketLambdaIntegration("JobsWs", backend))
        stage = apigwv2.WebSocketStage(self, "Live", web_socket_api=ws_api, stage_name="live", auto_deploy=True)

        other_ws = apigwv2.WebSocketApi(
            self, "PublicWs",
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketMockIntegration("ConnectMock"),
                authorizer=apigwv2.HttpNoneAuthorizer(),
            ),
        )
        apigwv2.WebSocketStage(self, "PublicLive", web_socket_api=other_ws, stage_name="live", auto_deploy=True)

        caller = iam.Role(self, "Caller", assumed_by=iam.AccountRootPrincipal())
        stage.grant_management_api_access(caller)
        cdk.CfnOutput(self, "HttpUrl", value=http_api.url or "")
        cdk.CfnOutput(self, "WsUrl", value=stage.url)


app = cdk.App()
InternalApisStack(app, "InternalApis")
app.synth()
