"""HttpApi with an HttpIamAuthorizer as default authorizer, a public route with HttpNoneAuthorizer, and grant_invoke to two roles."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "http-iam-auth")

handler = lambda_.Function(
    stack,
    "ReportsHandler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
)

api = apigwv2.HttpApi(stack, "ReportsApi", default_authorizer=authorizers.HttpIamAuthorizer())
reports = integrations.HttpLambdaIntegration("Reports", handler)

report_routes = api.add_routes(
    path="/reports/{reportId}",
    methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.DELETE],
    integration=reports,
)
list_routes = api.add_routes(path="/reports", methods=[apigwv2.HttpMethod.GET], integration=reports)
api.add_routes(
    path="/ping",
    methods=[apigwv2.HttpMethod.GET],
    integration=reports,
    authorizer=apigwv2.HttpNoneAuthorizer(),
)

reader = iam.Role(
    stack,
    "ReaderRole",
    assumed_by=iam.AccountRootPrincipal(),
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")],
)
for route in [report_routes[0], *list_routes]:
    route.grant_invoke(reader, http_methods=[apigwv2.HttpMethod.GET])

auditor = iam.Role(stack, "AuditorRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
report_routes[1].grant_invoke(auditor)

app.synth()
