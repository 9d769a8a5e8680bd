import datetime

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "application-autoscaling")

# Provisioned concurrency of an alias, tracking utilization and raised in the morning.
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)
alias = lambda_.Alias(stack, "Live", alias_name="live", version=fn.current_version, provisioned_concurrent_executions=2)
concurrency = alias.add_auto_scaling(max_capacity=20)
concurrency.scale_on_utilization(utilization_target=0.7, scale_in_cooldown=cdk.Duration.minutes(5))
concurrency.scale_on_schedule(
    "Morning", schedule=appscaling.Schedule.cron(hour="8", minute="0", week_day="MON-FRI"), min_capacity=5
)

# Read and write capacity of a provisioned table and of its index.
table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PROVISIONED,
    read_capacity=5,
    write_capacity=5,
)
table.add_global_secondary_index(
    index_name="byOwner",
    partition_key=dynamodb.Attribute(name="owner", type=dynamodb.AttributeType.STRING),
    read_capacity=3,
    write_capacity=3,
)
table.auto_scale_read_capacity(min_capacity=5, max_capacity=50).scale_on_utilization(target_utilization_percent=70)
writes = table.auto_scale_write_capacity(min_capacity=5, max_capacity=40)
writes.scale_on_utilization(
    target_utilization_percent=60,
    disable_scale_in=True,
    scale_in_cooldown=cdk.Duration.seconds(60),
    scale_out_cooldown=cdk.Duration.seconds(30),
    policy_name="table-writes",
)
writes.scale_on_schedule("Night", schedule=appscaling.Schedule.expression("cron(0 22 * * ? *)"), max_capacity=10)
table.auto_scale_global_secondary_index_read_capacity("byOwner", min_capacity=3, max_capacity=9).scale_on_utilization(
    target_utilization_percent=75
)
table.auto_scale_global_secondary_index_write_capacity("byOwner", min_capacity=3, max_capacity=6)

# A scalable target of its own: its role, schedules of every kind, and tracking policies.
target = appscaling.ScalableTarget(
    stack,
    "Service",
    service_namespace=appscaling.ServiceNamespace.ECS,
    resource_id="service/cluster/orders",
    scalable_dimension="ecs:service:DesiredCount",
    min_capacity=1,
    max_capacity=10,
)
target.scale_on_schedule("Every", schedule=appscaling.Schedule.rate(cdk.Duration.hours(12)), min_capacity=2)
target.scale_on_schedule(
    "Once",
    schedule=appscaling.Schedule.at(datetime.datetime(2027, 1, 1, 9, 30, tzinfo=datetime.timezone.utc)),
    max_capacity=8,
    start_time=datetime.datetime(2026, 12, 31, 0, 0, tzinfo=datetime.timezone.utc),
    time_zone=cdk.TimeZone.EUROPE_LONDON,
)
target.scale_to_track_metric(
    "Cpu", target_value=50, predefined_metric=appscaling.PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION
)
target.scale_to_track_metric(
    "Queue",
    target_value=100,
    custom_metric=cloudwatch.Metric(
        namespace="Orders", metric_name="Backlog", dimensions_map={"Queue": "orders"}, statistic="Average"
    ),
)
target.add_to_role_policy(iam.PolicyStatement(actions=["ecs:DescribeServices"], resources=["*"]))
imported = appscaling.ScalableTarget.from_scalable_target_attributes(
    stack,
    "Imported",
    scalable_target_id="service/cluster/billing|ecs:service:DesiredCount|ecs",
    scalable_dimension="ecs:service:DesiredCount",
    service_namespace="ecs",
)
by_id = appscaling.ScalableTarget.from_scalable_target_id(
    stack, "ById", "service/cluster/payments|ecs:service:DesiredCount|ecs"
)
cdk.CfnOutput(stack, "ImportedId", value=by_id.scalable_target_id)
appscaling.TargetTrackingScalingPolicy(
    stack,
    "ImportedMemory",
    scaling_target=imported,
    target_value=60,
    predefined_metric=appscaling.PredefinedMetric.ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
)
app.synth()
