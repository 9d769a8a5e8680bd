"""An app that walks the tree with isinstance checks aws_cdk allows (classes, runtime-checkable own protocols)."""
from typing import Protocol, runtime_checkable

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from constructs import Construct, IConstruct


@runtime_checkable
class HasFunctionArn(Protocol):
    @property
    def function_arn(self) -> str: ...


@runtime_checkable
class Bindable(Protocol):
    def bind(self, *, route, scope): ...


@jsii.implements(cdk.IAspect)
class Inventory:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def visit(self, node: IConstruct) -> None:
        for label, kind in (
            ("cfn", cdk.CfnResource),
            ("resource", cdk.Resource),
            ("function", lambda_.Function),
            ("fnbase", lambda_.FunctionBase),
            ("role", iam.Role),
            ("httpapi", apigwv2.HttpApi),
            ("route", apigwv2.HttpRoute),
            ("stack", cdk.Stack),
            ("construct", Construct),
            ("arn", HasFunctionArn),
        ):
            if isinstance(node, kind):
                self.counts[label] = self.counts.get(label, 0) + 1


app = cdk.App()
stack = cdk.Stack(app, "IsinstanceChecks")
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"),
)
imported = lambda_.Function.from_function_arn(stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:function:other")
api = apigwv2.HttpApi(stack, "Api")
integration = integrations.HttpLambdaIntegration("Int", fn)
api.add_routes(path="/a", integration=integration)
inventory = Inventory()
cdk.Aspects.of(stack).add(inventory)
app.synth()
facts = {
    "imported_is_function": isinstance(imported, lambda_.Function),
    "imported_is_fnbase": isinstance(imported, lambda_.FunctionBase),
    "imported_arn": isinstance(imported, HasFunctionArn),
    "integration_bindable": isinstance(integration, Bindable),
    "none_authorizer_bindable": isinstance(apigwv2.HttpNoneAuthorizer(), Bindable),
    "integration_is_route_integration": isinstance(integration, apigwv2.HttpRouteIntegration),
    "is_construct": Construct.is_construct(fn),
    "is_stack": cdk.Stack.is_stack(stack),
    "resource_is_resource": cdk.Resource.is_resource(fn),
    "is_cfn": cdk.CfnResource.is_cfn_resource(fn.node.default_child),
    "owned": cdk.Resource.is_owned_resource(fn),
}
print(sorted(inventory.counts.items()))
print(sorted(facts.items()))
