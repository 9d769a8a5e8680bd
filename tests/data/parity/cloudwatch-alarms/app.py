"""Alarms on HTTP API 5xx and Lambda errors, a math expression alarm with a custom action, and a dashboard."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2_integrations import HttpLambdaIntegration
import jsii


@jsii.implements(cloudwatch.IAlarmAction)
class PagerAction:
    def bind(self, scope, alarm):
        return cloudwatch.AlarmActionConfig(alarm_action_arn="arn:aws:sns:us-east-1:123456789012:pager")


app = cdk.App()
stack = cdk.Stack(app, "cloudwatch-alarms")

fn = lambda_.Function(
    stack,
    "BooksFn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)
api = apigwv2.HttpApi(stack, "HttpApi")
api.add_routes(path="/books", methods=[apigwv2.HttpMethod.GET], integration=HttpLambdaIntegration("Books", fn))

server_errors = cloudwatch.Alarm(
    stack,
    "Api5xx",
    metric=api.metric_server_error(period=cdk.Duration.minutes(1), statistic=cloudwatch.Stats.SUM),
    threshold=1,
    evaluation_periods=3,
    datapoints_to_alarm=2,
    comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
    alarm_description="HTTP API returns 5xx",
)
server_errors.add_alarm_action(PagerAction())

fn_errors = fn.metric_errors(period=cdk.Duration.minutes(5)).create_alarm(
    stack, "FnErrors", threshold=0, evaluation_periods=1, alarm_name="books-fn-errors"
)
fn_errors.add_ok_action(PagerAction())

throttles = fn.metric_throttles()
duration = fn.metric_duration(statistic="p99")
error_rate = cloudwatch.MathExpression(
    expression="100 * errors / invocations",
    using_metrics={"errors": fn.metric_errors(), "invocations": fn.metric_invocations()},
    label="Error rate",
    period=cdk.Duration.minutes(5),
)
rate_alarm = error_rate.create_alarm(
    stack,
    "ErrorRate",
    threshold=5,
    evaluation_periods=2,
    comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    treat_missing_data=cloudwatch.TreatMissingData.IGNORE,
)
latency = cloudwatch.Alarm(
    stack,
    "Latency",
    metric=api.metric_latency().with_(statistic="p90", period=cdk.Duration.minutes(1)),
    threshold=500,
    evaluation_periods=5,
    comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    actions_enabled=False,
)
custom = cloudwatch.Metric(
    namespace="Books",
    metric_name="Orders",
    dimensions_map={"Service": "books"},
    statistic=cloudwatch.Stats.SUM,
    unit=cloudwatch.Unit.COUNT,
    period=cdk.Duration.hours(1),
)
orders = custom.create_alarm(
    stack,
    "FewOrders",
    threshold=10,
    evaluation_periods=1,
    comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
    treat_missing_data=cloudwatch.TreatMissingData.BREACHING,
)

dashboard = cloudwatch.Dashboard(stack, "Dashboard", dashboard_name="books")
dashboard.add_widgets(
    cloudwatch.TextWidget(markdown="# Books API", width=24, height=2),
)
dashboard.add_widgets(
    cloudwatch.GraphWidget(
        title="Requests",
        left=[api.metric_count(), api.metric_client_error()],
        right=[api.metric_server_error()],
        width=12,
    ),
    cloudwatch.GraphWidget(title="Lambda", left=[fn.metric_invocations(), fn.metric_errors(), throttles], stacked=True),
)
dashboard.add_widgets(
    cloudwatch.SingleValueWidget(metrics=[duration, error_rate], width=8),
    cloudwatch.Column(cloudwatch.TextWidget(markdown="latency"), cloudwatch.TextWidget(markdown="rate")),
)

cdk.CfnOutput(stack, "AlarmArn", value=server_errors.alarm_arn)
cdk.CfnOutput(stack, "AlarmName", value=fn_errors.alarm_name)

app.synth()
