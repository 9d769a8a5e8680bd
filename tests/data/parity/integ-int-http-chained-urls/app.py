"""An HTTP API whose default route proxies to the URL of another HTTP API backed by a Lambda function."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "integ-int-http-chained-urls")

echo = lambda_.Function(
    stack,
    "Echo",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.InlineCode("exports.handler = async (e) => ({ statusCode: 200, body: e.rawPath });"),
)
backend = apigwv2.HttpApi(
    stack, "Backend", default_integration=integrations.HttpLambdaIntegration("EchoIntegration", echo)
)
front = apigwv2.HttpApi(
    stack,
    "Front",
    default_integration=integrations.HttpUrlIntegration(
        "BackendUrl", backend.url, method=apigwv2.HttpMethod.GET, timeout=cdk.Duration.seconds(12)
    ),
)
front.add_routes(
    path="/direct",
    methods=[apigwv2.HttpMethod.POST],
    integration=integrations.HttpUrlIntegration("BackendEndpoint", backend.api_endpoint),
)
cdk.CfnOutput(stack, "FrontUrl", value=front.url)
cdk.CfnOutput(stack, "BackendUrl", value=backend.url)

app.synth()
