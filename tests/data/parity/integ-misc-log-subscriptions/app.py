"""Log groups streamed to a function and a stream, and a rule that writes to a log group."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_logs_destinations as destinations

# The resource policy's SDK calls log their responses; set after the CLI context, so under the `cdk init` flags too.
app = cdk.App(post_cli_context={"@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault": True})
stack = cdk.Stack(app, "integ-misc-log-subscriptions")

audit_logs = logs.LogGroup(stack, "AuditLogs", removal_policy=cdk.RemovalPolicy.DESTROY)
indexer = lambda_.Function(
    stack,
    "Indexer",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => 'indexed';"),
)
logs.SubscriptionFilter(
    stack,
    "ToIndexer",
    log_group=audit_logs,
    destination=destinations.LambdaDestination(indexer),
    filter_pattern=logs.FilterPattern.all_events(),
)

archive = kinesis.Stream(stack, "Archive")
access_logs = logs.LogGroup(stack, "AccessLogs", removal_policy=cdk.RemovalPolicy.DESTROY)
logs.SubscriptionFilter(
    stack,
    "ToArchive",
    log_group=access_logs,
    destination=destinations.KinesisDestination(archive),
    filter_pattern=logs.FilterPattern.literal("ERROR"),
    filter_name="errors-only",
)

signups = events.Rule(
    stack,
    "Signups",
    event_pattern=events.EventPattern(source=["shop.accounts"], detail_type=["SignedUp"]),
)
signups.add_target(
    targets.CloudWatchLogGroup(
        audit_logs,
        log_event=targets.LogGroupTargetInput.from_object_v2(message="new account"),
    )
)
app.synth()
