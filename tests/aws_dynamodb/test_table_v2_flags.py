"""TableV2 under @aws-cdk/aws-dynamodb:resourcePolicyPerReplica, off and on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_dynamodb import Attribute, AttributeType, ReplicaTableProps, TableV2
from apigwv2_integrations.aws_iam import AccountRootPrincipal, PolicyDocument, PolicyStatement
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

FLAG = "@aws-cdk/aws-dynamodb:resourcePolicyPerReplica"


def _document(action: str) -> PolicyDocument:
    return PolicyDocument(
        statements=[PolicyStatement(actions=[action], principals=[AccountRootPrincipal()], resources=["*"])]
    )


def _policies_by_region(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Render, enabled: bool
) -> dict[str, Any]:
    for variable in ("CDK_OUTDIR", "CDK_CONTEXT_JSON", "CDK_DEFAULT_ACCOUNT", "CDK_DEFAULT_REGION"):
        monkeypatch.delenv(variable, raising=False)
    app = App(outdir=str(tmp_path / "cdk.out"), context={FLAG: enabled})
    stack = Stack(app, "Test", env=Environment(region="us-east-1"))
    TableV2(
        stack,
        "Table",
        partition_key=Attribute(name="pk", type=AttributeType.STRING),
        resource_policy=_document("dynamodb:GetItem"),
        replicas=[
            ReplicaTableProps(region="us-west-2"),
            ReplicaTableProps(region="eu-west-1", resource_policy=_document("dynamodb:Query")),
        ],
    )
    (table,) = resources_of_type(template(stack), "AWS::DynamoDB::GlobalTable").values()
    return {
        replica["Region"]: replica.get("ResourcePolicy", {}).get("PolicyDocument", {}).get("Statement")
        for replica in table["Properties"]["Replicas"]
    }


def _statement(action: str) -> list[Any]:
    principal = {
        "AWS": {
            "Fn::Join": [
                "",
                ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"}, ":root"],
            ]
        }
    }
    return [{"Action": action, "Effect": "Allow", "Principal": principal, "Resource": "*"}]


def test_replicas_inherit_the_table_policy_without_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Render
) -> None:
    assert _policies_by_region(tmp_path, monkeypatch, template, False) == {
        "us-west-2": _statement("dynamodb:GetItem"),
        "eu-west-1": _statement("dynamodb:Query"),
        "us-east-1": _statement("dynamodb:GetItem"),
    }


def test_replicas_in_other_regions_have_only_their_own_policy_with_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Render
) -> None:
    assert _policies_by_region(tmp_path, monkeypatch, template, True) == {
        "us-west-2": None,
        "eu-west-1": _statement("dynamodb:Query"),
        "us-east-1": _statement("dynamodb:GetItem"),
    }
