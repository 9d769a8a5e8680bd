import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from constructs import Construct

CODE = "def handler(event, context):\n    return {'statusCode': 200}\n"


def make_fn(scope: Construct, id: str) -> lambda_.Function:
    return lambda_.Function(
        scope, id, runtime=lambda_.Runtime.PYTHON_3_11, handler="index.handler",
        code=lambda_.Code.from_inline(CODE), architecture=lambda_.Architecture.ARM_64,
    )


class FunctionsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.connect_fn = make_fn(self, "Connect")
        self.message_fn = make_fn(self, "Message")
        self.auth_fn = make_fn(self, "Auth")


class ApiStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, fns: FunctionsStack, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.api = apigwv2.WebSocketApi(
            self, "Realtime",
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("Connect", fns.connect_fn),
                authorizer=authorizers.WebSocketLambdaAuthorizer(
                    "Auth", fns.auth_fn, identity_source=["route.request.querystring.ticket"],
                ),
            ),
        )
        self.stage = apigwv2.WebSocketStage(self, "Prod", web_socket_api=self.api, stage_name="prod", auto_deploy=True)


class RoutesStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, api: apigwv2.WebSocketApi, stage: apigwv2.WebSocketStage,
                 fns: FunctionsStack, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        apigwv2.WebSocketRoute(
            self, "MessageRoute", web_socket_api=api, route_key="message",
            integration=integrations.WebSocketLambdaIntegration("Message", fns.message_fn),
        )
        apigwv2.WebSocketRoute(
            self, "EchoRoute", web_socket_api=api, route_key="echo",
            integration=integrations.WebSocketMockIntegration("Echo"), return_response=True,
        )
        ops_role = iam.Role(self, "Ops", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        api.grant_manage_connections(ops_role)
        stage.grant_management_api_access(ops_role)
        topic = sns.Topic(self, "Alerts")
        alarm = cloudwatch.Alarm(
            self, "Errors",
            metric=stage.metric("ExecutionError", period=cdk.Duration.minutes(1), statistic="Sum"),
            threshold=1, evaluation_periods=1,
        )
        alarm.add_alarm_action(cw_actions.SnsAction(topic))
        cloudwatch.Dashboard(self, "Board", widgets=[[
            cloudwatch.GraphWidget(title="Connections", left=[api.metric("ConnectCount"), stage.metric("MessageCount")]),
        ]])
        cdk.CfnOutput(self, "Callback", value=stage.callback_url)


class ImportedStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api = apigwv2.WebSocketApi.from_web_socket_api_attributes(
            self, "Shared", web_socket_id=cdk.Fn.import_value("SharedWsApiId"),
            api_endpoint=cdk.Fn.import_value("SharedWsEndpoint"),
        )
        apigwv2.WebSocketRoute(
            self, "AuditRoute", web_socket_api=api, route_key="audit",
            integration=integrations.WebSocketLambdaIntegration("Audit", make_fn(self, "AuditFn")),
        )
        stage = apigwv2.WebSocketStage(self, "Audit", web_socket_api=api, stage_name="audit")
        domain = apigwv2.DomainName.from_domain_name_attributes(
            self, "Dn", name="rt.example.com", regional_domain_name="d-abc.execute-api.eu-west-1.amazonaws.com",
            regional_hosted_zone_id="Z2FDTNDATAQYW2",
        )
        apigwv2.ApiMapping(self, "AuditMapping", api=api, domain_name=domain, stage=stage, api_mapping_key="audit")
        cdk.CfnOutput(self, "Endpoint", value=api.api_endpoint)
        cdk.CfnOutput(self, "AuditUrl", value=stage.url)


app = cdk.App()
env = cdk.Environment(account="123456789012", region="eu-west-1")
fns = FunctionsStack(app, "WsFunctions", env=env)
api = ApiStack(app, "WsApi", fns=fns, env=env)
RoutesStack(app, "WsRoutes", api=api.api, stage=api.stage, fns=fns, env=env)
ImportedStack(app, "WsImported", env=env)
app.synth()
