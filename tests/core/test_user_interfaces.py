"""Objects of an app meeting the package's interfaces: by their members, by naming an interface as a base,
and in `isinstance`, which reads no property of the object."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Aspects, IAspect, Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations.core.construct import Construct, DependencyGroup, IConstruct, IDependable
from tests.conftest import resources_of_type


def inline_function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
    )


def test_isinstance_of_a_function_without_a_vpc_reads_no_connections(stack: Stack) -> None:
    function = inline_function(stack)
    # `connections` raises for a function without a VPC; `isinstance` must not run it.
    assert isinstance(function, lambda_.IFunction)
    assert isinstance(function, iam.IGrantable)
    assert isinstance(DependencyGroup(function), IDependable)


def test_an_aspect_that_names_the_interface_as_its_base_is_visited(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    class RetainQueues(IAspect):
        def visit(self, node: IConstruct) -> None:
            if isinstance(node, sqs.CfnQueue):
                node.add_property_override("MessageRetentionPeriod", 1209600)

    sqs.Queue(stack, "Jobs")
    Aspects.of(stack).add(RetainQueues(), priority=100)

    (queue,) = resources_of_type(template(stack), "AWS::SQS::Queue").values()
    assert queue["Properties"] == {"MessageRetentionPeriod": 1209600}


def test_a_grantable_of_the_app_receives_the_grant_on_its_principal(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    role = iam.Role(stack, "Shared", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

    class FunctionGroup:
        @property
        def grant_principal(self) -> iam.IPrincipal:
            return role

    sqs.Queue(stack, "Jobs").grant_send_messages(FunctionGroup())

    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["Roles"] == [{"Ref": "SharedDACC02AA"}]


def test_a_dependency_group_of_the_app_orders_resources(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    first = sqs.Queue(stack, "First")
    backend = Construct(stack, "Backend")
    second = sqs.Queue(backend, "Second")
    waiting = sqs.Queue(stack, "Waiting")

    def wait_for(target: IConstruct, *dependencies: IDependable) -> None:
        for dependency in dependencies:
            target.node.add_dependency(dependency)

    wait_for(waiting, DependencyGroup(first, backend))

    resources = template(stack)["Resources"]
    (waiting_id,) = (key for key in resources if key.startswith("Waiting"))
    assert resources[waiting_id]["DependsOn"] == sorted(
        key for key in resources if key.startswith(("First", "BackendSecond"))
    )
    assert second.node.path == "Test/Backend/Second"
