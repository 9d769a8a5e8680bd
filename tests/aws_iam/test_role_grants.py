"""RoleGrants: assume and pass grants on a role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.aws_iam import AccountRootPrincipal, Role, RoleGrants, ServicePrincipal
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
WORKER_ARN = {"Fn::GetAtt": ["Worker11F36D0F", "Arn"]}


def test_role_grants_let_an_identity_pass_and_assume_the_role(stack: Stack, template: Render) -> None:
    worker = Role(stack, "Worker", assumed_by=ServicePrincipal("ecs-tasks.amazonaws.com"))
    deployer = Role(stack, "Deployer", assumed_by=AccountRootPrincipal())
    worker.grants.pass_role(deployer)
    RoleGrants.from_role(worker).assume_role(deployer)
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "iam:PassRole", "Effect": "Allow", "Resource": WORKER_ARN},
        {"Action": "sts:AssumeRole", "Effect": "Allow", "Resource": WORKER_ARN},
    ]


def test_service_principals_cannot_be_granted_assume_role(stack: Stack) -> None:
    worker = Role(stack, "Worker", assumed_by=ServicePrincipal("ecs-tasks.amazonaws.com"))
    with pytest.raises(ValidationError) as error:
        worker.grants.assume_role(ServicePrincipal("lambda.amazonaws.com"))
    assert str(error.value) == (
        "Test/Worker: identity=ServicePrincipal(lambda.amazonaws.com) cannot be granted sts:AssumeRole; "
        "put service and account principals in assumed_by instead"
    )
