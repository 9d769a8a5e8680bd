"""Minimized documents: statements of one principal object merge again after a first merge."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Key

_MINIMIZE = "@aws-cdk/aws-iam:minimizePolicies"


def test_three_grants_to_one_role_merge_into_one_key_statement(
    app: App, template: Callable[[Stack], dict[str, Any]]
) -> None:
    app.node.set_context(_MINIMIZE, True)
    owner = Stack(app, "Owner", env=Environment(account="111111111111", region="eu-west-1"))
    reader = Stack(app, "Reader", env=Environment(account="222222222222", region="eu-west-1"))
    key = Key(owner, "Key")
    role = Role(reader, "Fn", assumed_by=ServicePrincipal("lambda.amazonaws.com"), role_name="reader-fn")
    auditor = Role.from_role_arn(reader, "Auditor", "arn:aws:iam::222222222222:role/auditor", mutable=False)

    key.grant(role, "kms:Decrypt", "kms:DescribeKey")
    key.grant(role, "kms:Decrypt")
    key.grant(role, "kms:Decrypt", "kms:Encrypt")
    key.grant(auditor, "kms:Decrypt", "kms:DescribeKey")

    statements = template(owner)["Resources"]["Key961B73FD"]["Properties"]["KeyPolicy"]["Statement"]
    assert statements[1:] == [
        {
            "Action": ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt"],
            "Effect": "Allow",
            "Principal": {
                "AWS": {
                    "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::222222222222:role/reader-fn"]]
                }
            },
            "Resource": "*",
        },
        {
            "Action": ["kms:Decrypt", "kms:DescribeKey"],
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::222222222222:role/auditor"},
            "Resource": "*",
        },
    ]
