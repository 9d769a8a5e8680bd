"""User subclasses of Stack, Construct, Resource, Function and HttpApi with extra keywords and properties."""
from typing import Optional

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class PythonFunction(lambda_.Function):
    def __init__(self, scope: Construct, id: str, *, source: str, team: str = "core", **kwargs) -> None:
        kwargs.setdefault("runtime", lambda_.Runtime.PYTHON_3_12)
        kwargs.setdefault("memory_size", 256)
        super().__init__(
            scope, id, handler="index.handler", code=lambda_.Code.from_inline(source), **kwargs
        )
        self.team = team
        cdk.Tags.of(self).add("team", team)

    @property
    def team_upper(self) -> str:
        return self.team.upper()


class VersionedApi(apigwv2.HttpApi):
    def __init__(self, scope: Construct, id: str, *, version: int, cors_origins: Optional[list[str]] = None, **kwargs) -> None:
        cors = (
            apigwv2.CorsPreflightOptions(allow_origins=cors_origins, allow_methods=[apigwv2.CorsHttpMethod.GET])
            if cors_origins
            else None
        )
        super().__init__(scope, id, api_name=f"{id.lower()}-v{version}", cors_preflight=cors, **kwargs)
        self.version = version

    @property
    def prefix(self) -> str:
        return f"/v{self.version}"

    def add_versioned(self, path: str, handler: lambda_.IFunction) -> list[apigwv2.HttpRoute]:
        return self.add_routes(
            path=self.prefix + path,
            methods=[apigwv2.HttpMethod.GET],
            integration=integrations.HttpLambdaIntegration(f"Int{path.strip('/').title()}", handler),
        )


class Mailbox(cdk.Resource):
    """A Resource subclass with a physical name."""

    def __init__(self, scope: Construct, id: str, *, mailbox_name: Optional[str] = None) -> None:
        super().__init__(scope, id, physical_name=mailbox_name)
        queue = sqs.CfnQueue(self, "Resource", queue_name=mailbox_name)
        queue.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
        self.mailbox_arn = queue.attr_arn
        self.mailbox_name = queue.attr_queue_name


class Endpoints(Construct):
    def __init__(self, scope: Construct, id: str, *, api: VersionedApi, names: list[str]) -> None:
        super().__init__(scope, id)
        self.functions = {}
        for name in names:
            fn = PythonFunction(self, name, source="def handler(e, c):\n    return {}", team=name.lower())
            api.add_versioned(f"/{name.lower()}", fn)
            self.functions[name] = fn


class ServiceStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, service_name: str, version: int = 1, **kwargs) -> None:
        super().__init__(scope, id, description=f"{service_name} service", **kwargs)
        self.service_name = service_name
        self.api = VersionedApi(self, "Api", version=version, cors_origins=["https://example.com"])
        self.endpoints = Endpoints(self, "Endpoints", api=self.api, names=["Users", "Orders"])
        self.mailbox = Mailbox(self, "Mailbox", mailbox_name="inbox")
        self.spare = Mailbox(self, "Spare")
        cdk.CfnOutput(self, "SpareName", value=self.spare.mailbox_name)
        cdk.CfnOutput(self, "MailboxArn", value=self.mailbox.mailbox_arn)
        cdk.CfnOutput(self, "Teams", value=",".join(f.team_upper for f in self.endpoints.functions.values()))
        cdk.CfnOutput(self, "Prefix", value=self.api.prefix)


app = cdk.App()
ServiceStack(app, "Subclasses", service_name="shop", version=2, termination_protection=True)
app.synth()
