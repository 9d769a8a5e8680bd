"""HttpApi with a CORS preflight (CorsHttpMethod list, Duration max_age) and an HttpUrlIntegration with parameter mapping as the default integration, plus a URL route."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(app, "http-cors-url")

default_integration = integrations.HttpUrlIntegration(
    "DefaultIntegration",
    "https://backend.example.com/{proxy}",
    parameter_mapping=apigwv2.ParameterMapping()
    .append_header("x-forwarded-api", apigwv2.MappingValue.custom("proxy-api"))
    .overwrite_path(apigwv2.MappingValue.request_path())
    .remove_header("cookie"),
)

api = apigwv2.HttpApi(
    stack,
    "ProxyApi",
    default_integration=default_integration,
    cors_preflight=apigwv2.CorsPreflightOptions(
        allow_headers=["Authorization", "Content-Type"],
        allow_methods=[
            apigwv2.CorsHttpMethod.GET,
            apigwv2.CorsHttpMethod.HEAD,
            apigwv2.CorsHttpMethod.OPTIONS,
            apigwv2.CorsHttpMethod.POST,
        ],
        allow_origins=["https://app.example.com", "https://admin.example.com"],
        max_age=cdk.Duration.minutes(10),
    ),
)

api.add_routes(
    path="/status",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpUrlIntegration(
        "StatusIntegration",
        "https://status.example.com/health",
        method=apigwv2.HttpMethod.GET,
        parameter_mapping=apigwv2.ParameterMapping().append_query_string(
            "source", apigwv2.MappingValue.context_variable("requestId")
        ),
    ),
)

wildcard = apigwv2.HttpApi(
    stack,
    "WildcardApi",
    cors_preflight=apigwv2.CorsPreflightOptions(
        allow_origins=["*"],
        allow_methods=[apigwv2.CorsHttpMethod.ANY],
        allow_headers=["*"],
        expose_headers=["x-request-id"],
        max_age=cdk.Duration.seconds(300),
    ),
)
wildcard.add_routes(
    path="/{proxy+}",
    methods=[apigwv2.HttpMethod.ANY],
    integration=integrations.HttpUrlIntegration("CatchAll", "https://catch.example.com/{proxy}"),
)

cdk.CfnOutput(stack, "ProxyUrl", value=api.url)

app.synth()
