"""DynamoDB Table and TableV2: sort keys, indexes, streams, TTL, point-in-time recovery, encryption, billing, imports, grants and metric alarms."""
import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "dynamodb-tables")

role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
writer = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

orders = dynamodb.Table(
    stack,
    "Orders",
    table_name="orders",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING),
    read_capacity=10,
    write_capacity=4,
    stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
        point_in_time_recovery_enabled=True, recovery_period_in_days=7
    ),
    encryption=dynamodb.TableEncryption.AWS_MANAGED,
    table_class=dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS,
    deletion_protection=True,
)
orders.add_local_secondary_index(
    index_name="byDate",
    sort_key=dynamodb.Attribute(name="createdAt", type=dynamodb.AttributeType.NUMBER),
    projection_type=dynamodb.ProjectionType.INCLUDE,
    non_key_attributes=["total", "status"],
)
orders.add_global_secondary_index(
    index_name="byCustomer",
    partition_key=dynamodb.Attribute(name="customerId", type=dynamodb.AttributeType.STRING),
    read_capacity=3,
    write_capacity=2,
)
orders.grant_read_data(role)
orders.grant_stream_read(role)
orders.grant(writer, "dynamodb:PutItem")
orders.grant_full_access(writer)
orders.metric_throttled_requests_for_operation("PutItem").create_alarm(stack, "Throttles", threshold=1, evaluation_periods=1)
orders.metric_consumed_read_capacity_units().create_alarm(stack, "ReadCapacity", threshold=8, evaluation_periods=3)
orders.metric_user_errors().create_alarm(stack, "UserErrors", threshold=10, evaluation_periods=1)

key = kms.Key(stack, "TableKey", enable_key_rotation=True)
sessions = dynamodb.Table(
    stack,
    "Sessions",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.BINARY),
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
    encryption=dynamodb.TableEncryption.CUSTOMER_MANAGED,
    encryption_key=key,
    time_to_live_attribute="ttl",
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
sessions.grant_read_write_data(writer)

owned = dynamodb.Table(
    stack,
    "Owned",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    encryption=dynamodb.TableEncryption.CUSTOMER_MANAGED,
)
owned.grant_write_data(role)

global_table = dynamodb.TableV2(
    stack,
    "Global",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.NUMBER),
    billing=dynamodb.Billing.on_demand(),
    dynamo_stream=dynamodb.StreamViewType.KEYS_ONLY,
    time_to_live_attribute="expires",
    point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(point_in_time_recovery_enabled=True),
    global_secondary_indexes=[
        dynamodb.GlobalSecondaryIndexPropsV2(
            index_name="byStatus",
            partition_key=dynamodb.Attribute(name="status", type=dynamodb.AttributeType.STRING),
            projection_type=dynamodb.ProjectionType.KEYS_ONLY,
        )
    ],
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
global_table.grant_read_write_data(role)
provisioned = dynamodb.TableV2(
    stack,
    "Provisioned",
    table_name="provisioned",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    billing=dynamodb.Billing.provisioned(
        read_capacity=dynamodb.Capacity.fixed(5),
        write_capacity=dynamodb.Capacity.autoscaled(max_capacity=10),
    ),
    encryption=dynamodb.TableEncryptionV2.aws_managed_key(),
    local_secondary_indexes=[
        dynamodb.LocalSecondaryIndexProps(
            index_name="byName", sort_key=dynamodb.Attribute(name="name", type=dynamodb.AttributeType.STRING)
        )
    ],
    sort_key=dynamodb.Attribute(name="version", type=dynamodb.AttributeType.NUMBER),
)
provisioned.grant_read_data(writer)

by_name = dynamodb.Table.from_table_name(stack, "ByName", "legacy")
by_name.grant_read_data(role)
by_arn = dynamodb.Table.from_table_arn(stack, "ByArn", "arn:aws:dynamodb:us-east-1:123456789012:table/other")
by_arn.grant_write_data(role)
by_attrs = dynamodb.Table.from_table_attributes(
    stack,
    "ByAttrs",
    table_name="indexed",
    global_indexes=["gsi1"],
    table_stream_arn="arn:aws:dynamodb:us-east-1:123456789012:table/indexed/stream/2024-01-01T00:00:00.000",
)
by_attrs.grant_read_write_data(writer)
by_attrs.grant_stream_read(writer)
v2_import = dynamodb.TableV2.from_table_name(stack, "V2Import", "v2-legacy")
v2_import.grant_read_data(writer)

cdk.CfnOutput(stack, "OrdersStream", value=orders.table_stream_arn)
cdk.CfnOutput(stack, "GlobalArn", value=global_table.table_arn)
cdk.CfnOutput(stack, "GlobalStream", value=global_table.table_stream_arn)
cdk.CfnOutput(stack, "ByArnName", value=by_arn.table_name)

app.synth()
