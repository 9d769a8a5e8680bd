"""WebSocket API subclass with route helpers, and an aspect that checks integration timeouts."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from constructs import Construct, IConstruct


class ChatApi(apigwv2.WebSocketApi):
    def __init__(self, scope: Construct, id: str, *, handler: lambda_.IFunction, routes: list[str], **kwargs) -> None:
        super().__init__(
            scope,
            id,
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("Connect", handler)
            ),
            disconnect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("Disconnect", handler)
            ),
            **kwargs,
        )
        self.handler = handler
        for route in routes:
            self.add_route(route, integration=integrations.WebSocketLambdaIntegration(f"R{route}", handler))
        self.stage = apigwv2.WebSocketStage(self, "Stage", web_socket_api=self, stage_name="live", auto_deploy=True)
        self.stage.grant_management_api_access(handler)


@jsii.implements(cdk.IAspect)
class IntegrationTimeouts:
    def __init__(self, max_ms: int) -> None:
        self.max_ms = max_ms

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, apigwv2.CfnIntegration):
            node.add_property_override("TimeoutInMillis", self.max_ms)
        elif isinstance(node, apigwv2.CfnRoute) and node.route_key == "$connect":
            node.add_property_override("ApiKeyRequired", False)


@jsii.implements(cdk.IAspect)
class WsAspect:
    def visit(self, node):
        if isinstance(node, lambda_.CfnFunction):
            cdk.Tags.of(node).add("ws", "true")


class ChatStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        fn = lambda_.Function(
            self,
            "Handler",
            runtime=lambda_.Runtime.NODEJS_20_X,
            handler="index.handler",
            code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
        )
        api = ChatApi(self, "Chat", handler=fn, routes=["join", "leave", "say"], route_selection_expression="$request.body.type")
        cdk.CfnOutput(self, "Url", value=api.stage.url)
        cdk.Aspects.of(self).add(IntegrationTimeouts(10000))
        cdk.Aspects.of(self).add(WsAspect(), priority=cdk.AspectPriority.MUTATING)


app = cdk.App()
ChatStack(app, "WsAspectsSubclass")
app.synth()
