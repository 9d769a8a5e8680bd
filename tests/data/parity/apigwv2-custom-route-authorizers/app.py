import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_lambda as lambda_,
)
from constructs import Construct

try:
    import jsii
    _route_authorizer = jsii.implements(apigwv2.IHttpRouteAuthorizer)
    _ws_authorizer = jsii.implements(apigwv2.IWebSocketRouteAuthorizer)
except ImportError:
    _route_authorizer = _ws_authorizer = lambda c: c


@_route_authorizer
class SharedTokenAuthorizer:
    """Reuses an authorizer that another team manages on the same API, by id."""

    def __init__(self, authorizer_id: str, scopes=None) -> None:
        self._authorizer_id = authorizer_id
        self._scopes = scopes

    def bind(self, *, route, scope):
        return apigwv2.HttpRouteAuthorizerConfig(authorization_type="CUSTOM", authorizer_id=self._authorizer_id,
                                                 authorization_scopes=self._scopes)


@_route_authorizer
class PartnerJwt:
    def __init__(self, authorizer_id: str) -> None:
        self._authorizer_id = authorizer_id

    def bind(self, *, route, scope):
        return apigwv2.HttpRouteAuthorizerConfig(authorization_type="JWT", authorizer_id=self._authorizer_id,
                                                 authorization_scopes=["partner/read"])


@_route_authorizer
class IamOnly:
    def bind(self, *, route, scope):
        return apigwv2.HttpRouteAuthorizerConfig(authorization_type="AWS_IAM")


@_ws_authorizer
class WsShared:
    def bind(self, *, route, scope):
        return apigwv2.WebSocketRouteAuthorizerConfig(authorization_type="CUSTOM", authorizer_id="wsauth1")


class PortalStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        fn = lambda_.Function(self, "Portal", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                              code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
        api = apigwv2.HttpApi(self, "PortalApi", default_authorizer=SharedTokenAuthorizer("abc123"))
        backend = integrations.HttpLambdaIntegration("Backend", fn)
        api.add_routes(path="/me", methods=[apigwv2.HttpMethod.GET], integration=backend)
        api.add_routes(path="/partners", methods=[apigwv2.HttpMethod.GET], integration=backend,
                       authorizer=PartnerJwt("jwt999"), authorization_scopes=["partner/list"])
        iam_routes = api.add_routes(path="/admin", methods=[apigwv2.HttpMethod.POST], integration=backend,
                                    authorizer=IamOnly())
        iam_routes[0].grant_invoke(fn)
        ws = apigwv2.WebSocketApi(self, "Live", connect_route_options=apigwv2.WebSocketRouteOptions(
            integration=integrations.WebSocketLambdaIntegration("Connect", fn), authorizer=WsShared()))


app = cdk.App()
PortalStack(app, "Portal")
app.synth()
