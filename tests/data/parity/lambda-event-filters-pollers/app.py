import aws_cdk as cdk
from aws_cdk import (aws_lambda as lambda_, aws_sqs as sqs, aws_dynamodb as ddb, aws_kinesis as kinesis, aws_kms as kms,
                     aws_lambda_event_sources as sources, aws_s3 as s3)
from constructs import Construct

CODE = lambda_.Code.from_inline("def handler(event, context):\n    return event\n")


class FilterStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.PYTHON_3_13, handler="index.handler", code=CODE,
                              architecture=lambda_.Architecture.ARM_64)
        key = kms.Key(self, "FilterKey")
        queue = sqs.Queue(self, "Orders", visibility_timeout=cdk.Duration.minutes(2))
        fn.add_event_source(sources.SqsEventSource(queue, filters=[
            lambda_.FilterCriteria.filter({
                "body": {
                    "amount": lambda_.FilterRule.between(10, 500),
                    "currency": lambda_.FilterRule.or_("EUR", "USD"),
                    "coupon": lambda_.FilterRule.exists(),
                    "status": lambda_.FilterRule.not_equals("CANCELLED"),
                    "sku": lambda_.FilterRule.begins_with("SKU-"),
                    "flag": lambda_.FilterRule.is_equal(True),
                    "count": lambda_.FilterRule.is_equal(0),
                    "note": lambda_.FilterRule.null(),
                    "tag": lambda_.FilterRule.empty(),
                },
                "attributes": {"SenderId": lambda_.FilterRule.is_equal("123")},
            }),
            lambda_.FilterCriteria.filter({"body": {"priority": lambda_.FilterRule.is_equal("high")}}),
        ], filter_encryption=key, batch_size=5, report_batch_item_failures=True,
            provisioned_poller_config=lambda_.ProvisionedPollerConfig(minimum_pollers=2, maximum_pollers=10)))
        table = ddb.Table(self, "T", partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING),
                          stream=ddb.StreamViewType.NEW_IMAGE, encryption=ddb.TableEncryption.AWS_MANAGED)
        fn.add_event_source(sources.DynamoEventSource(table, starting_position=lambda_.StartingPosition.LATEST,
            filters=[lambda_.FilterCriteria.filter({"eventName": lambda_.FilterRule.or_("INSERT", "MODIFY")})],
            max_batching_window=cdk.Duration.seconds(3), tumbling_window=cdk.Duration.seconds(60),
            on_failure=sources.S3OnFailureDestination(s3.Bucket(self, "Failures")),
            metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.EVENT_COUNT]),
            provisioned_poller_config=sources.ProvisionedPollerConfig(minimum_pollers=1, maximum_pollers=3)))
        stream = kinesis.Stream(self, "S", stream_mode=kinesis.StreamMode.ON_DEMAND)
        fn.add_event_source(sources.KinesisEventSource(stream, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
            parallelization_factor=4, retry_attempts=-1, max_record_age=cdk.Duration.days(7), bisect_batch_on_error=False))
        mapping = lambda_.EventSourceMapping(self, "Manual", target=fn, event_source_arn=queue.queue_arn, enabled=False,
                                             batch_size=1, max_concurrency=2,
                                             filters=[lambda_.FilterCriteria.filter({"body": {"x": lambda_.FilterRule.is_equal("y")}})])
        queue.grant_consume_messages(fn)
        cdk.CfnOutput(self, "MappingId", value=mapping.event_source_mapping_id)
        cdk.CfnOutput(self, "MappingArn", value=mapping.event_source_mapping_arn)


app = cdk.App()
FilterStack(app, "Filters")
app.synth()
