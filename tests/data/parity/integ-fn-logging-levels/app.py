import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "integ-fn-logging-levels")
inline = {
    "runtime": lambda_.Runtime.NODEJS_22_X,
    "handler": "index.handler",
    "code": lambda_.Code.from_inline("exports.handler = async () => 'ok';"),
}

named_logs = logs.LogGroup(stack, "NamedLogs", log_group_name="reports-logs")
lambda_.Function(stack, "ToNamedLogs", log_group=named_logs, **inline)
lambda_.Function(stack, "ToOwnLogs", log_group=logs.LogGroup(stack, "OwnLogs"), **inline)
lambda_.Function(stack, "PlainText", logging_format=lambda_.LoggingFormat.TEXT, **inline)
lambda_.Function(
    stack,
    "JsonOldLevels",
    logging_format=lambda_.LoggingFormat.JSON,
    system_log_level="WARN",
    application_log_level="ERROR",
    **inline,
)
lambda_.Function(
    stack,
    "JsonLevels",
    logging_format=lambda_.LoggingFormat.JSON,
    system_log_level_v2=lambda_.SystemLogLevel.DEBUG,
    application_log_level_v2=lambda_.ApplicationLogLevel.TRACE,
    ephemeral_storage_size=cdk.Size.gibibytes(2),
    insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_119_0,
    architecture=lambda_.Architecture.ARM_64,
    **inline,
)

jobs = sqs.Queue(stack, "Jobs")
for name, pollers in (("FewPollers", {"maximum_pollers": 20}), ("ManyPollers", {"minimum_pollers": 4})):
    reader = lambda_.Function(stack, name, **inline)
    source = sources.SqsEventSource(jobs, provisioned_poller_config=pollers)
    reader.add_event_source(source)
    cdk.CfnOutput(stack, f"{name}Mapping", value=source.event_source_mapping_id)

flags = dynamodb.Table(
    stack,
    "Flags",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    stream=dynamodb.StreamViewType.NEW_IMAGE,
)
on_flag = lambda_.Function(stack, "OnFlag", **inline)
on_flag.add_event_source(
    sources.DynamoEventSource(
        flags,
        starting_position=lambda_.StartingPosition.LATEST,
        batch_size=5,
        filters=[
            lambda_.FilterCriteria.filter(
                {
                    "eventName": lambda_.FilterRule.is_equal("MODIFY"),
                    "dynamodb": {"NewImage": {"enabled": {"BOOL": lambda_.FilterRule.is_equal(False)}}},
                }
            )
        ],
    )
)

app.synth()
