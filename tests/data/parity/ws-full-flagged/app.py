"""WebSocketApi with connect/disconnect/default handlers from three functions, API key selection, dual-stack addressing, schema validation off, an explicit WebSocketIntegration, and a stage with access logs, stage variables and detailed metrics."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "ws-full")


def make_function(name):
    return lambda_.Function(
        stack,
        name,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
        environment={"ROUTE": name},
    )


connect_fn = make_function("ConnectFn")
disconnect_fn = make_function("DisconnectFn")
default_fn = make_function("DefaultFn")

api = apigwv2.WebSocketApi(
    stack,
    "GameApi",
    api_name="game",
    api_key_selection_expression=apigwv2.WebSocketApiKeySelectionExpression.HEADER_X_API_KEY,
    ip_address_type=apigwv2.IpAddressType.DUAL_STACK,
    disable_schema_validation=True,
    connect_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketLambdaIntegration("ConnectIntegration", connect_fn),
        authorizer=apigwv2.WebSocketNoneAuthorizer(),
    ),
    disconnect_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketLambdaIntegration("DisconnectIntegration", disconnect_fn),
    ),
    default_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketLambdaIntegration("DefaultIntegration", default_fn),
        return_response=True,
    ),
)
api.add_route(
    "move",
    integration=integrations.WebSocketLambdaIntegration(
        "MoveIntegration", default_fn, timeout=cdk.Duration.seconds(5)
    ),
    return_response=True,
)

apigwv2.WebSocketIntegration(
    stack,
    "StatusIntegration",
    web_socket_api=api,
    integration_type=apigwv2.WebSocketIntegrationType.MOCK,
    integration_uri="",
    request_templates={"application/json": '{"statusCode": 200}'},
    template_selection_expression="\\$default",
)


@jsii.implements(apigwv2.IAccessLogSettings)
class AccessLogs:
    def __init__(self, destination, log_format=None):
        self._destination = destination
        self._format = log_format

    @property
    def destination(self):
        return self._destination

    @property
    def format(self):
        return self._format


log_group = logs.LogGroup(stack, "GameLogs", retention=logs.RetentionDays.TWO_WEEKS)
stage = apigwv2.WebSocketStage(
    stack,
    "ProdStage",
    web_socket_api=api,
    stage_name="prod",
    auto_deploy=True,
    detailed_metrics_enabled=True,
    stage_variables={"tableName": "game-prod", "logLevel": "WARN"},
    access_log_settings=AccessLogs(
        apigwv2.LogGroupLogDestination(log_group),
        apigw.AccessLogFormat.custom("$context.requestId $context.routeKey $context.status"),
    ),
)
stage.grant_management_api_access(default_fn)
api.grant_manage_connections(connect_fn)

cdk.CfnOutput(stack, "StageUrl", value=stage.url)
cdk.CfnOutput(stack, "CallbackUrl", value=stage.callback_url)

app.synth()
