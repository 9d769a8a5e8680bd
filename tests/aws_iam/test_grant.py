"""Grant: identity policy in the same account, resource policy otherwise."""

from __future__ import annotations

from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_iam import (
    AddToResourcePolicyResult,
    Grant,
    PolicyStatement,
    Role,
    ServicePrincipal,
)


class _ResourceWithPolicy:
    def __init__(self, stack: Stack) -> None:
        self.env = stack.env if hasattr(stack, "env") else None
        self.stack = stack
        self.node = stack.node
        self.statements: list[PolicyStatement] = []

    def add_to_resource_policy(self, statement: PolicyStatement) -> Any:
        self.statements.append(statement)
        return AddToResourcePolicyResult(statement_added=True)


class _Env:
    def __init__(self, account: str) -> None:
        self.account = account


def test_add_to_principal_adds_to_the_role(stack: Stack) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s"))
    grant = Grant.add_to_principal(grantee=role, actions=["s3:a"], resource_arns=["arn:x"])
    assert grant.success
    assert grant.principal_statement is not None
    assert grant.principal_statement.resources == ["arn:x"]


def test_add_to_principal_with_a_service_adds_nothing(stack: Stack) -> None:
    grant = Grant.add_to_principal(grantee=ServicePrincipal("s"), actions=["s3:a"], resource_arns=["arn:x"])
    assert not grant.success


def test_same_account_role_does_not_touch_the_resource(stack: Stack) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s"))
    resource = _ResourceWithPolicy(stack)
    resource.env = _Env(stack.account)
    grant = Grant.add_to_principal_or_resource(
        grantee=role, actions=["s3:a"], resource_arns=["arn:x"], resource=resource
    )
    assert grant.principal_statement is not None
    assert resource.statements == []


def test_service_principal_goes_to_the_resource(stack: Stack) -> None:
    resource = _ResourceWithPolicy(stack)
    resource.env = _Env(stack.account)
    grant = Grant.add_to_principal_or_resource(
        grantee=ServicePrincipal("s.amazonaws.com"),
        actions=["s3:a"],
        resource_arns=["arn:x"],
        resource=resource,
    )
    assert grant.resource_statement is resource.statements[0]
    assert stack.resolve(grant.resource_statement.to_statement_json()) == {
        "Action": "s3:a",
        "Effect": "Allow",
        "Principal": {"Service": "s.amazonaws.com"},
        "Resource": "arn:x",
    }


def test_other_account_role_gets_both(stack: Stack) -> None:
    role = Role.from_role_arn(stack, "Other", "arn:aws:iam::333333333333:role/x")
    resource = _ResourceWithPolicy(stack)
    resource.env = _Env(stack.account)
    grant = Grant.add_to_principal_or_resource(
        grantee=role, actions=["s3:a"], resource_arns=["arn:x"], resource=resource
    )
    assert grant.principal_statement is not None
    assert grant.resource_statement is not None
