"""HTTP API with user-written route authorizers (a bind that returns a struct or a dict)."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


@jsii.implements(apigwv2.IHttpRouteAuthorizer)
class SharedJwtAuthorizer:
    """Creates one JWT authorizer per API and reuses it for every route."""

    def __init__(self, issuer: str, audience: list[str]) -> None:
        self.issuer = issuer
        self.audience = audience
        self._by_api: dict[str, apigwv2.HttpAuthorizer] = {}

    def bind(self, *, route: apigwv2.IHttpRoute, scope: Construct) -> apigwv2.HttpRouteAuthorizerConfig:
        key = route.http_api.node.path
        if key not in self._by_api:
            self._by_api[key] = apigwv2.HttpAuthorizer(
                scope,
                "SharedJwt",
                http_api=route.http_api,
                type=apigwv2.HttpAuthorizerType.JWT,
                identity_source=["$request.header.Authorization"],
                jwt_issuer=self.issuer,
                jwt_audience=self.audience,
            )
        return apigwv2.HttpRouteAuthorizerConfig(
            authorization_type="JWT",
            authorizer_id=self._by_api[key].authorizer_id,
            authorization_scopes=["orders/read"],
        )


@jsii.implements(apigwv2.IHttpRouteAuthorizer)
class IamOnly:
    def bind(self, *, route, scope):
        return apigwv2.HttpRouteAuthorizerConfig(authorization_type="AWS_IAM")


class ApiStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        fn = lambda_.Function(
            self,
            "Fn",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c):\n    return {'statusCode': 200}"),
        )
        jwt = SharedJwtAuthorizer("https://issuer.example.com", ["orders-client"])
        api = apigwv2.HttpApi(self, "Api", default_authorizer=jwt)
        integration = integrations.HttpLambdaIntegration("Int", fn)
        api.add_routes(path="/orders", methods=[apigwv2.HttpMethod.GET], integration=integration)
        api.add_routes(path="/orders/{id}", methods=[apigwv2.HttpMethod.GET], integration=integration)
        api.add_routes(
            path="/admin", methods=[apigwv2.HttpMethod.POST], integration=integration, authorizer=IamOnly()
        )
        apigwv2.HttpRoute(
            self,
            "Public",
            http_api=api,
            route_key=apigwv2.HttpRouteKey.with_("/public", apigwv2.HttpMethod.GET),
            integration=integration,
            authorizer=apigwv2.HttpNoneAuthorizer(),
        )


app = cdk.App()
ApiStack(app, "HttpCustomAuthorizer")
app.synth()
