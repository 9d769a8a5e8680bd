"""Repository grants: the push actions, grants to roles of the stack of an imported repository, and KMS_DSSE
keys."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_ecr import Repository, RepositoryEncryption
from apigwv2_integrations.aws_iam import AccountPrincipal, AccountRootPrincipal, Role
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.core.errors import ValidationError

_PULL = ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
_PUSH = [
    "ecr:CompleteLayerUpload",
    "ecr:UploadLayerPart",
    "ecr:InitiateLayerUpload",
    "ecr:BatchCheckLayerAvailability",
    "ecr:PutImage",
]


def _policy_actions(stack: Stack) -> list[Any]:
    resources = Template.from_stack(stack).to_json()["Resources"]
    repository = next(r for r in resources.values() if r["Type"] == "AWS::ECR::Repository")
    return [
        statement["Action"] for statement in repository["Properties"]["RepositoryPolicyText"]["Statement"]
    ]


def test_grant_push_includes_the_layer_availability_check(stack: Stack) -> None:
    Repository(stack, "Repo").grant_push(AccountPrincipal("555555555555"))
    assert _policy_actions(stack) == [_PUSH]


def test_grant_pull_push_lists_each_action_once(stack: Stack) -> None:
    Repository(stack, "Repo").grant_pull_push(AccountPrincipal("555555555555"))
    assert _policy_actions(stack) == [[*_PULL, *(a for a in _PUSH if a not in _PULL)]]


def test_a_repository_imported_by_attributes_is_in_its_stacks_account() -> None:
    stack = Stack(App(), "Test")
    repository = Repository.from_repository_attributes(
        stack,
        "Imported",
        repository_arn="arn:aws:ecr:us-west-2:444444444444:repository/att",
        repository_name="att",
    )
    role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
    repository.grant_pull(role)
    role_resource = Template.from_stack(stack).find_resources("AWS::IAM::Role")
    assert [r["Properties"].get("Tags") for r in role_resource.values()] == [None]


def test_a_repository_imported_by_arn_is_in_the_arns_account() -> None:
    stack = Stack(App(), "Test")
    repository = Repository.from_repository_arn(
        stack, "Imported", "arn:aws:ecr:us-east-1:333333333333:repository/ns/x"
    )
    role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
    repository.grant_pull(role)
    role_resource = Template.from_stack(stack).find_resources("AWS::IAM::Role")
    [tags] = [r["Properties"]["Tags"] for r in role_resource.values()]
    assert [tag["Key"] for tag in tags] == ["aws-cdk:id"]


def test_a_role_of_another_known_account_is_still_tagged() -> None:
    stack = Stack(App(), "Test", env=Environment(account="111111111111", region="us-east-1"))
    repository = Repository.from_repository_arn(
        stack, "Imported", "arn:aws:ecr:us-east-1:333333333333:repository/x"
    )
    role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
    repository.grant_pull(role)
    role_resource = Template.from_stack(stack).find_resources("AWS::IAM::Role")
    [tags] = [r["Properties"]["Tags"] for r in role_resource.values()]
    assert [tag["Key"] for tag in tags] == ["aws-cdk:id"]


def test_a_key_with_kms_dsse_encryption_is_refused(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Repository(stack, "Repo", encryption=RepositoryEncryption.KMS_DSSE, encryption_key=Key(stack, "Key"))
    assert str(error.value) == (
        "Test/Repo: encryption=RepositoryEncryption.KMS_DSSE does not take encryption_key; use "
        "RepositoryEncryption.KMS with a key, or drop encryption_key"
    )
