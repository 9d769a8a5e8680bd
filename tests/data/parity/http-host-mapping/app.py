"""Parameter mappings that set the Host header (which API Gateway does not reserve) next to others."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(app, "HostMapping")
api = apigwv2.HttpApi(stack, "Api")
api.add_routes(
    path="/app/{proxy+}",
    integration=integrations.HttpUrlIntegration(
        "App",
        "https://backend.example.com/{proxy}",
        parameter_mapping=apigwv2.ParameterMapping()
        .overwrite_header("Host", apigwv2.MappingValue.custom("app.example.com"))
        .append_header("x-request-id", apigwv2.MappingValue.context_variable("requestId"))
        .overwrite_path(apigwv2.MappingValue.request_path_param("proxy")),
    ),
)
api.add_routes(
    path="/legacy",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpUrlIntegration(
        "Legacy",
        "https://legacy.example.com",
        parameter_mapping=apigwv2.ParameterMapping().append_header(
            "host", apigwv2.MappingValue.request_header("x-original-host")
        ),
    ),
)
cdk.CfnOutput(stack, "Url", value=api.url or "")
app.synth()
