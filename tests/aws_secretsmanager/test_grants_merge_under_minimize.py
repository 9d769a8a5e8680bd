"""Secret grants: read and write grants on one secret share a resource, so minimized policies merge them."""

from __future__ import annotations

from pathlib import Path

from apigwv2_integrations import App, Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_iam import AccountRootPrincipal, Role
from apigwv2_integrations.aws_secretsmanager import Secret
from tests.conftest import resources_of_type


def test_read_and_write_grants_merge_by_secret_before_imported_secret(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path), context={"@aws-cdk/aws-iam:minimizePolicies": True})
    stack = Stack(app, "S")
    secret = Secret(stack, "Sec")
    role = Role(stack, "R", assumed_by=AccountRootPrincipal())
    secret.grant_read(role)
    secret.grant_write(role)
    imported = Secret.from_secret_attributes(
        stack, "Imp", secret_complete_arn="arn:aws:secretsmanager:us-east-1:123456789012:secret:x-AbCdEf"
    )
    imported.grant_read(role)

    (policy,) = resources_of_type(Template.from_stack(stack).to_json(), "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": [
                "secretsmanager:DescribeSecret",
                "secretsmanager:GetSecretValue",
                "secretsmanager:PutSecretValue",
                "secretsmanager:UpdateSecret",
                "secretsmanager:UpdateSecretVersionStage",
            ],
            "Effect": "Allow",
            "Resource": {"Ref": "Sec2765B176"},
        },
        {
            "Action": ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"],
            "Effect": "Allow",
            "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:x-AbCdEf",
        },
    ]
