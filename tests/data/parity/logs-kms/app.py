"""CloudWatch Logs: a KMS-encrypted log group, metric filters with alarms, a resource policy, grants and imported groups."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "logs-kms")

key = kms.Key(stack, "LogKey", enable_key_rotation=True, alias="alias/logs", removal_policy=cdk.RemovalPolicy.DESTROY)
group = logs.LogGroup(
    stack,
    "AppLogs",
    log_group_name="/app/orders",
    encryption_key=key,
    retention=logs.RetentionDays.ONE_MONTH,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
errors = logs.MetricFilter(
    stack,
    "Errors",
    log_group=group,
    metric_namespace="Orders",
    metric_name="Errors",
    filter_pattern=logs.FilterPattern.literal("ERROR"),
    metric_value="1",
    default_value=0,
)
errors.metric(statistic="Sum").create_alarm(stack, "ErrorAlarm", threshold=5, evaluation_periods=1)
group.add_metric_filter(
    "Latency",
    metric_namespace="Orders",
    metric_name="Latency",
    filter_pattern=logs.FilterPattern.all_events(),
    metric_value="$.latency",
    unit=cdk.aws_cloudwatch.Unit.MILLISECONDS,
    filter_name="latency",
)
logs.ResourcePolicy(
    stack,
    "DeliveryPolicy",
    resource_policy_name="delivery",
    policy_statements=[
        iam.PolicyStatement(
            actions=["logs:CreateLogStream", "logs:PutLogEvents"],
            principals=[iam.ServicePrincipal("delivery.logs.amazonaws.com")],
            resources=[group.log_group_arn],
        )
    ],
)
group.grant_write(iam.ServicePrincipal("events.amazonaws.com"))

role = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
group.grant_write(role)
group.grant_read(role)
key.grant_encrypt_decrypt(role)
imported_key = kms.Key.from_key_arn(stack, "ImportedKey", "arn:aws:kms:us-east-1:123456789012:key/1234abcd")
imported_key.grant_decrypt(role)

by_name = logs.LogGroup.from_log_group_name(stack, "ByName", "/aws/lambda/legacy")
by_name.grant_write(role)
by_arn = logs.LogGroup.from_log_group_arn(stack, "ByArn", "arn:aws:logs:us-east-1:123456789012:log-group:/shared:*")
by_arn.grant(role, "logs:DescribeLogStreams")

cdk.CfnOutput(stack, "KeyArn", value=key.key_arn)
cdk.CfnOutput(stack, "KeyId", value=key.key_id)
cdk.CfnOutput(stack, "ByNameArn", value=by_name.log_group_arn)
cdk.CfnOutput(stack, "ByArnName", value=by_arn.log_group_name)

app.synth()
