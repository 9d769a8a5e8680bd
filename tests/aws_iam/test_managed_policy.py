"""ManagedPolicy: AWS managed references, imports and customer managed policies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_iam import ManagedPolicy, PolicyStatement, Role, ServicePrincipal

Render = Callable[[Stack], dict[str, Any]]


def test_aws_managed_policy_arn_uses_the_partition(stack: Stack) -> None:
    policy = ManagedPolicy.from_aws_managed_policy_name("service-role/X")
    assert stack.resolve(policy.managed_policy_arn) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/service-role/X"]]
    }


def test_managed_policy_by_name_uses_the_account(stack: Stack) -> None:
    policy = ManagedPolicy.from_managed_policy_name(stack, "P", "mine")
    assert stack.resolve(policy.managed_policy_arn) == {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"}, ":policy/mine"],
        ]
    }


def test_customer_managed_policy_renders_defaults(stack: Stack, template: Render) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s"))
    ManagedPolicy(stack, "MP", statements=[PolicyStatement(actions=["s3:a"], resources=["*"])], roles=[role])
    assert template(stack)["Resources"]["MPAF8D442C"]["Properties"] == {
        "Description": "",
        "Path": "/",
        "PolicyDocument": {
            "Statement": [{"Action": "s3:a", "Effect": "Allow", "Resource": "*"}],
            "Version": "2012-10-17",
        },
        "Roles": [{"Ref": "Role1ABCC5F0"}],
    }


def test_empty_managed_policy_fails_at_synth(stack: Stack, template: Render) -> None:
    ManagedPolicy(stack, "MP")
    with pytest.raises(Exception) as error:
        template(stack)
    assert "Test/MP: has no statements; add statements with add_statements()" in str(error.value)


def test_an_aws_managed_policy_arn_reads_with_its_name(stack: Stack) -> None:
    import re

    from apigwv2_integrations.assertions import Annotations, Match

    policy = ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")
    assert stack.resolve(policy.managed_policy_arn) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/ReadOnlyAccess"]]
    }
    role = Role.from_role_arn(stack, "Same", "arn:aws:iam::123456789012:role/same-role")
    role.add_managed_policy(policy)
    (warning,) = Annotations.from_stack(stack).find_warning("/Test/Same", Match.any_value())
    assert re.fullmatch(
        r"Can't combine imported IManagedPolicy: arn:\$\{Token\[AWS\.Partition\.\d+\]\}:iam::aws:policy/"
        r"ReadOnlyAccess to imported role IRole: same-role\. Use ManagedPolicy directly\. "
        r"\[ack: @aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy\]",
        warning.entry.data,
    )
