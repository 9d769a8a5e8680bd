import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2_integrations import HttpLambdaIntegration


class NoPermissionIntegration(HttpLambdaIntegration):
    """A Lambda integration whose routes add no invoke permission: the function gets one API-wide grant."""

    def _complete_bind(self, *, route, scope) -> None:
        return


app = cdk.App()
stack = cdk.Stack(app, "fuzz-pub-integration-bind-override")

fn = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
)
certificate = acm.Certificate.from_certificate_arn(
    stack, "Certificate", "arn:aws:acm:us-east-1:123456789012:certificate/abc"
)
domain = apigwv2.DomainName(stack, "Domain", domain_name="api.example.com", certificate=certificate)
api = apigwv2.HttpApi(
    stack,
    "Api",
    disable_execute_api_endpoint=True,
    default_domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain),
)
# One integration shared by three routes; none of them adds a lambda permission of its own.
integration = NoPermissionIntegration("Shared", fn)
api.add_routes(path="/{proxy+}", methods=[apigwv2.HttpMethod.OPTIONS], integration=integration)
api.add_routes(
    path="/items/{id}", methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.DELETE], integration=integration
)
# A second, plain integration of the same function keeps the per-route permission.
api.add_routes(
    path="/health", methods=[apigwv2.HttpMethod.GET], integration=HttpLambdaIntegration("Health", fn)
)
fn.add_permission(
    "ApiWide",
    principal=iam.ServicePrincipal("apigateway.amazonaws.com"),
    action="lambda:InvokeFunction",
    source_arn=f"arn:{cdk.Aws.PARTITION}:execute-api:{cdk.Aws.REGION}:{cdk.Aws.ACCOUNT_ID}:{api.api_id}/*",
)
cdk.CfnOutput(stack, "RegionalDomain", value=domain.regional_domain_name)

app.synth()
