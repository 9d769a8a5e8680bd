"""A stage whose access-log settings are the app's own IAccessLogSettings class, with detailed metrics."""

import json

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_logs as logs


@jsii.implements(apigwv2.IAccessLogSettings)
class AuditTrail:
    """Where and how the stage writes its access log."""

    def __init__(self, group: logs.ILogGroup) -> None:
        self._group = group

    @property
    def destination(self) -> apigwv2.IAccessLogDestination:
        return apigwv2.LogGroupLogDestination(self._group)

    @property
    def format(self) -> apigw.AccessLogFormat:
        fields = {
            "id": apigw.AccessLogField.context_extended_request_id(),
            "at": apigw.AccessLogField.context_request_time(),
            "status": apigw.AccessLogField.context_status(),
        }
        return apigw.AccessLogFormat.custom(json.dumps(fields, separators=(",", ":")))


app = cdk.App()
stack = cdk.Stack(app, "integ-http-stage-own-log-settings")
audit = logs.LogGroup(stack, "Audit", retention=logs.RetentionDays.ONE_MONTH)
api = apigwv2.HttpApi(stack, "Tickets", create_default_stage=False)
apigwv2.HttpStage(
    stack,
    "Live",
    http_api=api,
    stage_name="live",
    description="Ticket desk, live",
    detailed_metrics_enabled=True,
    access_log_settings=AuditTrail(audit),
)

app.synth()
