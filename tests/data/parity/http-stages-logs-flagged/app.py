"""HttpApi without a default stage and two custom stages with throttling and access logs to their own LogGroups (default format; JSON standard fields with detailed metrics); stage URL outputs."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "http-stages-logs")

api = apigwv2.HttpApi(stack, "OrdersApi", create_default_stage=False)
api.add_routes(
    path="/orders",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpUrlIntegration("Orders", "https://orders.example.com/"),
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


dev_logs = logs.LogGroup(stack, "DevLogs", retention=logs.RetentionDays.ONE_WEEK)
prod_logs = logs.LogGroup(
    stack,
    "ProdLogs",
    log_group_name="/apigw/orders/prod",
    retention=logs.RetentionDays.ONE_YEAR,
    removal_policy=cdk.RemovalPolicy.RETAIN,
)

dev = api.add_stage(
    "Dev",
    stage_name="dev",
    auto_deploy=True,
    throttle=apigwv2.ThrottleSettings(rate_limit=50, burst_limit=20),
    access_log_settings=AccessLogs(apigwv2.LogGroupLogDestination(dev_logs)),
)

prod = apigwv2.HttpStage(
    stack,
    "ProdStage",
    http_api=api,
    stage_name="prod",
    auto_deploy=True,
    detailed_metrics_enabled=True,
    throttle=apigwv2.ThrottleSettings(rate_limit=1000, burst_limit=500),
    description="Production stage",
    access_log_settings=AccessLogs(
        apigwv2.LogGroupLogDestination(prod_logs),
        apigw.AccessLogFormat.json_with_standard_fields(
            caller=False,
            http_method=True,
            ip=True,
            protocol=True,
            request_time=True,
            resource_path=True,
            response_length=True,
            status=True,
            user=False,
        ),
    ),
)

cdk.CfnOutput(stack, "DevUrl", value=dev.url)
cdk.CfnOutput(stack, "ProdUrl", value=prod.url)
cdk.CfnOutput(stack, "ProdStageName", value=prod.stage_name)

app.synth()
