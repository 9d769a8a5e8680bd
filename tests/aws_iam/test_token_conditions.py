"""Principal conditions whose operator value is a token (a CfnJson), and policies attached by ARN."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import CfnJson, CfnParameter, Stack
from apigwv2_integrations.aws_iam import (
    AccountRootPrincipal,
    InstanceProfile,
    ManagedPolicy,
    PolicyStatement,
    PrincipalWithConditions,
    Role,
    ServicePrincipal,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_cfn_json_condition_is_kept_whole_in_the_trust_policy(stack: Stack, template: Render) -> None:
    team = CfnParameter(stack, "Team", default="payments")
    tag = CfnJson(stack, "TeamTag", value={f"aws:PrincipalTag/{team.value_as_string}": "true"})
    Role(stack, "TeamRole", assumed_by=AccountRootPrincipal().with_conditions({"StringEquals": tag}))

    roles = resources_of_type(template(stack), "AWS::IAM::Role")
    (role,) = (r for logical_id, r in roles.items() if logical_id.startswith("TeamRole"))
    condition = role["Properties"]["AssumeRolePolicyDocument"]["Statement"][0]["Condition"]
    assert condition == {"StringEquals": {"Fn::GetAtt": ["TeamTag9BA4FE6D", "Value"]}}


def test_token_condition_cannot_be_merged_with_another_of_its_operator(stack: Stack) -> None:
    tag = CfnJson(stack, "TeamTag", value={"aws:PrincipalTag/team": "true"})
    principal = PrincipalWithConditions(AccountRootPrincipal(), {"StringEquals": tag})

    with pytest.raises(ValidationError) as raised:
        principal.add_condition("StringEquals", {"aws:PrincipalTag/site": "true"})

    assert str(raised.value) == (
        "multiple 'StringEquals' conditions cannot be merged if one of them contains an unresolved token; "
        "put all keys of the operator in one value"
    )


def test_token_condition_given_twice_to_a_statement_is_refused(stack: Stack) -> None:
    tag = CfnJson(stack, "TeamTag", value={"aws:PrincipalTag/team": "true"})
    statement = PolicyStatement(actions=["s3:GetObject"], resources=["*"], conditions={"StringEquals": tag})

    with pytest.raises(ValidationError) as raised:
        statement.add_condition("StringEquals", {"aws:PrincipalTag/site": "true"})

    assert str(raised.value) == (
        "conditions['StringEquals'] is given twice and one is a token, which cannot be merged; "
        "put all keys of the operator in one value"
    )


def test_policy_attached_to_a_role_imported_by_its_arn_is_attached_once(
    stack: Stack, template: Render
) -> None:
    role = Role(stack, "Reader", assumed_by=ServicePrincipal("ec2.amazonaws.com"))
    policy = ManagedPolicy(
        stack, "Shared", statements=[PolicyStatement(actions=["s3:ListBucket"], resources=["*"])]
    )
    policy.attach_to_role(role)
    policy.attach_to_role(Role.from_role_arn(stack, "ReaderAgain", role.role_arn))

    (managed,) = resources_of_type(template(stack), "AWS::IAM::ManagedPolicy").values()
    assert managed["Properties"]["Roles"] == [{"Ref": "ReaderF7BF189D"}]


def test_instance_profile_imported_by_name_keeps_the_name_literal(stack: Stack) -> None:
    profile = InstanceProfile.from_instance_profile_name(stack, "Web", "web-servers")

    assert profile.instance_profile_name == "web-servers"


def test_instance_profile_imported_by_arn_drops_the_path(stack: Stack) -> None:
    arn = "arn:aws:iam::123456789012:instance-profile/jobs/batch"
    profile = InstanceProfile.from_instance_profile_arn(stack, "Batch", arn)

    assert profile.instance_profile_name == "batch"
