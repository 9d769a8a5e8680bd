"""Lambda event sources: SQS with filters, batching and batch item failures (standard, FIFO through events=, KMS-encrypted with filter encryption and provisioned pollers, imported), DynamoDB streams of a Table and a TableV2 with every stream option, an SqsDlq and an S3OnFailureDestination, an imported function with a role, and EventSourceMapping directly and through add_event_source_mapping; mapping ids and ARNs as outputs."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "lambda-event-sources")


def handler(id: str, **kwargs) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
        **kwargs,
    )


orders = sqs.Queue(stack, "Orders", visibility_timeout=cdk.Duration.seconds(60))
orders_fn = handler("OrdersFn")
orders_source = sources.SqsEventSource(
    orders,
    batch_size=50,
    max_batching_window=cdk.Duration.seconds(10),
    report_batch_item_failures=True,
    max_concurrency=5,
    filters=[
        lambda_.FilterCriteria.filter(
            {
                "body": {
                    "status": lambda_.FilterRule.is_equal("PAID"),
                    "amount": lambda_.FilterRule.between(10, 500),
                    "region": lambda_.FilterRule.or_("eu", "us"),
                    "note": lambda_.FilterRule.exists(),
                    "coupon": lambda_.FilterRule.not_exists(),
                    "sku": lambda_.FilterRule.begins_with("SKU-"),
                    "kind": lambda_.FilterRule.not_equals("test"),
                    "count": lambda_.FilterRule.is_equal(3),
                    "empty": lambda_.FilterRule.empty(),
                    "gone": lambda_.FilterRule.null(),
                }
            }
        )
    ],
    metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.EVENT_COUNT]),
)
orders_fn.add_event_source(orders_source)

fifo = sqs.Queue(stack, "Jobs", fifo=True)
jobs_fn = handler(
    "JobsFn", events=[sources.SqsEventSource(fifo, enabled=False, batch_size=10)]
)

table = dynamodb.Table(
    stack,
    "Items",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
)
failures = sqs.Queue(stack, "StreamFailures")
stream_fn = handler("StreamFn")
stream_fn.add_event_source(
    sources.DynamoEventSource(
        table,
        starting_position=lambda_.StartingPosition.TRIM_HORIZON,
        batch_size=500,
        bisect_batch_on_error=True,
        retry_attempts=3,
        max_record_age=cdk.Duration.hours(1),
        parallelization_factor=2,
        tumbling_window=cdk.Duration.seconds(30),
        max_batching_window=cdk.Duration.seconds(5),
        report_batch_item_failures=True,
        on_failure=sources.SqsDlq(failures),
        filters=[
            lambda_.FilterCriteria.filter(
                {"eventName": lambda_.FilterRule.is_equal("INSERT")}
            )
        ],
    )
)
second_fn = handler("SecondStreamFn")
second_source = sources.DynamoEventSource(
    table,
    starting_position=lambda_.StartingPosition.LATEST,
    on_failure=sources.S3OnFailureDestination(s3.Bucket(stack, "FailedRecords")),
)
second_fn.add_event_source(second_source)

raw_fn = handler("RawFn")
mapping = lambda_.EventSourceMapping(
    stack,
    "RawMapping",
    target=raw_fn,
    event_source_arn=table.table_stream_arn,
    starting_position=lambda_.StartingPosition.AT_TIMESTAMP,
    starting_position_timestamp=1700000000,
    batch_size=20,
    enabled=True,
)
added = raw_fn.add_event_source_mapping(
    "AddedMapping",
    event_source_arn=orders.queue_arn,
    batch_size=5,
    metrics_config=lambda_.MetricsConfig(
        metrics=[lambda_.MetricType.EVENT_COUNT, lambda_.MetricType.ERROR_COUNT]
    ),
)
key = kms.Key(stack, "FilterKey")
secure = sqs.Queue(
    stack, "Secure", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key
)
secure_fn = handler("SecureFn")
secure_fn.add_event_source(
    sources.SqsEventSource(
        secure,
        filters=[
            lambda_.FilterCriteria.filter(
                {"body": {"kind": lambda_.FilterRule.or_("a", "b")}}
            )
        ],
        filter_encryption=key,
        provisioned_poller_config=lambda_.ProvisionedPollerConfig(
            minimum_pollers=2, maximum_pollers=10
        ),
    )
)

events = dynamodb.TableV2(
    stack,
    "Events",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    dynamo_stream=dynamodb.StreamViewType.NEW_IMAGE,
)
worker_role = iam.Role(
    stack, "WorkerRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com")
)
worker = lambda_.Function.from_function_attributes(
    stack,
    "Worker",
    function_arn="arn:aws:lambda:us-east-1:123456789012:function:worker",
    role=worker_role,
)
worker.add_event_source(
    sources.DynamoEventSource(
        events,
        starting_position=lambda_.StartingPosition.LATEST,
        retry_attempts=-1,
        enabled=False,
    )
)
worker.add_event_source(
    sources.SqsEventSource(
        sqs.Queue.from_queue_arn(
            stack, "Shared", "arn:aws:sqs:us-east-1:123456789012:shared"
        )
    )
)

imported = lambda_.EventSourceMapping.from_event_source_mapping_id(
    stack, "Imported", "esm-1234"
)

cdk.CfnOutput(stack, "MappingId", value=mapping.event_source_mapping_id)
cdk.CfnOutput(stack, "MappingArn", value=mapping.event_source_mapping_arn)
cdk.CfnOutput(stack, "OrdersMappingArn", value=orders_source.event_source_mapping_arn)
cdk.CfnOutput(stack, "StreamMappingId", value=second_source.event_source_mapping_id)
cdk.CfnOutput(stack, "ImportedArn", value=imported.event_source_mapping_arn)
app.synth()
