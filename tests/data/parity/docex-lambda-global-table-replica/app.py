import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
account = "123456789012"
table_stack = cdk.Stack(app, "docex-lambda-global-table", env=cdk.Environment(account=account, region="us-west-2"))
table = dynamodb.TableV2(
    table_stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    replicas=[dynamodb.ReplicaTableProps(region="us-east-1")],
)

# A function in the replica's region reads the replica: the unnamed global table gets a generated name,
# which the other stack uses instead of a cross-region reference.
reader_stack = cdk.Stack(app, "docex-lambda-global-table-reader", env=cdk.Environment(account=account, region="us-east-1"))
reader = lambda_.Function(
    reader_stack,
    "Reader",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({});"),
)
replica = table.replica("us-east-1")
replica.grant_read_data(reader)
cloudwatch.Alarm(
    reader_stack,
    "ReadAlarm",
    metric=replica.metric_consumed_read_capacity_units(),
    evaluation_periods=1,
    threshold=1,
)

app.synth()
