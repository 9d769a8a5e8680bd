"""An app with its own Protocols, TypedDict props, dataclass config and get_type_hints."""
from __future__ import annotations

import dataclasses
import typing
from typing import Optional, Protocol, TypedDict, cast, runtime_checkable

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


@runtime_checkable
class RouteProvider(Protocol):
    def routes(self) -> list[tuple[str, apigwv2.HttpMethod]]: ...


class EndpointProps(TypedDict, total=False):
    memory_size: int
    timeout_seconds: int
    description: Optional[str]


@dataclasses.dataclass(frozen=True)
class ServiceConfig:
    name: str
    stage: str = "dev"
    throttle_rate: float = 10.0
    tags: dict[str, str] = dataclasses.field(default_factory=dict)


class Endpoint(Construct):
    handler: lambda_.Function
    props: EndpointProps

    def __init__(self, scope: Construct, id: str, props: EndpointProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.handler = lambda_.Function(
            self,
            "Handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"),
            memory_size=props.get("memory_size", 128),
            timeout=cdk.Duration.seconds(props.get("timeout_seconds", 3)),
            description=props.get("description"),
        )

    def routes(self) -> list[tuple[str, apigwv2.HttpMethod]]:
        return [(f"/{self.node.id.lower()}", apigwv2.HttpMethod.GET)]


class Service(cdk.Stack):
    config: ServiceConfig
    api: apigwv2.HttpApi

    def __init__(self, scope: Construct, id: str, *, config: ServiceConfig, **kwargs: typing.Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.config = config
        self.api = apigwv2.HttpApi(self, "Api", api_name=f"{config.name}-{config.stage}")
        for key, value in config.tags.items():
            cdk.Tags.of(self).add(key, value)

    def mount(self, provider: RouteProvider, function: lambda_.IFunction) -> None:
        for path, method in provider.routes():
            self.api.add_routes(
                path=path,
                methods=[method],
                integration=integrations.HttpLambdaIntegration(f"I{path.strip('/')}", function),
            )


app = cdk.App()
config = ServiceConfig(name="catalog", tags={"owner": "team-a"})
service = Service(app, "TypingProtocols", config=config)
props: EndpointProps = {"memory_size": 256, "timeout_seconds": 10, "description": "books"}
books = Endpoint(service, "Books", props)
authors = Endpoint(service, "Authors", cast(EndpointProps, {"memory_size": 512}))
for endpoint in (books, authors):
    assert isinstance(endpoint, RouteProvider)
    service.mount(endpoint, endpoint.handler)
hints = {cls.__name__: sorted(typing.get_type_hints(cls)) for cls in (ServiceConfig, EndpointProps)}
hints["mount"] = sorted(typing.get_type_hints(Service.mount, localns={"RouteProvider": RouteProvider}))
init_hints = sorted(typing.get_type_hints(Endpoint.__init__))
cdk.CfnOutput(service, "Hints", value=repr(hints) + repr(init_hints))
cdk.CfnOutput(service, "Config", value=repr(dataclasses.asdict(config)))
app.synth()
