"""Table widgets of each layout, with summaries and thresholds, dashboard variables of each kind, and AT_LEAST rules."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2_integrations import HttpLambdaIntegration

app = cdk.App()
stack = cdk.Stack(app, "cloudwatch-dashboard-widgets")

fn = lambda_.Function(
    stack,
    "BooksFn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)
api = apigwv2.HttpApi(stack, "HttpApi")
api.add_routes(path="/books", methods=[apigwv2.HttpMethod.GET], integration=HttpLambdaIntegration("Books", fn))

requests = cloudwatch.TableWidget(
    title="Requests",
    metrics=[api.metric_count(), api.metric_client_error(), api.metric_server_error()],
    thresholds=[
        cloudwatch.TableThreshold.above(100, cloudwatch.Color.RED),
        cloudwatch.TableThreshold.below(1),
        cloudwatch.TableThreshold.between(10, 50, cloudwatch.Color.ORANGE),
    ],
)
requests.add_metric(api.metric_latency(statistic="p99"))

function_table = cloudwatch.TableWidget(
    title="Function",
    layout=cloudwatch.TableLayout.VERTICAL,
    metrics=[fn.metric_invocations(), fn.metric_errors(), fn.metric_duration(period=cdk.Duration.minutes(1))],
    summary=cloudwatch.TableSummaryProps(
        columns=[
            cloudwatch.TableSummaryColumn.MINIMUM,
            cloudwatch.TableSummaryColumn.MAXIMUM,
            cloudwatch.TableSummaryColumn.SUM,
            cloudwatch.TableSummaryColumn.AVERAGE,
        ],
        hide_non_summary_columns=True,
        sticky=True,
    ),
    show_units_in_label=True,
    full_precision=True,
    live_data=True,
    width=12,
    height=8,
)

error_rate = cloudwatch.TableWidget(
    title="Error rate",
    layout=cloudwatch.TableLayout.HORIZONTAL,
    metrics=[
        cloudwatch.MathExpression(
            expression="100 * errors / invocations",
            using_metrics={"errors": fn.metric_errors(), "invocations": fn.metric_invocations()},
            label="Error %",
        )
    ],
    summary={"columns": [cloudwatch.TableSummaryColumn.AVERAGE]},
    set_period_to_time_range=True,
    period=cdk.Duration.hours(1),
    statistic="Sum",
    start="-P7D",
    end="2024-01-01T00:00:00Z",
    region="eu-west-1",
    account_id="123456789012",
)

latency_graph = cloudwatch.GraphWidget(
    title="Latency",
    left=[api.metric_latency(), api.metric_integration_latency()],
    vertical_annotations=[
        cloudwatch.VerticalAnnotation(date="2024-01-01T00:00:00Z"),
        cloudwatch.VerticalAnnotation(
            date="2024-01-02T12:00:00Z",
            color=cloudwatch.Color.PURPLE,
            fill=cloudwatch.VerticalShading.AFTER,
            label="Deploy",
            visible=True,
        ),
    ],
)

dashboard = cloudwatch.Dashboard(
    stack,
    "Dashboard",
    dashboard_name="books-dashboard",
    widgets=[[requests, function_table], [error_rate, cloudwatch.TableWidget()], [latency_graph]],
    variables=[
        cloudwatch.DashboardVariable(
            id="functionName",
            type=cloudwatch.VariableType.PROPERTY,
            input_type=cloudwatch.VariableInputType.INPUT,
            value="FunctionName",
        ),
        cloudwatch.DashboardVariable(
            id="region",
            type=cloudwatch.VariableType.PATTERN,
            input_type=cloudwatch.VariableInputType.RADIO,
            value="us-east-1",
            label="Region",
            default_value=cloudwatch.DefaultValue.value("us-east-1"),
            visible=False,
            values=cloudwatch.Values.from_values(
                cloudwatch.VariableValue(value="us-east-1", label="N. Virginia"),
                cloudwatch.VariableValue(value="eu-west-1"),
            ),
        ),
    ],
)
dashboard.add_variable(
    cloudwatch.DashboardVariable(
        id="function",
        type=cloudwatch.VariableType.PROPERTY,
        input_type=cloudwatch.VariableInputType.SELECT,
        value="FunctionName",
        default_value=cloudwatch.DefaultValue.FIRST,
        values=cloudwatch.Values.from_search('{AWS/Lambda,FunctionName} MetricName="Errors"', "FunctionName"),
    )
)
dashboard.add_variable(
    cloudwatch.DashboardVariable(
        id="apiId",
        type=cloudwatch.VariableType.PROPERTY,
        input_type=cloudwatch.VariableInputType.SELECT,
        value="ApiId",
        visible=True,
        values=cloudwatch.Values.from_search_components(
            namespace="AWS/ApiGateway", dimensions=["ApiId", "Stage"], metric_name="Count", populate_from="ApiId"
        ),
    )
)

server_errors = api.metric_server_error().create_alarm(stack, "ServerErrors", threshold=1, evaluation_periods=1)
function_errors = fn.metric_errors().create_alarm(stack, "FunctionErrors", threshold=1, evaluation_periods=1)
throttles = fn.metric_throttles().create_alarm(stack, "Throttles", threshold=1, evaluation_periods=1)
cloudwatch.CompositeAlarm(
    stack,
    "AtLeast",
    alarm_rule=cloudwatch.AlarmRule.any_of(
        cloudwatch.AlarmRule.at_least(
            cloudwatch.AlarmState.ALARM,
            operands=[server_errors, function_errors, throttles],
            threshold=cloudwatch.AtLeastThreshold.count(2),
        ),
        cloudwatch.AlarmRule.at_least_not(
            cloudwatch.AlarmState.OK,
            operands=[server_errors, function_errors],
            threshold=cloudwatch.AtLeastThreshold.percentage(50),
        ),
    ),
)

app.synth()
