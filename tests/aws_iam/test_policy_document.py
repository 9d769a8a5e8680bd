"""PolicyDocument: rendering, de-duplication, Sids and minimizing."""

from __future__ import annotations

from typing import Any

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_iam import (
    ArnPrincipal,
    PolicyDocument,
    PolicyStatement,
    PrincipalWithConditions,
    Role,
    ServicePrincipal,
)
from apigwv2_integrations.aws_kms import Key, ViaServicePrincipal


def test_empty_document_renders_nothing(stack: Stack) -> None:
    assert stack.resolve(PolicyDocument()) is None


def test_duplicate_statements_are_dropped(stack: Stack) -> None:
    document = PolicyDocument(
        statements=[
            PolicyStatement(actions=["s3:a"], resources=["b"]),
            PolicyStatement(actions=["s3:a"], resources=["b"]),
        ]
    )
    assert stack.resolve(document) == {
        "Statement": [{"Action": "s3:a", "Effect": "Allow", "Resource": "b"}],
        "Version": "2012-10-17",
    }


def test_assign_sids_numbers_statements_after_de_duplication(stack: Stack) -> None:
    document = PolicyDocument(
        assign_sids=True,
        statements=[
            PolicyStatement(actions=["s3:a"], resources=["b"]),
            PolicyStatement(actions=["s3:a"], resources=["b"]),
            PolicyStatement(actions=["s3:c"], resources=["b"]),
        ],
    )
    assert [s["Sid"] for s in stack.resolve(document)["Statement"]] == ["0", "1"]


def test_statements_are_not_merged_by_default(stack: Stack) -> None:
    document = PolicyDocument(
        statements=[
            PolicyStatement(actions=["s3:a"], resources=["b"]),
            PolicyStatement(actions=["s3:b"], resources=["b"]),
        ]
    )
    assert len(stack.resolve(document)["Statement"]) == 2


def test_minimize_merges_statements_with_equal_resources(stack: Stack) -> None:
    document = PolicyDocument(
        minimize=True,
        statements=[
            PolicyStatement(actions=["s3:b"], resources=["r"]),
            PolicyStatement(actions=["s3:a"], resources=["r"]),
            PolicyStatement(actions=["s3:a"], resources=["other"], sid="Kept"),
        ],
    )
    assert stack.resolve(document)["Statement"] == [
        {"Action": ["s3:a", "s3:b"], "Effect": "Allow", "Resource": "r"},
        {"Action": "s3:a", "Effect": "Allow", "Resource": "other", "Sid": "Kept"},
    ]


def test_minimize_follows_the_context_flag() -> None:
    app = App(context={"@aws-cdk/aws-iam:minimizePolicies": True})
    stack = Stack(app, "S")
    document = PolicyDocument(
        statements=[
            PolicyStatement(actions=["s3:a"], resources=["x"]),
            PolicyStatement(actions=["s3:a"], resources=["y"]),
        ]
    )
    assert stack.resolve(document)["Statement"] == [
        {"Action": "s3:a", "Effect": "Allow", "Resource": ["x", "y"]}
    ]


def test_from_json_reads_statements(stack: Stack) -> None:
    document = PolicyDocument.from_json(
        {"Version": "2012-10-17", "Statement": {"Action": "s3:a", "Effect": "Allow", "Resource": "*"}}
    )
    assert document.statement_count == 1
    assert stack.resolve(document)["Statement"] == [{"Action": "s3:a", "Effect": "Allow", "Resource": "*"}]


# --- minimizing: which principals are equal (expected policies as aws-cdk-lib 2.275.0 writes them) ---------

_ROLE_ARN = {"Fn::GetAtt": ["RC21A1702", "Arn"]}
_ACCOUNT_ROOT = {
    "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"}, ":root"]]
}
_VIA_SVC = {"StringEquals": {"kms:ViaService": "svc"}}
_ENCRYPT = ["kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"]


def _minimizing_stack() -> tuple[Stack, Role]:
    stack = Stack(App(context={"@aws-cdk/aws-iam:minimizePolicies": True}), "S")
    return stack, Role(stack, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))


def _key_policy(stack: Stack, key: Key) -> Any:
    return stack.resolve(key.policy)


def test_minimize_keeps_grants_to_two_via_service_principals_of_one_role_apart() -> None:
    stack, role = _minimizing_stack()
    key = Key(stack, "Key")
    key.grant_decrypt(ViaServicePrincipal("svc", role.grant_principal))
    key.grant_encrypt(ViaServicePrincipal("svc", role.grant_principal))
    assert _key_policy(stack, key) == {
        "Statement": [
            {"Action": "kms:*", "Effect": "Allow", "Principal": {"AWS": _ACCOUNT_ROOT}, "Resource": "*"},
            {
                "Action": "kms:Decrypt",
                "Condition": _VIA_SVC,
                "Effect": "Allow",
                "Principal": {"AWS": _ROLE_ARN},
                "Resource": "*",
            },
            {
                "Action": _ENCRYPT,
                "Condition": _VIA_SVC,
                "Effect": "Allow",
                "Principal": {"AWS": _ROLE_ARN},
                "Resource": "*",
            },
        ],
        "Version": "2012-10-17",
    }


def test_minimize_merges_grants_to_via_service_principals_of_one_arn() -> None:
    stack, role = _minimizing_stack()
    key = Key(stack, "Key")
    key.grant_decrypt(ViaServicePrincipal("svc", ArnPrincipal(role.role_arn)))
    key.grant_encrypt(ViaServicePrincipal("svc", ArnPrincipal(role.role_arn)))
    assert _key_policy(stack, key) == {
        "Statement": [
            {"Action": "kms:*", "Effect": "Allow", "Principal": {"AWS": _ACCOUNT_ROOT}, "Resource": "*"},
            {
                "Action": ["kms:Decrypt", *_ENCRYPT],
                "Condition": _VIA_SVC,
                "Effect": "Allow",
                "Principal": {"AWS": _ROLE_ARN},
                "Resource": "*",
            },
        ],
        "Version": "2012-10-17",
    }


def test_minimize_merges_a_role_with_itself_only() -> None:
    stack, role = _minimizing_stack()
    condition = {"StringEquals": {"aws:SourceAccount": "123456789012"}}
    imported = "arn:aws:iam::123456789012:role/imported"
    document = PolicyDocument(
        statements=[
            PolicyStatement(actions=["kms:Decrypt"], resources=["*"], principals=[role]),
            PolicyStatement(actions=["kms:Encrypt"], resources=["*"], principals=[role]),
            PolicyStatement(
                actions=["kms:Sign"], resources=["*"], principals=[PrincipalWithConditions(role, condition)]
            ),
            PolicyStatement(
                actions=["kms:Verify"], resources=["*"], principals=[PrincipalWithConditions(role, condition)]
            ),
            PolicyStatement(
                actions=["kms:DescribeKey"],
                resources=["*"],
                principals=[Role.from_role_arn(stack, "ImportedA", imported)],
            ),
            PolicyStatement(
                actions=["kms:GetPublicKey"],
                resources=["*"],
                principals=[Role.from_role_arn(stack, "ImportedB", imported)],
            ),
        ]
    )
    role_arn = {"AWS": {"Fn::GetAtt": ["RC21A1702", "Arn"]}}
    assert stack.resolve(document) == {
        "Statement": [
            {
                "Action": ["kms:Decrypt", "kms:Encrypt"],
                "Effect": "Allow",
                "Principal": role_arn,
                "Resource": "*",
            },
            {
                "Action": "kms:Sign",
                "Condition": condition,
                "Effect": "Allow",
                "Principal": role_arn,
                "Resource": "*",
            },
            {
                "Action": "kms:Verify",
                "Condition": condition,
                "Effect": "Allow",
                "Principal": role_arn,
                "Resource": "*",
            },
            {
                "Action": ["kms:DescribeKey", "kms:GetPublicKey"],
                "Effect": "Allow",
                "Principal": {"AWS": imported},
                "Resource": "*",
            },
        ],
        "Version": "2012-10-17",
    }
