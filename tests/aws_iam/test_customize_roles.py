"""Role.customize_roles: precreated roles stand in for the roles of a scope, and the policy report."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Stack, SynthesisError
from apigwv2_integrations.aws_iam import ManagedPolicy, PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.core.precreated_roles import policy_report_files


def _worker(stack: Stack) -> Role:
    role = Role(
        stack,
        "Worker",
        assumed_by=ServicePrincipal("sns.amazonaws.com"),
        managed_policies=[ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")],
    )
    role.add_to_policy(PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    return role


def test_precreated_role_replaces_the_role(app: App, template: Callable[[Stack], dict[str, Any]]) -> None:
    stack = Stack(app, "Stack")
    Role.customize_roles(stack, use_precreated_roles={"Stack/Worker": "worker-role"})
    role = _worker(stack)
    assert stack.resolve(role.role_name) == "worker-role"
    assert "Resources" not in template(stack)


def test_context_key_customizes_roles(app: App) -> None:
    app.node.set_context("@aws-cdk/iam:customizeRoles", {"usePrecreatedRoles": {"Stack/Worker": "ctx-role"}})
    stack = Stack(app, "Stack")
    assert stack.resolve(_worker(stack).role_name) == "ctx-role"


def test_missing_precreated_role_fails_synth_and_writes_nothing(app: App) -> None:
    stack = Stack(app, "Stack")
    Role.customize_roles(stack)
    _worker(stack)
    with pytest.raises(SynthesisError) as raised:
        app.synth()
    assert (
        'Stack/Worker: IAM Role is being created at path "Stack/Worker" and customizeRoles.preventSynthesis '
        "is enabled. You must provide a precreated role name in customizeRoles.precreatedRoles"
    ) in str(raised.value)
    # A failed synth writes nothing; the report it would write lists the role as missing.
    assert not Path(app.outdir).exists()
    report = json.loads(policy_report_files(app)["iam-policy-report.json"])
    assert report["roles"][0] == {
        "roleConstructPath": "Stack/Worker",
        "roleName": "missing role",
        "missing": True,
        "assumeRolePolicy": [
            {"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}}
        ],
        "managedPolicyArns": ["arn:(PARTITION):iam::aws:policy/ReadOnlyAccess"],
        "managedPolicyStatements": [],
        "identityPolicyStatements": [{"Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"}],
    }


def test_prevent_synthesis_false_keeps_the_role_without_its_default_policy(
    app: App, template: Callable[[Stack], dict[str, Any]]
) -> None:
    stack = Stack(app, "Stack")
    Role.customize_roles(stack, prevent_synthesis=False)
    _worker(stack)
    types = [r["Type"] for r in template(stack)["Resources"].values()]
    assert types == ["AWS::IAM::Role"]


def test_no_report_without_customized_roles(app: App) -> None:
    stack = Stack(app, "Stack")
    _worker(stack)
    app.synth()
    assert not (Path(app.outdir) / "iam-policy-report.txt").exists()


def test_unnamed_role_synthesized_anyway_is_known_by_its_id(app: App) -> None:
    stack = Stack(app, "Stack")
    Role.customize_roles(stack, prevent_synthesis=False)
    assert stack.resolve(_worker(stack).role_name) == "Worker"


def test_customer_managed_policy_is_reported_by_its_statements(
    app: App, template: Callable[[Stack], dict[str, Any]]
) -> None:
    stack = Stack(app, "Stack")
    Role.customize_roles(stack, use_precreated_roles={"Stack/Worker": "worker-role"})
    role = _worker(stack)
    policy = ManagedPolicy(
        stack,
        "Listing",
        managed_policy_name="listing",
        statements=[PolicyStatement(actions=["s3:ListBucket"], resources=["*"])],
        roles=[role],
    )
    app.synth()
    report = json.loads((Path(app.outdir) / "iam-policy-report.json").read_text())["roles"][0]
    assert report["managedPolicyStatements"] == [
        {"Action": "s3:ListBucket", "Effect": "Allow", "Resource": "*"}
    ]
    assert report["managedPolicyArns"] == ["arn:(PARTITION):iam::aws:policy/ReadOnlyAccess"]
    assert stack.resolve(policy.managed_policy_name) == "Listing"
    assert "Resources" not in template(stack)
