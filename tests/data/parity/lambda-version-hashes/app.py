"""current_version hashes of functions with tracing, logging options and layers (app-defined and imported)."""

import os

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

LAYER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "layer")

app = cdk.App()
stack = cdk.Stack(app, "lambda-version-hashes")
code = lambda_.Code.from_inline("def handler(event, context):\n    return {}")


def function(id: str, **options: object) -> lambda_.Function:
    fn = lambda_.Function(stack, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code, **options)
    fn.current_version  # noqa: B018 - the version's logical ID hashes the function's configuration
    return fn


# Tracing with JSON logging, tracing with a log group of its own, and more options besides.
function(
    "TracedJson",
    tracing=lambda_.Tracing.ACTIVE,
    logging_format=lambda_.LoggingFormat.JSON,
    application_log_level_v2=lambda_.ApplicationLogLevel.INFO,
    system_log_level_v2=lambda_.SystemLogLevel.WARN,
)
function("TracedLogGroup", tracing=lambda_.Tracing.ACTIVE, log_group=logs.LogGroup(stack, "Logs"))
function(
    "Everything",
    tracing=lambda_.Tracing.ACTIVE,
    logging_format=lambda_.LoggingFormat.JSON,
    environment={"APP_MODE": "1"},
    reserved_concurrent_executions=5,
    function_name="everything",
    memory_size=256,
    timeout=cdk.Duration.seconds(10),
)

# Layers: one of the app with a description, runtimes and a licence, one plain, and an imported one.
described = lambda_.LayerVersion(
    stack,
    "Described",
    code=lambda_.Code.from_asset(LAYER),
    description="shared code",
    compatible_runtimes=[lambda_.Runtime.PYTHON_3_12],
    license="MIT",
)
plain = lambda_.LayerVersion(stack, "Plain", code=lambda_.Code.from_asset(LAYER))
imported = lambda_.LayerVersion.from_layer_version_arn(
    stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:layer:extension:3"
)
function("Layered", layers=[described, plain, imported], logging_format=lambda_.LoggingFormat.JSON)
app.synth()
