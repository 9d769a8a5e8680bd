"""Two HttpApis in one stack backed by one function (an integration per API), path parameters, add_routes with many methods, and URL/endpoint outputs."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "http-multi-api")

handler = lambda_.Function(
    stack,
    "ItemsHandler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
)

public_api = apigwv2.HttpApi(stack, "PublicApi", api_name="items-public")
admin_api = apigwv2.HttpApi(stack, "AdminApi", api_name="items-admin", description="Admin API")

public_integration = integrations.HttpLambdaIntegration("PublicItems", handler)
admin_integration = integrations.HttpLambdaIntegration(
    "AdminItems", handler, payload_format_version=apigwv2.PayloadFormatVersion.VERSION_1_0
)

public_api.add_routes(
    path="/items",
    methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.HEAD],
    integration=public_integration,
)
public_api.add_routes(
    path="/items/{itemId}",
    methods=[apigwv2.HttpMethod.GET],
    integration=public_integration,
)
admin_api.add_routes(
    path="/items/{itemId}",
    methods=[
        apigwv2.HttpMethod.PUT,
        apigwv2.HttpMethod.PATCH,
        apigwv2.HttpMethod.DELETE,
        apigwv2.HttpMethod.OPTIONS,
    ],
    integration=admin_integration,
)
admin_api.add_routes(
    path="/users/{userId}/items/{itemId}",
    integration=admin_integration,
)

cdk.CfnOutput(stack, "PublicUrl", value=public_api.url)
cdk.CfnOutput(stack, "PublicEndpoint", value=public_api.api_endpoint)
cdk.CfnOutput(stack, "AdminStageUrl", value=admin_api.default_stage.url)
cdk.CfnOutput(stack, "AdminApiId", value=admin_api.http_api_id)

app.synth()
