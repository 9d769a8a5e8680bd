"""IResource and IEnvironmentAware: what every L2 interface shares (core/resource_types.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import (
    IConstruct,
    IResource,
    RemovalPolicy,
    ResourceEnvironment,
    Stack,
    aws_ec2,
    aws_iam,
    aws_lambda,
    aws_sqs,
)
from apigwv2_integrations.core.resource_types import IEnvironmentAware

Render = Callable[[Stack], dict[str, Any]]


def test_a_resource_is_an_iresource_and_a_stack_is_not(stack: Stack) -> None:
    queue = aws_sqs.Queue(stack, "Queue")
    assert isinstance(queue, IResource)
    assert isinstance(queue, IEnvironmentAware)
    assert isinstance(queue.env, ResourceEnvironment)
    assert not isinstance(stack, IResource)


@pytest.mark.parametrize(
    "interface",
    [aws_lambda.IFunction, aws_lambda.IVersion, aws_iam.IRole, aws_iam.IUser, aws_ec2.IVpc, aws_sqs.IQueue],
    ids=lambda interface: interface.__name__,
)
def test_service_interfaces_inherit_iresource_as_in_aws_cdk(interface: type) -> None:
    assert IResource in interface.__mro__
    assert IConstruct in interface.__mro__


def test_an_imported_resource_has_every_iresource_member(stack: Stack) -> None:
    role = aws_iam.Role.from_role_arn(stack, "Role", "arn:aws:iam::111111111111:role/r", mutable=False)
    assert isinstance(role, IResource)
    assert role.stack is stack
    assert role.env.account == "111111111111"
    assert role.with_() is role


def test_an_immutable_role_applies_a_removal_policy_to_the_role_it_wraps(
    stack: Stack, template: Render
) -> None:
    role = aws_iam.Role(stack, "Role", assumed_by=aws_iam.ServicePrincipal("lambda.amazonaws.com"))
    role.without_policy_updates().apply_removal_policy(RemovalPolicy.RETAIN)
    assert template(stack)["Resources"]["Role1ABCC5F0"]["DeletionPolicy"] == "Retain"
