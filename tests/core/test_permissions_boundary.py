"""PermissionsBoundary: the boundary of every IAM role and user of a stack or a stage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, CfnResource, PermissionsBoundary, Stack, Stage, ValidationError

Render = Callable[[Stack], dict[str, Any]]
ARN = "arn:aws:iam::123456789012:policy/boundary"


def _boundaries(stack: Stack, template: Render) -> dict[str, Any]:
    resources = template(stack)["Resources"]
    return {
        name: resource.get("Properties", {}).get("PermissionsBoundary")
        for name, resource in resources.items()
    }


def test_a_stack_boundary_is_set_on_roles_and_users_only(app: App, template: Render) -> None:
    stack = Stack(app, "Test", permissions_boundary=PermissionsBoundary.from_arn(ARN))
    CfnResource(stack, "Role", type="AWS::IAM::Role", properties={"PermissionsBoundary": "own"})
    CfnResource(stack, "User", type="AWS::IAM::User")
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    assert _boundaries(stack, template) == {"Role": ARN, "User": ARN, "Queue": None}


def test_a_stage_boundary_reaches_its_stacks(app: App, template: Render) -> None:
    stage = Stage(app, "Prod", permissions_boundary=PermissionsBoundary.from_name("boundary-${Qualifier}"))
    stack = Stack(stage, "Test", env={"account": "111111111111", "region": "eu-west-1"})
    CfnResource(stack, "Role", type="AWS::IAM::Role")
    assert _boundaries(stack, template) == {
        "Role": {
            "Fn::Join": [
                "",
                ["arn:", {"Ref": "AWS::Partition"}, ":iam::111111111111:policy/boundary-hnb659fds"],
            ]
        }
    }


def test_a_placeholder_an_agnostic_stack_cannot_fill_is_rejected(app: App) -> None:
    with pytest.raises(ValidationError) as error:
        Stack(
            app,
            "Test",
            permissions_boundary=PermissionsBoundary.from_arn("arn:aws:iam::${AWS::AccountId}:policy/b"),
        )
    assert str(error.value) == (
        "Test: permissions_boundary='arn:aws:iam::${AWS::AccountId}:policy/b' holds a placeholder that an "
        "environment-agnostic stack cannot fill in; give the stack an account and region (env=...) or name "
        "the policy literally"
    )


def test_repr_is_the_factory_call() -> None:
    assert repr(PermissionsBoundary.from_name("b")) == "PermissionsBoundary.from_name('b')"
    assert repr(PermissionsBoundary.from_arn(ARN)) == f"PermissionsBoundary.from_arn({ARN!r})"
