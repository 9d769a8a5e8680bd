"""Function props that only render properties: runtime management (function update and a pinned version), per-tenant isolation, durable execution settings, environment encryption with a KMS key, and a given dead-letter queue."""
import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "lambda-function-props")

code = lambda_.Code.from_inline("def handler(event, context):\n    return 1\n")
key = kms.Key(stack, "EnvKey")
lambda_.Function(
    stack, "Updated", runtime=lambda_.Runtime.PYTHON_3_13, handler="index.handler", code=code,
    runtime_management_mode=lambda_.RuntimeManagementMode.FUNCTION_UPDATE,
    environment={"LOG_LEVEL": "INFO"}, environment_encryption=key,
)
lambda_.Function(
    stack, "Pinned", runtime=lambda_.Runtime.PYTHON_3_13, handler="index.handler", code=code,
    runtime_management_mode=lambda_.RuntimeManagementMode.manual("arn:aws:lambda:us-east-1::runtime:abc"),
    tenancy_config=lambda_.TenancyConfig.PER_TENANT,
)
lambda_.Function(
    stack, "Durable", runtime=lambda_.Runtime.PYTHON_3_13, handler="index.handler", code=code,
    durable_config=lambda_.DurableConfig(execution_timeout=cdk.Duration.hours(2), retention_period=cdk.Duration.days(7)),
    dead_letter_queue=sqs.Queue(stack, "Dlq"),
)
app.synth()
