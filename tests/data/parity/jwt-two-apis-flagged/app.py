"""One HttpJwtAuthorizer instance used as default authorizer of two HttpApis."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(app, "jwt-two-apis")
jwt = authorizers.HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["aud"])
for name in ("First", "Second"):
    api = apigwv2.HttpApi(stack, f"{name}Api", default_authorizer=jwt)
    api.add_routes(
        path="/items",
        methods=[apigwv2.HttpMethod.GET],
        integration=integrations.HttpUrlIntegration(f"{name}Items", "https://items.example.com"),
    )
app.synth()
