"""HttpStage access logging to a LogGroup (default Common Log Format and a custom format); LogGroup defaults."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "http-stage-access-logs")

log_group = logs.LogGroup(stack, "Logs")
logs.LogGroup(
    stack, "Named", log_group_name="x", retention=logs.RetentionDays.ONE_WEEK, removal_policy=cdk.RemovalPolicy.DESTROY
)


@jsii.implements(apigwv2.IAccessLogSettings)
class LogSettings:
    def __init__(self, destination, log_format=None):
        self._destination = destination
        self._format = log_format

    @property
    def destination(self):
        return self._destination

    @property
    def format(self):
        return self._format


api = apigwv2.HttpApi(stack, "Api", create_default_stage=False)
apigwv2.HttpStage(
    stack, "Stage", http_api=api, access_log_settings=LogSettings(apigwv2.LogGroupLogDestination(log_group))
)
apigwv2.HttpStage(
    stack,
    "Stage2",
    http_api=api,
    stage_name="s2",
    access_log_settings=LogSettings(
        apigwv2.LogGroupLogDestination(log_group), apigw.AccessLogFormat.custom("$context.requestId $context.status")
    ),
)

app.synth()
