"""Request parameter mapping on an HTTP proxy: headers, query strings and the path rewritten."""

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(app, "ParameterMapping")

mapping = (
    apigwv2.ParameterMapping()
    .append_header("x-request-id", apigwv2.MappingValue.context_variable("requestId"))
    .overwrite_header("x-api-version", apigwv2.MappingValue.custom("2"))
    .remove_header("x-debug")
    .append_query_string("source", apigwv2.MappingValue.request_header("x-source"))
    .overwrite_path(apigwv2.MappingValue.request_path_param("proxy"))
)

http_api = apigwv2.HttpApi(stack, "HttpApi")
http_api.add_routes(
    path="/api/{proxy+}",
    integration=integrations.HttpUrlIntegration(
        "BackendIntegration", "https://backend.example.com", parameter_mapping=mapping
    ),
)

app.synth()
