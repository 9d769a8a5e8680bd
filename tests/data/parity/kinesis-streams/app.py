import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "kinesis-streams")

# Defaults: the AWS-managed key where Kinesis supports it (a stack condition), 24 hours, one shard.
events = kinesis.Stream(stack, "Events")
# A key made by the stream, a name, a retention in days and two shards.
orders = kinesis.Stream(
    stack,
    "Orders",
    stream_name="orders",
    encryption=kinesis.StreamEncryption.KMS,
    retention_period=cdk.Duration.days(7),
    shard_count=2,
)
# A given key (KMS implied), on demand, destroyed with the stack.
key = kms.Key(stack, "AuditKey", enable_key_rotation=True)
audit = kinesis.Stream(
    stack,
    "Audit",
    encryption_key=key,
    stream_mode=kinesis.StreamMode.ON_DEMAND,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
managed = kinesis.Stream(
    stack,
    "Managed",
    encryption=kinesis.StreamEncryption.MANAGED,
    stream_mode=kinesis.StreamMode.PROVISIONED,
    shard_level_metrics=[
        kinesis.ShardLevelMetrics.INCOMING_BYTES,
        kinesis.ShardLevelMetrics.OUTGOING_RECORDS,
        kinesis.ShardLevelMetrics.ITERATOR_AGE_MILLISECONDS,
    ],
)
plain = kinesis.Stream(
    stack,
    "Plain",
    encryption=kinesis.StreamEncryption.UNENCRYPTED,
    retention_period=cdk.Duration.hours(48),
    shard_level_metrics=[kinesis.ShardLevelMetrics.ALL],
)

processor = lambda_.Function(
    stack,
    "Processor",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    environment={"ORDERS_STREAM": orders.stream_name},
)
events.grant_read(processor)
orders.grant_read_write(processor)
audit.grant_write(processor)

consumer = kinesis.StreamConsumer(
    stack, "OrdersConsumer", stream=orders, stream_consumer_name="orders-fan-out"
)
reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
consumer.grant_read(reader)
managed.grant(reader, "kinesis:DescribeStreamSummary", "kinesis:ListShards")

# Another account, through the resource policies (a stream's leaves out consumer and account actions).
partner = iam.AccountPrincipal("111122223333")
plain.grant_read(partner)
consumer.grant(partner, "kinesis:DescribeStreamConsumer")
events.add_to_resource_policy(
    iam.PolicyStatement(actions=["kinesis:PutRecord"], resources=[events.stream_arn], principals=[partner])
)
kinesis.ResourcePolicy(
    stack,
    "ManagedPolicy",
    stream=managed,
    policy_document=iam.PolicyDocument(
        assign_sids=True,
        statements=[
            iam.PolicyStatement(
                actions=["kinesis:GetRecords", "kinesis:GetShardIterator"],
                resources=[managed.stream_arn],
                principals=[iam.AccountPrincipal("444455556666")],
            )
        ],
    ),
)

imported = kinesis.Stream.from_stream_arn(
    stack, "Imported", "arn:aws:kinesis:us-east-2:123456789012:stream/clicks"
)
imported.grant_read(processor)
imported_encrypted = kinesis.Stream.from_stream_attributes(
    stack,
    "ImportedEncrypted",
    stream_arn="arn:aws:kinesis:us-east-2:123456789012:stream/payments",
    encryption_key=kms.Key.from_key_arn(
        stack, "PaymentsKey", "arn:aws:kms:us-east-2:123456789012:key/12345678-1234-1234-1234-123456789012"
    ),
)
imported_encrypted.grant_write(reader)
imported_consumer = kinesis.StreamConsumer.from_stream_consumer_arn(
    stack,
    "ImportedConsumer",
    "arn:aws:kinesis:us-east-2:123456789012:stream/clicks/consumer/analytics:1700000000",
)
imported_consumer.grant_read(reader)

orders.metric_get_records_iterator_age_milliseconds().create_alarm(
    stack, "OrdersBehind", threshold=60000, evaluation_periods=3
)
events.metric_put_records_failed_records(statistic="Sum", period=cdk.Duration.minutes(1)).create_alarm(
    stack, "EventsFailing", threshold=1, evaluation_periods=1
)
imported.metric("IncomingRecords", statistic="Sum").create_alarm(
    stack, "ClicksBusy", threshold=100000, evaluation_periods=5
)

cdk.CfnOutput(stack, "OrdersArn", value=orders.stream_arn)
cdk.CfnOutput(stack, "OrdersName", value=orders.stream_name)
cdk.CfnOutput(stack, "ConsumerArn", value=consumer.stream_consumer_arn)
cdk.CfnOutput(stack, "ConsumerName", value=consumer.stream_consumer_name)
cdk.CfnOutput(stack, "ImportedName", value=imported.stream_name)
cdk.CfnOutput(stack, "ImportedConsumerName", value=imported_consumer.stream_consumer_name)
cdk.CfnOutput(stack, "ImportedConsumerStream", value=imported_consumer.stream.stream_arn)

app.synth()
