"""Route authorizers and an integration whose bind takes the options struct positionally."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_


@jsii.implements(apigwv2.IHttpRouteAuthorizer)
class IamDict:
    def bind(self, *, route, scope):
        return apigwv2.HttpRouteAuthorizerConfig(authorization_type="AWS_IAM")


@jsii.implements(apigwv2.IHttpRouteAuthorizer)
class ScopedJwt:
    def __init__(self, authorizer_id: str) -> None:
        self.authorizer_id = authorizer_id

    def bind(self, options):
        return apigwv2.HttpRouteAuthorizerConfig(
            authorization_type="JWT", authorizer_id=self.authorizer_id, authorization_scopes=[options.route.http_api.node.id.lower() + ":read"]
        )


@jsii.implements(apigwv2.IWebSocketRouteAuthorizer)
class WsIam:
    def bind(self, options):
        return apigwv2.WebSocketRouteAuthorizerConfig(authorization_type="AWS_IAM")


class ProxyDict(apigwv2.HttpRouteIntegration):
    def bind(self, *, route, scope):
        return apigwv2.HttpRouteIntegrationConfig(
            type=apigwv2.HttpIntegrationType.HTTP_PROXY,
            uri="https://backend.example.com/{proxy}",
            method=apigwv2.HttpMethod.ANY,
            payload_format_version=apigwv2.PayloadFormatVersion.VERSION_1_0,
        )


app = cdk.App()
stack = cdk.Stack(app, "BindOptions")
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"),
)
api = apigwv2.HttpApi(stack, "Api")
jwt = apigwv2.HttpAuthorizer(
    stack, "Jwt", http_api=api, type=apigwv2.HttpAuthorizerType.JWT,
    identity_source=["$request.header.Authorization"], jwt_issuer="https://issuer.example.com", jwt_audience=["a"],
)
api.add_routes(path="/iam", integration=integrations.HttpLambdaIntegration("I1", fn), authorizer=IamDict())
api.add_routes(path="/jwt", integration=integrations.HttpLambdaIntegration("I2", fn), authorizer=ScopedJwt(jwt.authorizer_id))
api.add_routes(path="/proxy/{proxy+}", integration=ProxyDict("Proxy"))
ws = apigwv2.WebSocketApi(stack, "Ws")
ws.add_route("$connect", integration=integrations.WebSocketLambdaIntegration("C", fn), authorizer=WsIam())
app.synth()
