import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_apigatewayv2_authorizers as authorizers

app = cdk.App()
stack = cdk.Stack(app, "RouteDefaults")
backend = integrations.HttpUrlIntegration("Backend", "https://backend.example.com")
api = apigwv2.HttpApi(
    stack,
    "Api",
    default_authorizer=authorizers.HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["aud"]),
    default_authorization_scopes=["read"],
)
api.add_routes(path="/empty-scopes", methods=[apigwv2.HttpMethod.GET], integration=backend, authorization_scopes=[])
api.add_routes(path="/more-scopes", methods=[apigwv2.HttpMethod.GET], integration=backend, authorization_scopes=["write"])
api.add_routes(path="/none", methods=[apigwv2.HttpMethod.GET], integration=backend, authorizer=apigwv2.HttpNoneAuthorizer())
apigwv2.HttpRoute(stack, "Plain", http_api=api, route_key=apigwv2.HttpRouteKey.with_("/plain", apigwv2.HttpMethod.GET), integration=backend)
apigwv2.HttpRoute(stack, "PlainScopes", http_api=api, route_key=apigwv2.HttpRouteKey.with_("/plain-scopes", apigwv2.HttpMethod.GET), integration=backend, authorization_scopes=["write"])
apigwv2.HttpRoute(stack, "PlainEmpty", http_api=api, route_key=apigwv2.HttpRouteKey.with_("/plain-empty", apigwv2.HttpMethod.GET), integration=backend, authorization_scopes=[])
apigwv2.HttpRoute(stack, "PlainNone", http_api=api, route_key=apigwv2.HttpRouteKey.with_("/plain-none", apigwv2.HttpMethod.GET), integration=backend, authorizer=apigwv2.HttpNoneAuthorizer())
other = apigwv2.HttpApi(stack, "Other")
apigwv2.HttpRoute(stack, "OtherPlain", http_api=other, route_key=apigwv2.HttpRouteKey.with_("/x", apigwv2.HttpMethod.GET), integration=integrations.HttpUrlIntegration("B2", "https://b.example.com"), authorization_scopes=["s"])
app.synth()
