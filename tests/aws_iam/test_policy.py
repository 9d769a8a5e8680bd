"""Policy: rendering only with statements and an owner, names, attachments and checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.aws_iam import Effect, IPolicy, Policy, PolicyStatement, Role, ServicePrincipal
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_empty_unattached_policy_renders_nothing(stack: Stack, template: Render) -> None:
    Policy(stack, "Empty")
    Policy(stack, "Unattached", statements=[PolicyStatement(actions=["s3:a"], resources=["*"])])
    assert resources_of_type(template(stack), "AWS::IAM::Policy") == {}


def test_policy_name_defaults_to_logical_id(stack: Stack, template: Render) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s"))
    Policy(
        stack,
        "Extra",
        roles=[role],
        statements=[PolicyStatement(effect=Effect.DENY, actions=["s3:DeleteObject"], not_resources=["k/*"])],
    )
    assert template(stack)["Resources"]["Extra6C4EAC05"]["Properties"] == {
        "PolicyDocument": {
            "Statement": [{"Action": "s3:DeleteObject", "Effect": "Deny", "NotResource": "k/*"}],
            "Version": "2012-10-17",
        },
        "PolicyName": "Extra6C4EAC05",
        "Roles": [{"Ref": "Role1ABCC5F0"}],
    }


def test_given_policy_name_is_used(stack: Stack, template: Render) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s"))
    policy = Policy(stack, "P", policy_name="custom", roles=[role])
    policy.add_statements(PolicyStatement(actions=["s3:a"], resources=["*"]))
    assert policy.policy_name == "custom"
    assert template(stack)["Resources"]["P4E0919BE"]["Properties"]["PolicyName"] == "custom"


def test_forced_empty_policy_fails_at_synth(stack: Stack, template: Render) -> None:
    Policy(stack, "Forced", force=True)
    with pytest.raises(Exception) as error:
        template(stack)
    message = str(error.value)
    assert "Test/Forced: is empty but was created with force=True; add statements to it" in message
    assert (
        "Test/Forced: is attached to nothing but was created with force=True; pass roles=, users= or groups="
    ) in message


def test_statement_without_resources_fails_at_synth(stack: Stack, template: Render) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s"))
    role.add_to_policy(PolicyStatement(actions=["s3:a"]))
    with pytest.raises(Exception) as error:
        template(stack)
    assert (
        "Test/Role/DefaultPolicy: statement has no resources; pass resources=[...] or not_resources=[...]"
    ) in str(error.value)


def test_policy_imported_by_name_reports_the_unknown_id_of_its_reference(stack: Stack) -> None:
    imported = Policy.from_policy_name(stack, "Imported", "other")
    assert isinstance(imported, IPolicy)
    with pytest.raises(ValidationError) as error:
        stack.resolve(imported.policy_ref.policy_id)
    assert str(error.value) == (
        "Test/Imported: policy_id of the reference is not known: Policy.from_policy_name() gives the "
        "policy's name only; refer to the policy by its policy_name"
    )


def test_grants_to_a_policy_become_its_statements(stack: Stack, template: Any) -> None:
    from apigwv2_integrations.aws_iam import ManagedPolicy
    from apigwv2_integrations.aws_sqs import Queue

    role = Role(stack, "Worker", assumed_by=ServicePrincipal("ecs-tasks.amazonaws.com"))
    queue = Queue(stack, "Jobs")
    managed = ManagedPolicy(stack, "Senders", roles=[role])
    queue.grant_purge(managed)
    statements = template(stack)["Resources"]["Senders415EEC57"]["Properties"]["PolicyDocument"]["Statement"]
    assert statements == [
        {
            "Action": ["sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["JobsDF1CC2D4", "Arn"]},
        }
    ]
    assert str(managed.grant_principal) == "ManagedPolicy(Test/Senders)"


def test_a_policy_cannot_be_named_in_a_trust_policy(stack: Stack) -> None:
    policy = Policy(stack, "Senders")
    with pytest.raises(ValidationError) as error:
        _ = policy.grant_principal.assume_role_action
    assert str(error.value) == (
        "Test/Senders: This grant operation needs to add a resource policy so needs access to a principal. Grant "
        "permissions to a Role or User, instead of a Policy."
    )
