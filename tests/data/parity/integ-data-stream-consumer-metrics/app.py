"""A stream with chosen shard-level metrics, one with all of them, an enhanced fan-out consumer read by a
role, a stream resource policy for the own account, a table streaming to Kinesis, and RemovalPolicies."""

from aws_cdk import App, RemovalPolicies, Stack
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis

app = App()
stack = Stack(app, "integ-data-stream-consumer-metrics")

clicks = kinesis.Stream(
    stack,
    "Clicks",
    shard_level_metrics=[
        kinesis.ShardLevelMetrics.INCOMING_RECORDS,
        kinesis.ShardLevelMetrics.ITERATOR_AGE_MILLISECONDS,
        kinesis.ShardLevelMetrics.READ_PROVISIONED_THROUGHPUT_EXCEEDED,
    ],
)
kinesis.Stream(stack, "Views", shard_level_metrics=[kinesis.ShardLevelMetrics.ALL])

fan_out = kinesis.StreamConsumer(stack, "FanOut", stream_consumer_name="click-fan-out", stream=clicks)
fan_out.grant_read(iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal()))

clicks.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["kinesis:DescribeStreamSummary", "kinesis:GetRecords"],
        resources=[clicks.stream_arn],
        principals=[iam.AccountPrincipal(stack.account)],
    )
)

dynamodb.Table(
    stack,
    "Sessions",
    partition_key=dynamodb.Attribute(name="sessionId", type=dynamodb.AttributeType.STRING),
    kinesis_stream=clicks,
)
RemovalPolicies.of(stack).destroy()
app.synth()
