"""Lambda functions with CodeGuru profiling: a new profiling group, its publish grant and the agent's environment."""
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "lambda-profiling")

profiled = lambda_.Function(
    stack,
    "Profiled",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    profiling=True,
    environment={"STAGE": "prod"},
)
lambda_.Function(
    stack,
    "NotProfiled",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    profiling=False,
)
lambda_.SingletonFunction(
    stack,
    "Singleton",
    uuid="8c5e2a6e-4c0e-4a3f-9a53-3d2b1f0c7e11",
    runtime=lambda_.Runtime.PYTHON_3_13,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    profiling=True,
)
cdk.CfnOutput(stack, "ProfiledName", value=profiled.function_name)

app.synth()
