"""Two stacks and a stage; app-level aspects with priorities; a shared function across stacks."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from constructs import Construct, IConstruct


@jsii.implements(cdk.IAspect)
class EnvironmentTagger:
    def __init__(self, env_name: str) -> None:
        self.env_name = env_name

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, cdk.Stack):
            cdk.Tags.of(node).add("env", self.env_name)


@jsii.implements(cdk.IAspect)
class MemoryFloor:
    def visit(self, node: IConstruct) -> None:
        if isinstance(node, lambda_.CfnFunction):
            memory = node.memory_size
            if memory is None or (not cdk.Token.is_unresolved(memory) and memory < 256):
                node.memory_size = 256


@jsii.implements(cdk.IAspect)
class RetainLogs:
    def visit(self, node: IConstruct) -> None:
        if isinstance(node, cdk.CfnResource) and node.cfn_resource_type == "AWS::Logs::LogGroup":
            node.apply_removal_policy(cdk.RemovalPolicy.RETAIN)


class Shared(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.fn = lambda_.Function(
            self,
            "Shared",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"),
            memory_size=128,
        )


class Api(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, handler: lambda_.IFunction, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api = apigwv2.HttpApi(self, "Api")
        api.add_routes(path="/x", integration=integrations.HttpLambdaIntegration("X", handler))
        local = lambda_.Function(
            self,
            "Local",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"),
        )
        api.add_routes(path="/y", integration=integrations.HttpLambdaIntegration("Y", local))


class Prod(cdk.Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        shared = Shared(self, "Shared")
        Api(self, "Api", handler=shared.fn)
        cdk.Aspects.of(self).add(EnvironmentTagger("prod"), priority=10)


app = cdk.App()
shared = Shared(app, "MultiShared")
Api(app, "MultiApi", handler=shared.fn)
Prod(app, "Prod")
cdk.Aspects.of(app).add(EnvironmentTagger("dev"), priority=20)
cdk.Aspects.of(app).add(MemoryFloor(), priority=cdk.AspectPriority.MUTATING)
cdk.Aspects.of(app).add(RetainLogs())
app.synth()
