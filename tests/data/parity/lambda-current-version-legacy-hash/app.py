"""Function.current_version: hashed logical IDs over code, environment, description, memory, layers and more."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "lambda-current-version")
code = lambda_.Code.from_inline("def handler(event, context):\n    return {}\n")


def make(id, **kwargs):
    kwargs.setdefault("code", code)
    return lambda_.Function(stack, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", **kwargs)


base = make("Base")
base.current_version
make("OtherCode", code=lambda_.Code.from_inline("def handler(event, context):\n    return 1\n")).current_version
make("Env", environment={"STAGE": "prod"}).current_version
later = make("EnvLater", environment={"STAGE": "prod"})
later.current_version
later.add_environment("TABLE", "books")
make("Described", description="Books handler").current_version
make("Memory", memory_size=512, timeout=cdk.Duration.seconds(10)).current_version
layer = lambda_.LayerVersion.from_layer_version_arn(
    stack, "Layer", "arn:aws:lambda:us-east-1:123456789012:layer:shared:3"
)
make("Layered", layers=[layer]).current_version
reserved = make("Reserved", reserved_concurrent_executions=5)
reserved.current_version
cdk.Tags.of(reserved).add("team", "books")
dependent = make("Dependent")
dependent.node.add_dependency(base)
dependent.current_version
invalidated = make("Invalidated")
invalidated.invalidate_version_based_on("2024-06-01")
invalidated.current_version
retained = make(
    "Retained",
    current_version_options=lambda_.VersionOptions(
        description="retained", removal_policy=cdk.RemovalPolicy.RETAIN, provisioned_concurrent_executions=2
    ),
)
retained.current_version
make("Destroyed", current_version_options={"removal_policy": cdk.RemovalPolicy.DESTROY}).current_version
make("Aliased").add_alias("live", description="live alias")
make("VersionAlias").current_version.add_alias("prod")

handler = make("Handler", environment={"STAGE": "prod"}, memory_size=256)
live = lambda_.Alias(stack, "Live", alias_name="live", version=handler.current_version)
api = apigwv2.HttpApi(stack, "Api")
api.add_routes(path="/books", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpLambdaIntegration("Live", live))
api.add_routes(
    path="/version",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpLambdaIntegration("Version", handler.current_version),
)
cdk.CfnOutput(stack, "VersionArn", value=handler.current_version.function_arn)
cdk.CfnOutput(stack, "Version", value=handler.current_version.version)
cdk.CfnOutput(stack, "LatestArn", value=handler.latest_version.function_arn)
cdk.CfnOutput(stack, "LatestName", value=handler.latest_version.function_name)
app.synth()
