"""A dual-stack WebSocket API whose $connect route is IAM-authorized, a stage with custom access logs,
throttling and detailed metrics, a role allowed to connect (arn_for_execute_api_v2), and an IAM user with
an access key allowed to invoke the API (format_arn), its key id and secret as outputs."""

import json

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk.aws_apigatewayv2_authorizers import WebSocketIamAuthorizer
from aws_cdk.aws_apigatewayv2_integrations import WebSocketLambdaIntegration


@jsii.implements(apigwv2.IAccessLogSettings)
class TicketLogs:
    def __init__(self, destination: apigwv2.IAccessLogDestination, log_format: apigw.AccessLogFormat) -> None:
        self._destination = destination
        self._format = log_format

    @property
    def destination(self) -> apigwv2.IAccessLogDestination:
        return self._destination

    @property
    def format(self) -> apigw.AccessLogFormat:
        return self._format


app = cdk.App()
stack = cdk.Stack(app, "integ-ws-iam-stage-logs")

gate = lambda_.Function(
    stack,
    "TicketGate",
    runtime=lambda_.Runtime.NODEJS_24_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)
api = apigwv2.WebSocketApi(
    stack,
    "TicketFeed",
    ip_address_type=apigwv2.IpAddressType.DUAL_STACK,
    disable_schema_validation=True,
    api_key_selection_expression=apigwv2.WebSocketApiKeySelectionExpression.HEADER_X_API_KEY,
    connect_route_options=apigwv2.WebSocketRouteOptions(
        integration=WebSocketLambdaIntegration("GateIntegration", gate),
        authorizer=WebSocketIamAuthorizer(),
    ),
)

feed_logs = logs.LogGroup(stack, "FeedLogs", removal_policy=cdk.RemovalPolicy.DESTROY)
apigwv2.WebSocketStage(
    stack,
    "Live",
    web_socket_api=api,
    stage_name="live",
    description="Live ticket feed",
    detailed_metrics_enabled=True,
    throttle=apigwv2.ThrottleSettings(rate_limit=500, burst_limit=250),
    access_log_settings=TicketLogs(
        apigwv2.LogGroupLogDestination(feed_logs),
        apigw.AccessLogFormat.custom(
            json.dumps(
                {
                    "id": apigw.AccessLogField.context_extended_request_id(),
                    "at": apigw.AccessLogField.context_request_time(),
                    "route": apigw.AccessLogField.context_route_key(),
                }
            )
        ),
    ),
)

iam.Role(
    stack,
    "KioskRole",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    inline_policies={
        "feedAccess": iam.PolicyDocument(
            statements=[
                iam.PolicyStatement(
                    actions=["execute-api:Invoke"],
                    resources=[api.arn_for_execute_api_v2(), api.arn_for_execute_api_v2("connect", "live")],
                )
            ]
        )
    },
)

operator = iam.User(stack, "Operator")
operator_key = iam.AccessKey(stack, "OperatorKey", user=operator)
operator.attach_inline_policy(
    iam.Policy(
        stack,
        "InvokeFeed",
        statements=[
            iam.PolicyStatement(
                actions=["execute-api:Invoke"],
                resources=[stack.format_arn(service="execute-api", resource=api.api_id)],
            )
        ],
    )
)
cdk.CfnOutput(stack, "OperatorKeyId", value=operator_key.access_key_id)
cdk.CfnOutput(stack, "OperatorSecret", value=operator_key.secret_access_key.unsafe_unwrap())
cdk.CfnOutput(stack, "FeedRegion", value=stack.region)

app.synth()
