"""HTTP API with aspects: tagging, L1 checks and property overrides, with priorities."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from constructs import Construct, IConstruct


@jsii.implements(cdk.IAspect)
class CostCenterTagger:
    def __init__(self, cost_center: str) -> None:
        self.cost_center = cost_center

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, cdk.CfnResource) and cdk.TagManager.is_taggable(node):
            cdk.Tags.of(node).add("CostCenter", self.cost_center)


@jsii.implements(cdk.IAspect)
class LambdaTracingEnforcer:
    """Turn on active tracing and pin the architecture of every function."""

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, lambda_.CfnFunction):
            if node.tracing_config is None:
                node.add_property_override("TracingConfig.Mode", "Active")
            node.add_property_override("Architectures", ["arm64"])


@jsii.implements(cdk.IAspect)
class StageLoggingCheck:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, apigwv2.CfnStage):
            self.seen.append(node.node.path)
            if node.access_log_settings is None:
                cdk.Annotations.of(node).add_warning_v2("custom:stage-logs", "Stage has no access logging")
            node.add_property_override("DefaultRouteSettings.ThrottlingBurstLimit", 50)


class ApiStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        handler = lambda_.Function(
            self,
            "Handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}"),
            tracing=lambda_.Tracing.PASS_THROUGH,
        )
        other = lambda_.Function(
            self,
            "Other",
            runtime=lambda_.Runtime.NODEJS_20_X,
            handler="index.handler",
            code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
        )
        api = apigwv2.HttpApi(self, "Api", api_name="orders")
        api.add_routes(
            path="/orders",
            methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
            integration=integrations.HttpLambdaIntegration("Orders", handler),
        )
        api.add_routes(path="/health", integration=integrations.HttpLambdaIntegration("Health", other))
        cdk.CfnOutput(self, "Url", value=api.url or "")


app = cdk.App()
stack = ApiStack(app, "AspectsTags")
checker = StageLoggingCheck()
cdk.Aspects.of(app).add(CostCenterTagger("1234"), priority=100)
cdk.Aspects.of(stack).add(LambdaTracingEnforcer(), priority=cdk.AspectPriority.MUTATING)
cdk.Aspects.of(stack).add(checker, priority=cdk.AspectPriority.READONLY)
cdk.Aspects.of(stack).add(cdk.Tag("team", "payments"), priority=150)
app.synth()
print("stages seen", checker.seen)
