"""HttpApi with an explicit $default HttpStage, a root route, HttpRouteKey.DEFAULT via HttpRoute, rate-only throttling, and a Lambda function with a name, timeout and extra environment."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "http-misc-routes")

fn = lambda_.Function(
    stack,
    "SiteFn",
    function_name="site-handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    timeout=cdk.Duration.seconds(5),
    environment={"STAGE": "prod"},
)
fn.add_environment("FEATURE_FLAGS", "beta")

api = apigwv2.HttpApi(stack, "SiteApi", create_default_stage=False)
site = integrations.HttpLambdaIntegration("Site", fn)
api.add_routes(path="/", methods=[apigwv2.HttpMethod.GET], integration=site)
api.add_routes(path="/{page}", integration=site)
apigwv2.HttpRoute(
    stack,
    "CatchAll",
    http_api=api,
    route_key=apigwv2.HttpRouteKey.DEFAULT,
    integration=integrations.HttpUrlIntegration("Fallback", "https://fallback.example.com"),
)
stage = apigwv2.HttpStage(
    stack,
    "DefaultStage",
    http_api=api,
    stage_name="$default",
    auto_deploy=True,
    throttle=apigwv2.ThrottleSettings(rate_limit=5),
)

cdk.CfnOutput(stack, "StageUrl", value=stage.url)
cdk.CfnOutput(stack, "FunctionName", value=fn.function_name)

app.synth()
