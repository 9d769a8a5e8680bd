"""Click ingestion: an encrypted Kinesis stream into Lambda, a provisioned table with autoscaling and an LSI, step scaling driven by an alarm (ApplicationScalingAction), composite alarms and a dashboard."""
import aws_cdk as cdk
from aws_cdk import (
    aws_cloudwatch as cw,
    aws_cloudwatch_actions as actions,
    aws_dynamodb as dynamodb,
    aws_kinesis as kinesis,
    aws_kms as kms,
    aws_lambda as lambda_,
    aws_lambda_event_sources as sources,
    aws_sns as sns,
    aws_sqs as sqs,
)
from constructs import Construct

CODE = lambda_.Code.from_inline("def handler(event, context):\n    return {'batchItemFailures': []}\n")


class IngestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "StreamKey", alias="alias/analytics-stream", enable_key_rotation=True)
        stream = kinesis.Stream(self, "Clicks", shard_count=2, retention_period=cdk.Duration.hours(48),
                                encryption=kinesis.StreamEncryption.KMS, encryption_key=key)

        table = dynamodb.Table(
            self, "Aggregates",
            partition_key=dynamodb.Attribute(name="page", type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name="window", type=dynamodb.AttributeType.NUMBER),
            billing_mode=dynamodb.BillingMode.PROVISIONED,
            read_capacity=5,
            write_capacity=10,
            contributor_insights_enabled=True,
            table_class=dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS,
            time_to_live_attribute="ttl",
            encryption=dynamodb.TableEncryption.CUSTOMER_MANAGED,
            encryption_key=key,
        )
        table.add_local_secondary_index(
            index_name="byCount",
            sort_key=dynamodb.Attribute(name="count", type=dynamodb.AttributeType.NUMBER),
            projection_type=dynamodb.ProjectionType.ALL,
        )
        table.add_global_secondary_index(
            index_name="byUser",
            partition_key=dynamodb.Attribute(name="userId", type=dynamodb.AttributeType.STRING),
            read_capacity=2, write_capacity=4,
        )
        reads = table.auto_scale_read_capacity(min_capacity=5, max_capacity=50)
        reads.scale_on_utilization(target_utilization_percent=70)
        writes = table.auto_scale_write_capacity(min_capacity=10, max_capacity=200)
        writes.scale_on_utilization(target_utilization_percent=60, scale_in_cooldown=cdk.Duration.seconds(60),
                                    scale_out_cooldown=cdk.Duration.seconds(30))
        writes.scale_on_schedule("NightlyLow", schedule=cdk.aws_applicationautoscaling.Schedule.cron(hour="0", minute="0"),
                                 max_capacity=20)
        gsi_writes = table.auto_scale_global_secondary_index_write_capacity("byUser", min_capacity=4, max_capacity=40)
        gsi_writes.scale_on_utilization(target_utilization_percent=75)

        # Step scaling of the on-demand burst table, driven by an alarm.
        burst = dynamodb.Table(self, "Burst", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
                               billing_mode=dynamodb.BillingMode.PROVISIONED, read_capacity=1, write_capacity=1)
        burst_target = cdk.aws_applicationautoscaling.ScalableTarget(
            self, "BurstWrites", service_namespace=cdk.aws_applicationautoscaling.ServiceNamespace.DYNAMODB,
            min_capacity=1, max_capacity=100, resource_id=f"table/{burst.table_name}",
            scalable_dimension="dynamodb:table:WriteCapacityUnits")
        step_up = cdk.aws_applicationautoscaling.StepScalingAction(
            self, "BurstStepUp", scaling_target=burst_target,
            adjustment_type=cdk.aws_applicationautoscaling.AdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
            cooldown=cdk.Duration.minutes(2))
        step_up.add_adjustment(adjustment=50, lower_bound=0, upper_bound=100)
        step_up.add_adjustment(adjustment=100, lower_bound=100)
        cw.Alarm(self, "BurstHot", metric=burst.metric_consumed_write_capacity_units(period=cdk.Duration.minutes(1)),
                 threshold=50, evaluation_periods=2).add_alarm_action(actions.ApplicationScalingAction(step_up))

        failures = sqs.Queue(self, "Failures")
        aggregator = lambda_.Function(
            self, "Aggregator",
            runtime=lambda_.Runtime.PYTHON_3_13,
            architecture=lambda_.Architecture.ARM_64,
            handler="index.handler",
            code=CODE,
            memory_size=256,
            timeout=cdk.Duration.seconds(60),
            environment={"TABLE": table.table_name},
            tracing=lambda_.Tracing.PASS_THROUGH,
            dead_letter_queue_enabled=True,
        )
        table.grant(aggregator, "dynamodb:UpdateItem", "dynamodb:BatchWriteItem")
        aggregator.add_event_source(sources.KinesisEventSource(
            stream,
            starting_position=lambda_.StartingPosition.AT_TIMESTAMP,
            starting_position_timestamp=1700000000,
            batch_size=250,
            parallelization_factor=4,
            tumbling_window=cdk.Duration.minutes(1),
            max_record_age=cdk.Duration.hours(6),
            retry_attempts=10,
            bisect_batch_on_error=True,
            report_batch_item_failures=True,
            on_failure=sources.SqsDlq(failures),
            filters=[lambda_.FilterCriteria.filter({"data": {"kind": lambda_.FilterRule.is_equal("click")}})],
        ))

        consumer_fn = lambda_.Function(self, "Archiver", runtime=lambda_.Runtime.PYTHON_3_13,
                                       handler="index.handler", code=CODE)
        stream.grant_read(consumer_fn)
        consumer_fn.add_event_source(sources.KinesisEventSource(
            stream, starting_position=lambda_.StartingPosition.TRIM_HORIZON, enabled=False))

        topic = sns.Topic(self, "OpsTopic")
        alarms = [
            cw.Alarm(self, "IteratorAge", metric=aggregator.metric("IteratorAge", statistic="Maximum"),
                     threshold=60000, evaluation_periods=5),
            stream.metric_get_records_iterator_age_milliseconds().create_alarm(self, "StreamAge", threshold=120000,
                                                                                evaluation_periods=2),
            cw.Alarm(self, "ReadThrottles", metric=table.metric_throttled_requests_for_operation("GetItem"),
                     threshold=10, evaluation_periods=2),
            cw.Alarm(self, "SystemErrors", metric=table.metric_system_errors_for_operations(
                operations=[dynamodb.Operation.UPDATE_ITEM, dynamodb.Operation.BATCH_WRITE_ITEM]),
                threshold=1, evaluation_periods=1),
        ]
        for alarm in alarms:
            alarm.add_alarm_action(actions.SnsAction(topic))
            alarm.add_ok_action(actions.SnsAction(topic))
        composite = cw.CompositeAlarm(self, "PipelineUnhealthy",
                                      alarm_rule=cw.AlarmRule.any_of(*[cw.AlarmRule.from_alarm(a, cw.AlarmState.ALARM) for a in alarms]),
                                      actions_suppressor=alarms[0])
        composite.add_alarm_action(actions.SnsAction(topic))

        dashboard = cw.Dashboard(self, "Dashboard", dashboard_name="analytics-ingest",
                                 default_interval=cdk.Duration.hours(6))
        dashboard.add_widgets(
            cw.GraphWidget(title="Invocations", left=[aggregator.metric_invocations(), consumer_fn.metric_invocations()],
                           right=[aggregator.metric_errors()], width=12),
            cw.GraphWidget(title="Capacity", left=[table.metric_consumed_read_capacity_units(),
                                                   table.metric_consumed_write_capacity_units()], stacked=True),
        )
        dashboard.add_widgets(
            cw.SingleValueWidget(metrics=[stream.metric_incoming_records(statistic="Sum")], title="Records"),
            cw.AlarmStatusWidget(alarms=alarms, title="Alarms"),
            cw.TextWidget(markdown="# Ingest\nClick aggregation pipeline", width=6, height=2),
            cw.GraphWidget(title="Latency", left=[table.metric_successful_request_latency(
                dimensions_map={"TableName": table.table_name, "Operation": "UpdateItem"})],
                left_annotations=[cw.HorizontalAnnotation(value=50, label="SLO")]),
        )

        cdk.CfnOutput(self, "StreamName", value=stream.stream_name)
        cdk.CfnOutput(self, "TableName", value=table.table_name)


app = cdk.App()
IngestStack(app, "AnalyticsIngest", env=cdk.Environment(account="111122223333", region="eu-central-1"))
app.synth()
