import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_logs_destinations as destinations

app = cdk.App()
stack = cdk.Stack(app, "LogSubscriptions")

access_logs = logs.LogGroup(stack, "AccessLogs", retention=logs.RetentionDays.ONE_WEEK)
processor = lambda_.Function(
    stack,
    "Processor",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
)
access_logs.add_subscription_filter(
    "Errors",
    destination=destinations.LambdaDestination(processor),
    filter_pattern=logs.FilterPattern.all_terms("ERROR"),
)
logs.SubscriptionFilter(
    stack,
    "Everything",
    log_group=access_logs,
    destination=destinations.KinesisDestination(kinesis.Stream(stack, "Archive")),
    filter_pattern=logs.FilterPattern.all_events(),
    filter_name="everything",
    distribution=logs.Distribution.RANDOM,
)
role = iam.Role(stack, "ToStream", assumed_by=iam.ServicePrincipal("logs.amazonaws.com"))
other = logs.LogGroup(stack, "Other")
other.add_subscription_filter(
    "WithRole",
    destination=destinations.KinesisDestination(kinesis.Stream(stack, "Second"), role=role),
    filter_pattern=logs.FilterPattern.literal("[ip, user, status=5*]"),
)
other.add_subscription_filter(
    "NoPermission",
    destination=destinations.LambdaDestination(processor, add_permissions=False),
    filter_pattern=logs.FilterPattern.exists("$.latency"),
)
logs.QueryDefinition(
    stack,
    "SlowRequests",
    query_definition_name="slow-requests",
    query_string=logs.QueryString(
        fields=["@timestamp", "routeKey", "responseLatency"],
        filter_statements=["responseLatency > 1000", "status >= 200"],
        sort="@timestamp desc",
        limit=50,
    ),
    log_groups=[access_logs],
)
logs.QueryDefinition(
    stack,
    "Counts",
    query_definition_name="counts",
    query_string=logs.QueryString(
        parse_statements=["@message \"* * *\" as a, b, c"], stats="count(*) by bin(5m)", display="a"
    ),
)
app.synth()
