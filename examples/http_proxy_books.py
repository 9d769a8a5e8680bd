"""GET /books proxied to a public HTTP backend (HttpUrlIntegration)."""

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(app, "HttpProxyBooks")

http_api = apigwv2.HttpApi(stack, "HttpApi")
http_api.add_routes(
    path="/books",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpUrlIntegration("GetBooksIntegration", "https://get-books-proxy.example.com"),
)

app.synth()
