"""CfnResource: options, overrides and dependencies (core/cfn_resource.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import (
    App,
    CfnCondition,
    CfnDeletionPolicy,
    CfnResource,
    Construct,
    DependencyGroup,
    Fn,
    RemovalPolicy,
    Resource,
    Stack,
    SynthesisError,
    ValidationError,
)
from apigwv2_integrations.aws_apigatewayv2 import CfnApi
from apigwv2_integrations.aws_sqs import CfnQueue
from apigwv2_integrations.core.cfn_element import render_element

Render = Callable[[Stack], dict[str, Any]]


@pytest.fixture
def queue(stack: Stack) -> CfnResource:
    return CfnResource(stack, "Queue", type="AWS::SQS::Queue", properties={"A": {"B": [1, 2]}, "C": "x"})


def test_type_is_required(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        CfnResource(stack, "Nothing", type="")
    assert str(error.value) == "Test/Nothing: type is required; pass type='AWS::Service::Resource'"


def test_ref_and_get_att(stack: Stack, queue: CfnResource) -> None:
    assert stack.resolve([queue.ref, queue.get_att("Arn")]) == [
        {"Ref": "Queue"},
        {"Fn::GetAtt": ["Queue", "Arn"]},
    ]


def test_property_override_follows_a_dot_path(stack: Stack, queue: CfnResource, template: Render) -> None:
    queue.add_property_override("A.D", "new")
    queue.add_property_override("A.B.1", 3)
    assert template(stack)["Resources"]["Queue"]["Properties"]["A"] == {"B": [1, 3], "D": "new"}


def test_escaped_dot_is_a_literal_dot(stack: Stack, queue: CfnResource, template: Render) -> None:
    queue.add_property_override("Policy.aws\\.region", "x")
    assert template(stack)["Resources"]["Queue"]["Properties"]["Policy"] == {"aws.region": "x"}


def test_deletion_overrides(stack: Stack, queue: CfnResource, template: Render) -> None:
    queue.add_property_deletion_override("C")
    queue.add_deletion_override("Properties.A.B")
    assert "Properties" not in template(stack)["Resources"]["Queue"]


def test_raw_override_outside_properties(stack: Stack, queue: CfnResource, template: Render) -> None:
    queue.add_override("UpdatePolicy.X", {"Y": Fn.ref("Z")})
    assert template(stack)["Resources"]["Queue"]["UpdatePolicy"] == {"X": {"Y": {"Ref": "Z"}}}


def test_options_render_in_aws_cdk_lib_order(stack: Stack, queue: CfnResource, template: Render) -> None:
    condition = CfnCondition(stack, "IsProd", expression=Fn.condition_equals("a", "b"))
    queue.cfn_options.condition = condition
    queue.cfn_options.metadata = {"m": 1}
    queue.cfn_options.version = "1"
    queue.cfn_options.description = "d"
    queue.apply_removal_policy(RemovalPolicy.DESTROY)
    body = template(stack)["Resources"]["Queue"]
    assert list(body) == [
        "Type",
        "Properties",
        "UpdateReplacePolicy",
        "DeletionPolicy",
        "Version",
        "Description",
        "Metadata",
        "Condition",
    ]
    assert (body["DeletionPolicy"], body["UpdateReplacePolicy"], body["Condition"]) == (
        "Delete",
        "Delete",
        "IsProd",
    )


def test_removal_policies(stack: Stack, queue: CfnResource) -> None:
    queue.apply_removal_policy(RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE)
    assert (queue.cfn_options.deletion_policy, queue.cfn_options.update_replace_policy) == (
        CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE,
        CfnDeletionPolicy.RETAIN,
    )
    queue.apply_removal_policy(RemovalPolicy.SNAPSHOT, apply_to_update_replace_policy=False)
    assert queue.cfn_options.deletion_policy is CfnDeletionPolicy.SNAPSHOT


def test_add_dependency_in_one_stack_is_depends_on(
    stack: Stack, queue: CfnResource, template: Render
) -> None:
    later = CfnResource(stack, "Later", type="AWS::SQS::Queue")
    later.add_dependency(queue)
    later.add_dependency(later)
    assert template(stack)["Resources"]["Later"]["DependsOn"] == ["Queue"]
    later.remove_dependency(queue)
    assert later.obtain_dependencies() == []


def test_depends_on_is_sorted_by_target_path(stack: Stack, template: Render) -> None:
    b, a = CfnResource(stack, "B", type="T"), CfnResource(stack, "A", type="T")
    source = CfnResource(stack, "Source", type="T")
    source.add_dependency(b)
    source.add_dependency(a)
    assert template(stack)["Resources"]["Source"]["DependsOn"] == ["A", "B"]


def test_node_add_dependency_between_groups(stack: Stack, template: Render) -> None:
    first, second = Construct(stack, "First"), Construct(stack, "Second")
    a, b = CfnResource(first, "A", type="T"), CfnResource(first, "B", type="T")
    c = CfnResource(second, "C", type="T")
    second.node.add_dependency(DependencyGroup(first))
    resources = template(stack)["Resources"]
    assert resources[c.logical_id]["DependsOn"] == [a.logical_id, b.logical_id]
    assert "DependsOn" not in resources[a.logical_id]


def test_node_add_dependency_across_stacks_is_a_stack_dependency(app: Any, template: Render) -> None:
    producer, consumer = Stack(app, "Producer"), Stack(app, "Consumer")
    target = CfnResource(producer, "Queue", type="T")
    CfnResource(consumer, "User", type="T").node.add_dependency(target)
    assert "DependsOn" not in template(consumer)["Resources"]["User"]
    assert consumer.dependencies == [producer]


def test_metadata(stack: Stack, queue: CfnResource, template: Render) -> None:
    queue.add_metadata("cfn_nag", {"rules": []})
    assert queue.get_metadata("cfn_nag") == {"rules": []}
    assert template(stack)["Resources"]["Queue"]["Metadata"] == {"cfn_nag": {"rules": []}}


def test_duplicate_logical_ids_name_both_paths(stack: Stack) -> None:
    from apigwv2_integrations.assertions import Template
    from apigwv2_integrations.core.errors import SynthesisError

    CfnResource(stack, "A", type="T").override_logical_id("Same")
    CfnResource(Construct(stack, "Group"), "B", type="T").override_logical_id("Same")
    with pytest.raises(SynthesisError) as error:
        Template.from_stack(stack)
    assert error.value.problems == [
        (
            "Test/Group/B",
            "logical ID 'Same' is also used by 'Test/A'; give one of them another id or call override_logical_id()",
        )
    ]


class _LeftOut(CfnResource):
    def _should_synthesize(self) -> bool:
        return False


def test_a_resource_that_should_not_synthesize_is_left_out(stack: Stack, template: Render) -> None:
    _LeftOut(stack, "Hidden", type="AWS::SQS::Queue")
    CfnResource(stack, "Shown", type="AWS::SQS::Queue")
    assert list(template(stack)["Resources"]) == ["Shown"]


def test_render_element_gives_the_body_the_template_has(stack: Stack, queue: CfnResource) -> None:
    queue.add_property_override("D", Fn.ref("Other"))
    assert render_element(queue) == {
        "Type": "AWS::SQS::Queue",
        "Properties": {"A": {"B": [1, 2]}, "C": "x", "D": {"Ref": "Other"}},
    }
    assert render_element(_LeftOut(stack, "Hidden", type="AWS::SQS::Queue")) is None


def test_replace_dependency_swaps_one_depends_on_for_another(stack: Stack) -> None:
    from apigwv2_integrations.aws_sqs import CfnQueue

    first, old, new = CfnQueue(stack, "First"), CfnQueue(stack, "Old"), CfnQueue(stack, "New")
    first.add_dependency(old)
    first.replace_dependency(old, new)
    assert first.obtain_dependencies() == [new]
    with pytest.raises(ValidationError) as error:
        first.replace_dependency(old, new)
    assert str(error.value) == (
        "Test/First: target=Test/Old is not a dependency of this resource; replace one of ['Test/New']"
    )


def test_cfn_property_name_maps_aws_cdk_names_of_the_resource(stack: Stack) -> None:
    from apigwv2_integrations.aws_sqs import CfnQueue

    queue = CfnQueue(stack, "Queue")
    assert queue.cfn_property_name("queueName") == "QueueName"
    assert queue.cfn_property_name("queue_name") is None  # aws_cdk takes the camelCase name only
    assert CfnResource(stack, "Plain", type="A::B::C").cfn_property_name("x") is None


def test_overrides_keep_the_schema_order_of_an_l1_with_properties(stack: Stack, template: Render) -> None:
    from apigwv2_integrations.aws_sqs import CfnQueue

    queue = CfnQueue(stack, "Jobs", delay_seconds=0)
    queue.add_override("Properties.Zeta", 1)
    queue.add_property_override("MessageRetentionPeriod", 60)
    queue.add_property_override("ContentBasedDeduplication", True)
    assert list(template(stack)["Resources"]["Jobs"]["Properties"]) == [
        "ContentBasedDeduplication",
        "DelaySeconds",
        "MessageRetentionPeriod",
        "Zeta",
    ]


def test_overrides_of_an_l1_without_properties_keep_their_order(stack: Stack, template: Render) -> None:
    from apigwv2_integrations.aws_sqs import CfnQueue

    queue = CfnQueue(stack, "Jobs")
    queue.add_override("Properties.Zeta", 1)
    queue.add_property_override("Tags", [{"Key": "k", "Value": "v"}])
    queue.add_property_override("DelaySeconds", 1)
    assert list(template(stack)["Resources"]["Jobs"]["Properties"]) == ["Zeta", "Tags", "DelaySeconds"]


def test_a_stateful_l1_made_in_an_l2_needs_a_removal_policy() -> None:
    class Holder(Resource):
        def __init__(self, scope: Stack, id: str, *, retain: bool) -> None:
            super().__init__(scope, id)
            queue = CfnQueue(self, "Resource")
            if retain:
                queue.apply_removal_policy(RemovalPolicy.RETAIN)

    app = App()
    stack = Stack(app, "S")
    Holder(stack, "Bare", retain=False)
    Holder(stack, "Kept", retain=True)
    CfnQueue(stack, "Direct")  # not in an L2: aws-cdk-lib asks nothing of it
    CfnResource(Holder(stack, "Plain", retain=True), "Other", type="AWS::SQS::Queue")  # a plain CfnResource
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [
        (
            "S/Bare/Resource",
            "'AWS::SQS::Queue' is a stateful resource type, and you must specify a removal policy for it; "
            "call apply_removal_policy(RemovalPolicy.RETAIN) (or DESTROY, SNAPSHOT) on it",
        )
    ]


def test_a_nested_value_an_override_brings_keeps_its_key_order(stack: Stack, template: Any) -> None:
    # As aws-cdk-lib writes it: the nested type's order only where the properties set it before.
    fresh = CfnApi(stack, "Fresh", name="fresh", protocol_type="HTTP")
    fresh.add_property_override(
        "CorsConfiguration", {"MaxAge": 5, "AllowOrigins": ["*"], "AllowMethods": ["GET"]}
    )
    given = CfnApi(
        stack, "Given", name="given", protocol_type="HTTP", cors_configuration=CfnApi.CorsProperty(max_age=5)
    )
    given.add_property_override("CorsConfiguration.AllowOrigins", ["*"])
    given.add_property_override("CorsConfiguration.AllowMethods", ["GET"])
    resources = template(stack)["Resources"]
    assert list(resources["Fresh"]["Properties"]["CorsConfiguration"]) == [
        "MaxAge",
        "AllowOrigins",
        "AllowMethods",
    ]
    assert list(resources["Given"]["Properties"]["CorsConfiguration"]) == [
        "AllowMethods",
        "AllowOrigins",
        "MaxAge",
    ]
