import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_cognito as cognito

app = cdk.App()
stack = cdk.Stack(app, "fuzz-http-empty-names")

# An empty string is a value: the API, the authorizer and the issuer's region keep it, no default replaces it.
api = apigwv2.HttpApi(stack, "Api", api_name="")
apigwv2.HttpAuthorizer(
    stack,
    "Authorizer",
    http_api=api,
    type=apigwv2.HttpAuthorizerType.JWT,
    identity_source=["$request.header.Authorization"],
    jwt_issuer="https://issuer.example.com",
    jwt_audience=["books"],
    authorizer_name="",
)
pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "us-east-1_abc")
api.add_routes(
    path="/books",
    integration=integrations.HttpUrlIntegration("Books", "https://example.com/books"),
    authorizer=authorizers.HttpUserPoolAuthorizer("PoolAuthorizer", pool, user_pool_region=""),
)

app.synth()
