"""Names from a CfnParameter on an HTTP API, its functions and role; a Lambda authorizer without identity
sources or caching and with IAM responses; two methods on one proxy path with payload format 1.0."""

import aws_cdk as cdk
import aws_cdk.aws_apigatewayv2_alpha as apigwv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_ssm as ssm
from aws_cdk.aws_apigatewayv2_authorizers_alpha import HttpLambdaAuthorizer, HttpLambdaResponseType
from aws_cdk.aws_apigatewayv2_integrations_alpha import HttpLambdaIntegration

app = cdk.App()
stack = cdk.Stack(app, "alpha-http-parameter-names")
prefix = cdk.CfnParameter(stack, "prefix", type="String", default="kennel")
secret = cdk.CfnParameter(stack, "secret", type="String", no_echo=True)
role = iam.Role(
    stack,
    "HandlerRole",
    role_name=f"{prefix.value_as_string}-handlers",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
)
role.add_to_policy(iam.PolicyStatement(actions=["logs:*"], resources=["*"]))
ssm.StringParameter(stack, "Token", parameter_name="/kennel/token", string_value=secret.value_as_string)


def handler(name, timeout=None):
    return lambda_.Function(
        stack,
        f"{name}Fn",
        function_name=f"{prefix.value_as_string}-{name}",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {}\n"),
        timeout=timeout,
        role=role,
    )


guard = HttpLambdaAuthorizer(
    "Guard",
    handler("guard"),
    identity_source=[],
    results_cache_ttl=cdk.Duration.seconds(0),
    response_types=[HttpLambdaResponseType.IAM],
)
api = apigwv2.HttpApi(stack, "Api", api_name=f"{prefix.value_as_string}-dogs", create_default_stage=True)
for method, name in ((apigwv2.HttpMethod.GET, "fetch"), (apigwv2.HttpMethod.PUT, "store")):
    api.add_routes(
        path="/dogs/{proxy+}",
        methods=[method],
        integration=HttpLambdaIntegration(
            name,
            handler(name, cdk.Duration.seconds(300)),
            payload_format_version=apigwv2.PayloadFormatVersion.VERSION_1_0,
        ),
        authorizer=guard,
    )
cdk.CfnOutput(stack, "Endpoint", value=api.api_endpoint)
app.synth()
