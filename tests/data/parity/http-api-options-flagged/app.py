"""HttpApi options: name, description, CORS preflight, disabled endpoint, route selection, explicit stages, stage variables and URL/ARN outputs."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2

app = cdk.App()
stack = cdk.Stack(app, "http-api-options")

api = apigwv2.HttpApi(
    stack,
    "HttpApi",
    api_name="books-api",
    description="Books API",
    disable_execute_api_endpoint=True,
    create_default_stage=False,
    route_selection_expression=True,
    cors_preflight=apigwv2.CorsPreflightOptions(
        allow_origins=["https://a.example"],
        allow_methods=[apigwv2.CorsHttpMethod.GET, apigwv2.CorsHttpMethod.ANY],
        allow_headers=["x"],
        expose_headers=["y"],
        max_age=cdk.Duration.days(1),
        allow_credentials=True,
    ),
)

prod = api.add_stage(
    "prod",
    stage_name="prod",
    auto_deploy=True,
    throttle=apigwv2.ThrottleSettings(rate_limit=10, burst_limit=5),
    detailed_metrics_enabled=True,
    description="p",
)

beta = apigwv2.HttpStage(
    stack,
    "Beta",
    http_api=api,
    stage_name="beta",
    stage_variables={"b": "2", "a": "1"},
)
beta.add_stage_variable("c", "3")

plain = apigwv2.HttpApi(stack, "PlainApi")

# api.api_endpoint raises ApiEndpointAccessibleDisableExecute because the execute-api endpoint is disabled.
cdk.CfnOutput(stack, "ProdUrl", value=prod.url)
cdk.CfnOutput(stack, "BetaUrl", value=beta.url)
cdk.CfnOutput(stack, "ArnRoute", value=api.arn_for_execute_api("GET", "/books", "prod"))
cdk.CfnOutput(stack, "ArnAll", value=api.arn_for_execute_api())
cdk.CfnOutput(stack, "PlainUrl", value=plain.url)
cdk.CfnOutput(stack, "PlainDefaultStageUrl", value=plain.default_stage.url)
cdk.CfnOutput(stack, "PlainApiId", value=plain.api_id)
cdk.CfnOutput(stack, "PlainEndpoint", value=plain.api_endpoint)

app.synth()
