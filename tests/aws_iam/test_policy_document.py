"""PolicyDocument: rendering, de-duplication, Sids and minimizing."""

from __future__ import annotations

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_iam import PolicyDocument, PolicyStatement


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
