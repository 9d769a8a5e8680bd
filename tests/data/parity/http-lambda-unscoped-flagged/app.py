"""HttpLambdaIntegration with an unscoped invoke permission, and one with payload v1.0, timeout and parameter mapping."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "http-lambda-unscoped")

fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)
fn_v1 = lambda_.Function(
    stack,
    "FnV1",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)

unscoped = integrations.HttpLambdaIntegration("Unscoped", fn, scope_permission_to_route=False)
v1 = integrations.HttpLambdaIntegration(
    "V1",
    fn_v1,
    payload_format_version=apigwv2.PayloadFormatVersion.VERSION_1_0,
    timeout=cdk.Duration.seconds(10),
    parameter_mapping=apigwv2.ParameterMapping()
    .append_header("x-stage", apigwv2.MappingValue.context_variable("stage"))
    .overwrite_path(apigwv2.MappingValue.custom("/v1/items")),
)

api = apigwv2.HttpApi(stack, "HttpApi")
api.add_routes(path="/a", methods=[apigwv2.HttpMethod.GET], integration=unscoped)
api.add_routes(path="/b", methods=[apigwv2.HttpMethod.POST], integration=unscoped)
api.add_routes(path="/v1", methods=[apigwv2.HttpMethod.GET], integration=v1)

app.synth()
