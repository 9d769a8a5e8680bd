"""An orders service: a TableV2 with a customer key, stream and GSIs, a layer from an asset folder, an alias of current_version behind an HTTP API, a stream consumer with filters, on-failure destinations and SQS DLQ, SNS fan-out and alarms."""
import os
import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_cloudwatch as cw,
    aws_cloudwatch_actions as cw_actions,
    aws_dynamodb as dynamodb,
    aws_kms as kms,
    aws_lambda as _lambda,
    aws_lambda_destinations as destinations,
    aws_lambda_event_sources as sources,
    aws_logs as logs,
    aws_sns as sns,
    aws_sns_subscriptions as subs,
    aws_sqs as sqs,
)
from constructs import Construct

HERE = os.path.dirname(os.path.abspath(__file__))


class OrdersStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        key = kms.Key(self, "DataKey", enable_key_rotation=True, alias="alias/orders-data",
                      removal_policy=cdk.RemovalPolicy.DESTROY, pending_window=cdk.Duration.days(7))

        table = dynamodb.TableV2(
            self, "OrdersTable",
            partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING),
            billing=dynamodb.Billing.on_demand(),
            encryption=dynamodb.TableEncryptionV2.customer_managed_key(key),
            dynamo_stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
            time_to_live_attribute="expiresAt",
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True, recovery_period_in_days=14),
            global_secondary_indexes=[
                dynamodb.GlobalSecondaryIndexPropsV2(
                    index_name="byCustomer",
                    partition_key=dynamodb.Attribute(name="customerId", type=dynamodb.AttributeType.STRING),
                    sort_key=dynamodb.Attribute(name="createdAt", type=dynamodb.AttributeType.NUMBER),
                    projection_type=dynamodb.ProjectionType.INCLUDE,
                    non_key_attributes=["status", "total"],
                ),
            ],
            removal_policy=cdk.RemovalPolicy.DESTROY,
            deletion_protection=False,
        )
        table.add_global_secondary_index(
            index_name="byStatus",
            partition_key=dynamodb.Attribute(name="status", type=dynamodb.AttributeType.STRING),
            projection_type=dynamodb.ProjectionType.KEYS_ONLY,
        )

        layer = _lambda.LayerVersion(
            self, "CommonLayer",
            code=_lambda.Code.from_asset(os.path.join(HERE, "layers", "common")),
            compatible_runtimes=[_lambda.Runtime.PYTHON_3_12, _lambda.Runtime.PYTHON_3_13],
            compatible_architectures=[_lambda.Architecture.ARM_64],
            description="Shared helpers",
            license="MIT",
            removal_policy=cdk.RemovalPolicy.RETAIN,
        )

        api_log_group = logs.LogGroup(self, "ApiFnLogs", retention=logs.RetentionDays.TWO_WEEKS,
                                      removal_policy=cdk.RemovalPolicy.DESTROY)
        api_fn = _lambda.Function(
            self, "ApiFn",
            runtime=_lambda.Runtime.PYTHON_3_12,
            architecture=_lambda.Architecture.ARM_64,
            handler="app.handler",
            code=_lambda.Code.from_asset(os.path.join(HERE, "lambda", "api")),
            layers=[layer],
            memory_size=512,
            timeout=cdk.Duration.seconds(10),
            tracing=_lambda.Tracing.ACTIVE,
            insights_version=_lambda.LambdaInsightsVersion.VERSION_1_0_229_0,
            environment={"TABLE_NAME": table.table_name, "POWERTOOLS_SERVICE_NAME": "orders"},
            environment_encryption=key,
            reserved_concurrent_executions=20,
            log_group=api_log_group,
            description="Orders API handler",
        )
        table.grant_read_write_data(api_fn)
        alias = _lambda.Alias(self, "ApiLive", alias_name="live", version=api_fn.current_version)

        failures = sqs.Queue(self, "StreamFailures", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key,
                             retention_period=cdk.Duration.days(14))
        topic_key = kms.Key(self, "TopicKey", enable_key_rotation=True)
        events_topic = sns.Topic(self, "OrderEvents", display_name="Order events", master_key=topic_key)

        stream_fn = _lambda.Function(
            self, "StreamFn",
            runtime=_lambda.Runtime.PYTHON_3_12,
            architecture=_lambda.Architecture.ARM_64,
            handler="app.handler",
            code=_lambda.Code.from_asset(os.path.join(HERE, "lambda", "stream")),
            layers=[layer],
            environment={"TOPIC_ARN": events_topic.topic_arn},
            log_group=logs.LogGroup(self, "StreamFnLogs", retention=logs.RetentionDays.ONE_MONTH),
            on_failure=destinations.SqsDestination(failures),
            retry_attempts=1,
            max_event_age=cdk.Duration.hours(2),
        )
        events_topic.grant_publish(stream_fn)
        stream_fn.add_event_source(sources.DynamoEventSource(
            table,
            starting_position=_lambda.StartingPosition.LATEST,
            batch_size=100,
            max_batching_window=cdk.Duration.seconds(2),
            bisect_batch_on_error=True,
            retry_attempts=5,
            report_batch_item_failures=True,
            on_failure=sources.SqsDlq(failures),
            filters=[_lambda.FilterCriteria.filter({"eventName": _lambda.FilterRule.is_equal("INSERT")})],
        ))

        audit = sqs.Queue(self, "AuditQueue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)
        events_topic.add_subscription(subs.SqsSubscription(audit, raw_message_delivery=True))
        events_topic.add_subscription(subs.EmailSubscription("ops@example.com"))

        api = apigwv2.HttpApi(self, "OrdersApi", cors_preflight=apigwv2.CorsPreflightOptions(
            allow_origins=["*"], allow_methods=[apigwv2.CorsHttpMethod.GET, apigwv2.CorsHttpMethod.POST]))
        integration = integrations.HttpLambdaIntegration("OrdersIntegration", alias)
        for path, methods in (("/orders", [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST]),
                              ("/orders/{id}", [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.DELETE])):
            api.add_routes(path=path, methods=methods, integration=integration)

        alarm_topic = sns.Topic(self, "Alarms")
        for name, metric in {
            "ApiErrors": alias.metric_errors(period=cdk.Duration.minutes(1)),
            "ApiThrottles": api_fn.metric_throttles(),
            "FailuresVisible": failures.metric_approximate_number_of_messages_visible(),
            "TableThrottled": table.metric_throttled_requests_for_operations(
                operations=[dynamodb.Operation.PUT_ITEM, dynamodb.Operation.QUERY]),
        }.items():
            alarm = cw.Alarm(self, name, metric=metric, threshold=1, evaluation_periods=1,
                             treat_missing_data=cw.TreatMissingData.NOT_BREACHING)
            alarm.add_alarm_action(cw_actions.SnsAction(alarm_topic))

        cdk.CfnOutput(self, "ApiUrl", value=api.url or "")
        cdk.CfnOutput(self, "TableStream", value=table.table_stream_arn or "")
        cdk.CfnOutput(self, "AliasArn", value=alias.function_arn)
        cdk.CfnOutput(self, "LayerArn", value=layer.layer_version_arn)


app = cdk.App()
OrdersStack(app, "OrdersStack", env=cdk.Environment(region="eu-west-1"))
app.synth()
