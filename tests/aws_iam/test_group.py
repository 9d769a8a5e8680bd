"""Group: properties, managed policies, DefaultPolicy, and imported groups."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs

from apigwv2_integrations import Fn, Stack
from apigwv2_integrations.aws_iam import Group, GroupProps, IGroup, ManagedPolicy, PolicyStatement
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_constructor_keywords_match_props() -> None:
    keywords = [p for p in inspect.signature(Group.__init__).parameters if p not in ("self", "scope", "id")]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(GroupProps))


def test_group_renders_options_and_managed_policies_once(stack: Stack, template: Render) -> None:
    policy = ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")
    group = Group(stack, "Group", group_name="devs", path="/teams/", managed_policies=[policy])
    group.add_managed_policy(policy)
    assert resources_of_type(template(stack), "AWS::IAM::Group")["GroupC77FDACD"]["Properties"] == {
        "GroupName": "devs",
        "ManagedPolicyArns": [
            {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/ReadOnlyAccess"]]}
        ],
        "Path": "/teams/",
    }


def test_add_to_policy_creates_the_default_policy(stack: Stack, template: Render) -> None:
    group = Group(stack, "Group")
    group.add_to_policy(PolicyStatement(actions=["logs:GetLogEvents"], resources=["*"]))
    policy = template(stack)["Resources"]["GroupDefaultPolicy402C318A"]["Properties"]
    assert policy["Groups"] == [{"Ref": "GroupC77FDACD"}]
    assert policy["PolicyName"] == "GroupDefaultPolicy402C318A"


def test_group_is_an_arn_principal(stack: Stack) -> None:
    group = Group(stack, "Group")
    assert stack.resolve(group.policy_fragment.principal_json) == {
        "AWS": [{"Fn::GetAtt": ["GroupC77FDACD", "Arn"]}]
    }
    assert stack.resolve(group.group_name) == {"Ref": "GroupC77FDACD"}


def test_from_group_name_names_the_group_and_its_default_policy(stack: Stack, template: Render) -> None:
    group = Group.from_group_name(stack, "Ops", "ops")
    group.add_to_principal_policy(PolicyStatement(actions=["ec2:*"], resources=["*"]))
    assert isinstance(group, IGroup)
    assert group.group_name == "ops"
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["Groups"] == ["ops"]
    assert group.node.try_find_child("DefaultPolicy") is not None


def test_from_group_arn_keeps_the_path_in_the_name(stack: Stack) -> None:
    group = Group.from_group_arn(stack, "Ops", "arn:aws:iam::123456789012:group/teams/ops")
    assert group.group_name == "teams/ops"


def test_from_group_arn_with_a_token_selects_the_name(stack: Stack) -> None:
    group = Group.from_group_arn(stack, "Ops", Fn.import_value("GroupArn"))
    assert stack.resolve(group.group_name) == {
        "Fn::Select": [1, {"Fn::Split": [":group/", {"Fn::ImportValue": "GroupArn"}]}]
    }


def test_more_than_ten_managed_policies_warn_for_each_policy_above_the_quota(stack: Stack) -> None:
    from apigwv2_integrations.assertions import Annotations, Match

    group = Group(
        stack,
        "Ops",
        group_name="ops",
        managed_policies=[ManagedPolicy.from_aws_managed_policy_name(f"P{i}") for i in range(11)],
    )
    group.add_managed_policy(ManagedPolicy.from_aws_managed_policy_name("P11"))
    warnings = Annotations.from_stack(stack).find_warning("/Test/Ops", Match.any_value())
    assert [w.entry.data for w in warnings] == [
        f"You added {count} to IAM Group ops. The maximum number of managed policies attached to an IAM group "
        "is 10. [ack: @aws-cdk/aws-iam:groupMaxPoliciesExceeded]"
        for count in (11, 12)
    ]
