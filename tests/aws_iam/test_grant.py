"""Grant: identity policy in the same account, resource policy otherwise."""

from __future__ import annotations

from typing import Any

import pytest

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


def test_other_account_role_gets_a_resource_statement_and_the_grant_holds_only_that(stack: Stack) -> None:
    role = Role.from_role_arn(stack, "Other", "arn:aws:iam::333333333333:role/x")
    resource = _ResourceWithPolicy(stack)
    resource.env = _Env(stack.account)
    grant = Grant.add_to_principal_or_resource(
        grantee=role, actions=["s3:a"], resource_arns=["arn:x"], resource=resource
    )
    # As aws-cdk-lib: the principal side is attempted, but the grant returned is the resource's.
    assert grant.principal_statement is None
    assert grant.resource_statement is not None


def test_add_statement_to_resource_policy_adds_the_statement_as_it_is(stack: Stack) -> None:
    from apigwv2_integrations import Construct

    class _Holder(Construct):
        def __init__(self) -> None:
            super().__init__(stack, "Holder")
            self.statements: list[PolicyStatement] = []

        def add_to_resource_policy(self, statement: PolicyStatement) -> Any:
            self.statements.append(statement)
            return AddToResourcePolicyResult(statement_added=True)

    resource = _Holder()
    statement = PolicyStatement(actions=["s3:a"], resources=["arn:self"], principals=[ServicePrincipal("s")])
    grant = Grant.add_statement_to_resource_policy(
        grantee=ServicePrincipal("s"),
        actions=["s3:b"],
        resource_arns=["arn:x"],
        resource=resource,
        statement=statement,
    )
    assert resource.statements == [statement]
    assert (grant.success, grant.resource_statement, grant.principal_statement) == (True, statement, None)
    # Without a dependable of its own, the resource stands for its policy.
    assert grant.dependency_roots() == [resource]


def test_add_statement_to_resource_policy_that_adds_nothing_fails(stack: Stack) -> None:
    class _NoPolicy(_ResourceWithPolicy):
        def add_to_resource_policy(self, statement: PolicyStatement) -> Any:
            return AddToResourcePolicyResult(statement_added=False)

    grant = Grant.add_statement_to_resource_policy(
        grantee=ServicePrincipal("s"),
        actions=["s3:a"],
        resource_arns=["arn:x"],
        resource=_NoPolicy(stack),
        statement=PolicyStatement(actions=["s3:a"], principals=[ServicePrincipal("s")]),
    )
    assert grant.dependency_roots() == []
    assert grant.resource_statement is not None


def test_keyword_names_are_those_of_aws_cdk() -> None:
    import inspect

    from apigwv2_integrations.aws_iam import (
        CompositePrincipal,
        ManagedPolicy,
        Policy,
        PolicyDocument,
        PrincipalBase,
        PrincipalWithConditions,
        SessionTagsPrincipal,
    )

    def names(function: Any) -> list[str]:
        return [p for p in inspect.signature(function).parameters if p != "self"]

    assert {
        "Role.grant_pass_role": names(Role.grant_pass_role),
        "Role.grant_assume_role": names(Role.grant_assume_role),
        "Grant.drop": names(Grant.drop),
        "PrincipalBase.add_to_principal_policy": names(PrincipalBase.add_to_principal_policy),
        "PrincipalBase.add_to_assume_role_policy": names(PrincipalBase.add_to_assume_role_policy),
        "CompositePrincipal.add_to_assume_role_policy": names(CompositePrincipal.add_to_assume_role_policy),
        "PrincipalWithConditions.add_to_assume_role_policy": names(
            PrincipalWithConditions.add_to_assume_role_policy
        ),
        "SessionTagsPrincipal.add_to_assume_role_policy": names(
            SessionTagsPrincipal.add_to_assume_role_policy
        ),
        "PolicyDocument.add_statements": names(PolicyDocument.add_statements),
        "Policy.add_statements": names(Policy.add_statements),
        "ManagedPolicy.add_statements": names(ManagedPolicy.add_statements),
    } == {
        "Role.grant_pass_role": ["identity"],
        "Role.grant_assume_role": ["identity"],
        "Grant.drop": ["grantee", "_intent"],
        "PrincipalBase.add_to_principal_policy": ["_statement"],
        "PrincipalBase.add_to_assume_role_policy": ["document"],
        "CompositePrincipal.add_to_assume_role_policy": ["doc"],
        "PrincipalWithConditions.add_to_assume_role_policy": ["doc"],
        "SessionTagsPrincipal.add_to_assume_role_policy": ["doc"],
        "PolicyDocument.add_statements": ["statement"],
        "Policy.add_statements": ["statement"],
        "ManagedPolicy.add_statements": ["statement"],
    }


def test_grant_to_principal_or_resource_needs_a_resource(stack: Stack) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    with pytest.raises(TypeError) as error:
        Grant.add_to_principal_or_resource(
            grantee=role, actions=["s3:GetObject"], resource_arns=["*"], resource=None
        )
    assert str(error.value) == (
        "Grant.add_to_principal_or_resource: resource=None; pass the resource whose policy can also grant the "
        "access (an IResourceWithPolicy)"
    )


def test_principal_and_resource_grant_lists_each_statement_where_it_went(stack: Stack) -> None:
    from apigwv2_integrations.aws_s3 import Bucket

    role = Role.from_role_arn(stack, "Partner", "arn:aws:iam::111122223333:role/partner")
    bucket = Bucket(stack, "Reports")
    grant = Grant.add_to_principal_and_resource(
        grantee=role, actions=["s3:GetObject"], resource_arns=["*"], resource=bucket
    )
    assert [s.to_statement_json()["Action"] for s in grant.principal_statements] == ["s3:GetObject"]
    ((resource_statement),) = grant.resource_statements
    assert stack.resolve(resource_statement.to_statement_json()["Principal"]) == {
        "AWS": "arn:aws:iam::111122223333:role/partner"
    }
    assert grant.success
