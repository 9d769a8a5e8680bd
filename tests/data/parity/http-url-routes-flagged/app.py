"""HttpUrlIntegration with method, timeout and every parameter-mapping operation/value kind; proxy, root and ANY routes; URL default integration."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(app, "http-url-routes")

mapping = (
    apigwv2.ParameterMapping()
    .append_header("x-from-header", apigwv2.MappingValue.request_header("x-in"))
    .overwrite_header("x-query", apigwv2.MappingValue.request_query_string("q"))
    .remove_header("x-remove")
    .append_query_string("body", apigwv2.MappingValue.request_body("$.name"))
    .overwrite_query_string("path", apigwv2.MappingValue.request_path())
    .remove_query_string("debug")
    .overwrite_path(apigwv2.MappingValue.request_path_param("proxy"))
    .append_header("x-ctx", apigwv2.MappingValue.context_variable("requestId"))
    .append_header("x-stage", apigwv2.MappingValue.stage_variable("backend"))
    .append_header("x-custom", apigwv2.MappingValue.custom("static-value"))
)

post_integration = integrations.HttpUrlIntegration(
    "PostIntegration",
    "https://example.com/items",
    method=apigwv2.HttpMethod.POST,
    parameter_mapping=mapping,
    timeout=cdk.Duration.seconds(5),
)
proxy_integration = integrations.HttpUrlIntegration("ProxyIntegration", "https://example.com/{proxy}")
root_integration = integrations.HttpUrlIntegration("RootIntegration", "https://example.com/")

api = apigwv2.HttpApi(
    stack,
    "HttpApi",
    default_integration=integrations.HttpUrlIntegration("DefaultIntegration", "https://example.com/default"),
)
api.add_routes(path="/items", methods=[apigwv2.HttpMethod.POST, apigwv2.HttpMethod.PUT], integration=post_integration)
api.add_routes(path="/{proxy+}", integration=proxy_integration)
api.add_routes(path="/", methods=[apigwv2.HttpMethod.GET], integration=root_integration)
api.add_routes(path="/any", methods=[apigwv2.HttpMethod.ANY], integration=root_integration)
api.add_routes(
    path="/custom",
    methods=[apigwv2.HttpMethod.PATCH, apigwv2.HttpMethod.HEAD, apigwv2.HttpMethod.OPTIONS],
    integration=integrations.HttpUrlIntegration(
        "CustomMapping",
        "https://example.com/custom",
        parameter_mapping=apigwv2.ParameterMapping.from_object(
            {"overwrite:header.x-one": apigwv2.MappingValue.custom("1")}
        ).custom("append:querystring.two", "2"),
    ),
)

app.synth()
