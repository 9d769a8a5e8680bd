import aws_cdk as cdk
from aws_cdk import (
    Duration,
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_cloudwatch as cloudwatch,
)
from constructs import Construct


class ApiStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.api = apigwv2.HttpApi(self, "Orders", api_name="orders")
        self.api.add_routes(path="/orders", methods=[apigwv2.HttpMethod.GET],
                            integration=integrations.HttpUrlIntegration("Backend", "https://orders.internal.example.com"))
        self.stage = self.api.add_stage("Canary", stage_name="canary", auto_deploy=True)
        self.ws = apigwv2.WebSocketApi(self, "Push")
        self.ws_stage = apigwv2.WebSocketStage(self, "PushLive", web_socket_api=self.ws, stage_name="live")
        self.legacy = apigwv2.HttpApi.from_http_api_attributes(self, "Legacy", http_api_id="lgcy123")
        self.legacy_stage = apigwv2.HttpStage.from_http_stage_attributes(self, "LegacyProd", api=self.legacy,
                                                                         stage_name="prod")
        cloudwatch.Alarm(self, "CanaryErrors", metric=self.stage.metric_server_error(period=Duration.minutes(1)),
                         threshold=1, evaluation_periods=3)
        cloudwatch.Alarm(self, "LegacyLatency", metric=self.legacy_stage.metric_latency(statistic="p90"),
                         threshold=800, evaluation_periods=5)


class OpsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, apis: ApiStack, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        dash = cloudwatch.Dashboard(self, "Ops", dashboard_name="api-ops")
        dash.add_widgets(
            cloudwatch.GraphWidget(title="Requests", left=[apis.api.metric_count(), apis.stage.metric_count()],
                                   right=[apis.api.metric_client_error(), apis.legacy.metric_count()]),
            cloudwatch.SingleValueWidget(title="Latency", metrics=[apis.api.metric_latency(),
                                                                   apis.api.metric_integration_latency(statistic="p99")]),
            cloudwatch.GraphWidget(title="Push", left=[apis.ws.metric("ConnectCount", statistic="Sum"),
                                                       apis.ws_stage.metric("MessageCount", statistic="Sum")]),
        )


app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": "weak"})
apis = ApiStack(app, "Apis", env=cdk.Environment(account="123456789012", region="us-east-1"))
OpsStack(app, "Ops", apis=apis, env=cdk.Environment(account="123456789012", region="us-west-2"))
OpsStack(app, "OpsSame", apis=apis, env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
