"""GET /books served by a Lambda function (HttpLambdaIntegration)."""

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "LambdaBooks")

books_fn = lambda_.Function(
    stack,
    "BooksFn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline(
        "exports.handler = async () => ({ statusCode: 200, body: JSON.stringify(['book-1', 'book-2']) });"
    ),
)

http_api = apigwv2.HttpApi(stack, "HttpApi")
http_api.add_routes(
    path="/books",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpLambdaIntegration("BooksIntegration", books_fn),
)
cdk.CfnOutput(stack, "Url", value=http_api.url or "")

app.synth()
