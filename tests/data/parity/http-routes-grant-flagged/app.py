"""HttpRoute.grant_invoke on IAM-authorized routes, and an explicit HttpRoute built from HttpRouteKey.with_."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "http-routes-grant")

api = apigwv2.HttpApi(stack, "HttpApi")
integration = integrations.HttpUrlIntegration("PetsIntegration", "https://example.com/pets")

route = apigwv2.HttpRoute(
    stack,
    "R",
    http_api=api,
    route_key=apigwv2.HttpRouteKey.with_("/pets", apigwv2.HttpMethod.GET),
    integration=integration,
    authorizer=authorizers.HttpIamAuthorizer(),
)

iam_routes = api.add_routes(
    path="/pets/{id}",
    methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.DELETE],
    integration=integration,
    authorizer=authorizers.HttpIamAuthorizer(),
)
any_route = api.add_routes(path="/any", integration=integration, authorizer=authorizers.HttpIamAuthorizer())[0]

role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
route.grant_invoke(role)
for r in iam_routes:
    r.grant_invoke(role)
any_route.grant_invoke(role, http_methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST])

public = apigwv2.HttpRoute(
    stack,
    "Public",
    http_api=api,
    route_key=apigwv2.HttpRouteKey.with_("/public"),
    integration=integration,
)

cdk.CfnOutput(stack, "RoutePath", value=route.path or "")
cdk.CfnOutput(stack, "RouteArn", value=route.route_arn)

app.synth()
