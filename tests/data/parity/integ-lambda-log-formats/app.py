import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "integ-lambda-log-formats")
log_group = logs.LogGroup(stack, "NamedLogs", log_group_name="team-logs")
common = dict(code=lambda_.InlineCode("foo"), handler="index.handler", runtime=lambda_.Runtime.NODEJS_18_X)
lambda_.Function(stack, "NamedLogsFn", log_group=log_group, **common)
lambda_.Function(stack, "AnonLogsFn",
    log_group=logs.LogGroup(stack, "AnonLogs"), **common)
lambda_.Function(stack, "TextFn", log_format="Text", **common)
lambda_.Function(stack, "JsonFn", log_format="JSON", **common)
lambda_.Function(stack, "LevelsFn", log_format="JSON", system_log_level_v2=lambda_.SystemLogLevel.INFO,
    application_log_level_v2=lambda_.ApplicationLogLevel.INFO, **common)
app.synth()
