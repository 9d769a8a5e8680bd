"""Each kind of HTTP authorizer guards a route, and its authorization type and id are stack outputs."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "integ-http-authorizer-outputs")

gatekeeper = lambda_.Function(
    stack,
    "Gatekeeper",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.InlineCode(
        "exports.handler = async (e) => ({ isAuthorized: e.headers['x-pass'] === 'ok' });"
    ),
)
members = cognito.UserPool(stack, "Members")
api = apigwv2.HttpApi(stack, "Library", default_authorizer=authorizers.HttpIamAuthorizer())
catalog = integrations.HttpUrlIntegration("Catalog", "https://catalog.example.com/{proxy}")

guards = {
    "Shelf": authorizers.HttpLambdaAuthorizer(
        "PassCheck",
        gatekeeper,
        identity_source=["$request.header.X-Pass"],
        response_types=[authorizers.HttpLambdaResponseType.SIMPLE],
    ),
    "Loans": authorizers.HttpJwtAuthorizer(
        "IssuerCheck", "https://issuer.example.com", jwt_audience=["library"]
    ),
    "Members": authorizers.HttpUserPoolAuthorizer("MemberCheck", members),
}
for name, guard in guards.items():
    api.add_routes(path=f"/{name.lower()}/{{proxy+}}", integration=catalog, authorizer=guard)
    cdk.CfnOutput(stack, f"{name}AuthorizationType", value=guard.authorization_type)
    cdk.CfnOutput(stack, f"{name}AuthorizerId", value=guard.authorizer_id)

[archive] = api.add_routes(path="/archive", methods=[apigwv2.HttpMethod.GET], integration=catalog)
archive.grant_invoke(gatekeeper)  # the default IAM authorizer guards this route

app.synth()
