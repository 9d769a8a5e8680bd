import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "fuzz-core-nested-transforms")

# A nested stack whose output reads a mapping with a default value: the function needs the
# AWS::LanguageExtensions transform, which the nested template lists.
nested = cdk.NestedStack(stack, "Sizing")
sizes = cdk.CfnMapping(
    nested, "Sizes", mapping={"us-east-1": {"memory": "256"}, "eu-west-1": {"memory": "512"}}
)
memory = sizes.find_in_map(cdk.Aws.REGION, "memory", "128")
handler = lambda_.Function(
    nested,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}"),
)
handler.node.default_child.add_property_override("MemorySize", memory)
cdk.CfnOutput(nested, "Memory", value=memory)

api = apigwv2.HttpApi(stack, "Api")
api.add_routes(
    path="/size",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpLambdaIntegration("SizeIntegration", handler),
)
cdk.CfnOutput(stack, "Url", value=api.url)

app.synth()
