"""One HttpLambdaIntegration instance shared by several routes and the HttpApi default integration."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "http-lambda-shared")

fn = lambda_.Function(
    stack,
    "BooksFn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)

integration = integrations.HttpLambdaIntegration("BooksIntegration", fn)

api = apigwv2.HttpApi(stack, "HttpApi", default_integration=integration)
api.add_routes(path="/books", methods=[apigwv2.HttpMethod.GET], integration=integration)
api.add_routes(path="/books", methods=[apigwv2.HttpMethod.POST], integration=integration)
api.add_routes(path="/books/{id}", methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.DELETE], integration=integration)

app.synth()
