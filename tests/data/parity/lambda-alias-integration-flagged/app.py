"""HttpLambdaIntegrations targeting a function alias, a published version and an imported function, on a dual-stack HttpApi."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "lambda-alias-integration")

fn = lambda_.Function(
    stack,
    "CheckoutFn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
    description="Checkout",
)
version = lambda_.Version(stack, "V1", lambda_=fn, description="first release")
live = lambda_.Alias(stack, "LiveAlias", alias_name="live", version=version)

imported = lambda_.Function.from_function_arn(
    stack,
    "Legacy",
    stack.format_arn(
        service="lambda",
        resource="function",
        resource_name="legacy-checkout",
        arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME,
    ),
)

api = apigwv2.HttpApi(stack, "CheckoutApi", ip_address_type=apigwv2.IpAddressType.DUAL_STACK)
api.add_routes(
    path="/checkout",
    methods=[apigwv2.HttpMethod.POST],
    integration=integrations.HttpLambdaIntegration("LiveCheckout", live),
)
api.add_routes(
    path="/checkout/preview",
    methods=[apigwv2.HttpMethod.POST],
    integration=integrations.HttpLambdaIntegration("VersionCheckout", version),
)
api.add_routes(
    path="/legacy/{proxy+}",
    methods=[apigwv2.HttpMethod.ANY],
    integration=integrations.HttpLambdaIntegration("LegacyCheckout", imported),
)

cdk.CfnOutput(stack, "AliasArn", value=live.function_arn)

app.synth()
