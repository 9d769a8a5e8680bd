"""Stages as aws-cdk-lib renders them: a WebSocketStage logging with no format (the WebSocket default format: event type, route key, connection id), HTTP and WebSocket stages with detailed_metrics_enabled=False alone (no DefaultRouteSettings) and with a throttle, an unnamed CloudWatch dashboard's ARN, and log filter patterns with numbers JavaScript writes with an exponent."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_logs as logs


@jsii.implements(apigwv2.IAccessLogSettings)
class LogsWithoutFormat:
    def __init__(self, group: logs.ILogGroup) -> None:
        self._destination = apigwv2.LogGroupLogDestination(group)

    @property
    def destination(self) -> apigwv2.IAccessLogDestination:
        return self._destination

    @property
    def format(self):
        return None


app = cdk.App()
stack = cdk.Stack(app, "apigwv2-stage-logs-metrics")
group = logs.LogGroup(stack, "Logs")
ws = apigwv2.WebSocketApi(stack, "Chat")
apigwv2.WebSocketStage(stack, "Logged", web_socket_api=ws, stage_name="logged", access_log_settings=LogsWithoutFormat(group))
apigwv2.WebSocketStage(stack, "Quiet", web_socket_api=ws, stage_name="quiet", detailed_metrics_enabled=False)
http = apigwv2.HttpApi(
    stack, "Http", create_default_stage=False, default_integration=integrations.HttpUrlIntegration("Site", "https://example.com")
)
apigwv2.HttpStage(stack, "Plain", http_api=http, stage_name="plain", detailed_metrics_enabled=False)
apigwv2.HttpStage(
    stack,
    "Throttled",
    http_api=http,
    stage_name="throttled",
    detailed_metrics_enabled=False,
    throttle=apigwv2.ThrottleSettings(rate_limit=10),
)
dashboard = cloudwatch.Dashboard(stack, "Dashboard")
cdk.CfnOutput(stack, "DashboardArn", value=dashboard.dashboard_arn)
group.add_metric_filter(
    "Tiny",
    metric_namespace="App",
    metric_name="Tiny",
    filter_pattern=logs.FilterPattern.number_value("$.duration", "<", 0.0000001),
)
group.add_metric_filter(
    "Huge",
    metric_namespace="App",
    metric_name="Huge",
    filter_pattern=logs.FilterPattern.space_delimited("ts", "bytes").where_number("bytes", ">", 1e21),
)
app.synth()
