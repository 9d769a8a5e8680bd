"""Function logging: log_group, logging_format, application and system log levels (v2 enums and strings)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "lambda-logging")
code = lambda_.Code.from_inline("def handler(event, context):\n    return {}\n")


def make(id, **kwargs):
    return lambda_.Function(stack, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code, **kwargs)


log_group = logs.LogGroup(stack, "Logs", retention=logs.RetentionDays.ONE_WEEK, removal_policy=cdk.RemovalPolicy.DESTROY)
make("GroupOnly", log_group=log_group)
make(
    "Json",
    logging_format=lambda_.LoggingFormat.JSON,
    application_log_level_v2=lambda_.ApplicationLogLevel.DEBUG,
    system_log_level_v2=lambda_.SystemLogLevel.WARN,
    log_group=log_group,
)
make("JsonOnly", logging_format=lambda_.LoggingFormat.JSON)
make("Text", logging_format=lambda_.LoggingFormat.TEXT)
make("Strings", log_format="JSON", application_log_level="ERROR", system_log_level="DEBUG")
imported = logs.LogGroup.from_log_group_arn(
    stack, "Imported", "arn:aws:logs:us-east-1:123456789012:log-group:shared-logs:*"
)
make("ImportedGroup", log_group=imported)
versioned = make("Versioned", logging_format=lambda_.LoggingFormat.JSON, log_group=log_group)
versioned.add_alias("live")
app.synth()
