import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_cloudwatch as cw,
    aws_cloudwatch_actions as cw_actions,
    aws_dynamodb as dynamodb,
    aws_lambda as lambda_,
    aws_sns as sns,
    aws_sqs as sqs,
)
from constructs import Construct


class OrdersService(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        table = dynamodb.Table(self, "Orders", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
                               billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST)
        handler = lambda_.Function(self, "OrdersFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                                   code=lambda_.Code.from_inline("def handler(e, c):\n    return {'statusCode': 200}"),
                                   environment={"TABLE": table.table_name})
        table.grant_read_write_data(handler)
        self.api = apigwv2.HttpApi(self, "OrdersApi", api_name="orders")
        self.api.add_routes(path="/orders", methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
                            integration=integrations.HttpLambdaIntegration("OrdersInt", handler))
        self.handler = handler
        self.table = table
        self.queue = sqs.Queue(self, "Dlq")


class Monitoring(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, service: OrdersService, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        pager = sns.Topic(self, "Pager", display_name="Orders pager")
        tickets = sns.Topic(self, "Tickets")
        remediate = lambda_.Function(self, "Remediate", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
                                     code=lambda_.Code.from_inline("exports.handler = async () => {}"))
        api = service.api
        errors5 = api.metric_server_error(period=cdk.Duration.minutes(1))
        errors4 = api.metric_client_error(period=cdk.Duration.minutes(1))
        count = api.metric_count(period=cdk.Duration.minutes(1))
        error_rate = cw.MathExpression(expression="100 * (e5 + e4) / MAX([cnt, 1])",
                                       using_metrics={"e5": errors5, "e4": errors4, "cnt": count},
                                       label="Error rate (%)", period=cdk.Duration.minutes(1))
        rate_alarm = error_rate.create_alarm(self, "ErrorRate", threshold=5, evaluation_periods=5, datapoints_to_alarm=3,
                                             comparison_operator=cw.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                                             treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
                                             alarm_description="Too many API errors")
        rate_alarm.add_alarm_action(cw_actions.SnsAction(pager))
        rate_alarm.add_ok_action(cw_actions.SnsAction(pager))
        latency = cw.AnomalyDetectionAlarm(self, "LatencyAnomaly",
                                           metric=api.metric_latency(statistic=cw.Stats.percentile(99)),
                                           evaluation_periods=3, std_devs=2.5,
                                           comparison_operator=cw.ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD)
        latency.add_alarm_action(cw_actions.LambdaAction(remediate))
        throttles = service.handler.metric_throttles(statistic=cw.Stats.SUM).create_alarm(
            self, "Throttles", threshold=1, evaluation_periods=1)
        fn_errors = cw.Alarm(self, "FnErrors", metric=service.handler.metric_errors(period=cdk.Duration.minutes(5)),
                             threshold=0, evaluation_periods=2,
                             comparison_operator=cw.ComparisonOperator.GREATER_THAN_THRESHOLD)
        fn_errors.add_insufficient_data_action(cw_actions.SnsAction(tickets))
        ddb_throttle = service.table.metric_throttled_requests_for_operations(
            operations=[dynamodb.Operation.PUT_ITEM, dynamodb.Operation.QUERY], period=cdk.Duration.minutes(5))
        ddb_alarm = ddb_throttle.create_alarm(self, "DdbThrottle", threshold=10, evaluation_periods=1)
        dlq_alarm = service.queue.metric_approximate_number_of_messages_visible().create_alarm(
            self, "DlqDepth", threshold=1, evaluation_periods=1, alarm_name="orders-dlq-depth")
        composite = cw.CompositeAlarm(self, "ServiceDown", composite_alarm_name="orders-service-down",
                                      alarm_rule=cw.AlarmRule.any_of(
                                          cw.AlarmRule.all_of(cw.AlarmRule.from_alarm(rate_alarm, cw.AlarmState.ALARM),
                                                              cw.AlarmRule.from_alarm(fn_errors, cw.AlarmState.ALARM)),
                                          cw.AlarmRule.from_alarm(throttles, cw.AlarmState.ALARM),
                                          cw.AlarmRule.not_(cw.AlarmRule.from_alarm(ddb_alarm, cw.AlarmState.OK))),
                                      actions_suppressor=dlq_alarm,
                                      actions_suppressor_wait_period=cdk.Duration.minutes(2),
                                      actions_suppressor_extension_period=cdk.Duration.minutes(5))
        composite.add_alarm_action(cw_actions.SnsAction(pager))
        dash = cw.Dashboard(self, "OpsDash", dashboard_name="orders-ops", default_interval=cdk.Duration.hours(6),
                            period_override=cw.PeriodOverride.AUTO)
        dash.add_widgets(
            cw.TextWidget(markdown="# Orders service\nOn-call: **#orders**", width=24, height=2,
                          background=cw.TextWidgetBackground.TRANSPARENT),
        )
        dash.add_widgets(
            cw.GraphWidget(title="Requests", left=[count], right=[error_rate], width=12,
                           left_y_axis=cw.YAxisProps(min=0, label="req"), right_y_axis=cw.YAxisProps(min=0, max=100, show_units=False),
                           left_annotations=[cw.HorizontalAnnotation(value=1000, label="capacity", color=cw.Color.RED,
                                                                     fill=cw.Shading.ABOVE)],
                           vertical_annotations=[cw.VerticalAnnotation(date="2026-01-01T00:00:00Z", label="launch")],
                           legend_position=cw.LegendPosition.RIGHT, live_data=True, statistic="Sum"),
            cw.AlarmWidget(alarm=rate_alarm, title="Error rate alarm", width=6),
            cw.SingleValueWidget(metrics=[errors5, errors4], full_precision=True, sparkline=True, width=6),
        )
        dash.add_widgets(
            cw.GaugeWidget(metrics=[service.handler.metric_duration(statistic=cw.Stats.AVERAGE)],
                           left_y_axis=cw.YAxisProps(min=0, max=3000), width=6),
            cw.AlarmStatusWidget(alarms=[rate_alarm, throttles, fn_errors, composite], width=6,
                                 sort_by=cw.AlarmStatusWidgetSortBy.STATE_UPDATED_TIMESTAMP,
                                 states=[cw.AlarmState.ALARM]),
            cw.LogQueryWidget(log_group_names=[f"/aws/lambda/{service.handler.function_name}"],
                              query_lines=["fields @timestamp, @message", "filter @message like /ERROR/", "limit 20"],
                              view=cw.LogQueryVisualizationType.TABLE, width=12),
        )
        dash.add_widgets(cw.Row(cw.Spacer(width=3),
                                cw.TableWidget(metrics=[count, errors5], summary=cw.TableSummaryProps(columns=[cw.TableSummaryColumn.AVERAGE, cw.TableSummaryColumn.MAXIMUM]),
                                               layout=cw.TableLayout.VERTICAL, width=9)),
                         cw.Column(cw.GraphWidget(left=[ddb_throttle], view=cw.GraphWidgetView.BAR, stacked=True, width=12,
                                                  set_period_to_time_range=True)))
        cdk.CfnOutput(self, "DashboardName", value=dash.dashboard_name)


app = cdk.App()
env = cdk.Environment(account="123456789012", region="eu-west-1")
svc = OrdersService(app, "OrdersService", env=env)
Monitoring(app, "OrdersMonitoring", service=svc, env=env)
app.synth()
