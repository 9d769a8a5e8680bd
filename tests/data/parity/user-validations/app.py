"""User IValidation objects and mixins of checks on an HTTP API's constructs."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from constructs import Construct, IValidation


@jsii.implements(IValidation)
class RouteCountLimit:
    def __init__(self, api: apigwv2.HttpApi, limit: int) -> None:
        self.api = api
        self.limit = limit

    def validate(self) -> list[str]:
        routes = [c for c in self.api.node.find_all() if isinstance(c, apigwv2.HttpRoute)]
        return [] if len(routes) <= self.limit else [f"{len(routes)} routes > {self.limit}"]


@jsii.implements(IValidation)
class NamePrefixCheck:
    def __init__(self, fn: lambda_.Function) -> None:
        self.fn = fn

    def validate(self):
        return []


class GuardedApi(Construct):
    def __init__(self, scope: Construct, id: str, *, max_routes: int = 5) -> None:
        super().__init__(scope, id)
        self.fn = lambda_.Function(
            self,
            "Fn",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"),
        )
        self.api = apigwv2.HttpApi(self, "Api")
        for path in ("/a", "/b", "/c"):
            self.api.add_routes(path=path, integration=integrations.HttpLambdaIntegration(f"I{path[1:]}", self.fn))
        self.node.add_validation(RouteCountLimit(self.api, max_routes))
        self.fn.node.add_validation(NamePrefixCheck(self.fn))


app = cdk.App()
stack = cdk.Stack(app, "Validations")
GuardedApi(stack, "Guarded")
app.synth()
