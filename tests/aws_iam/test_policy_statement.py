"""PolicyStatement: rendering, normalization and the rules on actions, principals and resources."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.aws_iam import (
    AccountRootPrincipal,
    AnyPrincipal,
    ArnPrincipal,
    Effect,
    PolicyDocument,
    PolicyStatement,
    ServicePrincipal,
    StarPrincipal,
)


def test_statement_renders_keys_in_aws_cdk_lib_order(stack: Stack) -> None:
    statement = PolicyStatement(
        sid="S",
        effect=Effect.DENY,
        actions=["s3:GetObject", "s3:ListBucket"],
        resources=["arn:aws:s3:::b"],
        conditions={"Bool": {"aws:SecureTransport": "false"}},
    )
    rendered = stack.resolve(statement.to_statement_json())
    assert list(rendered) == ["Action", "Condition", "Effect", "Resource", "Sid"]
    assert rendered["Effect"] == "Deny"


def test_single_values_are_unwrapped_and_duplicates_dropped(stack: Stack) -> None:
    statement = PolicyStatement(actions=["s3:b", "s3:a", "s3:b"], resources=["x"])
    assert stack.resolve(statement.to_statement_json()) == {
        "Action": ["s3:b", "s3:a"],
        "Effect": "Allow",
        "Resource": "x",
    }


def test_not_fields_render_with_not_keys(stack: Stack) -> None:
    statement = PolicyStatement(not_actions=["s3:b"], not_resources=["b"])
    assert stack.resolve(statement.to_statement_json()) == {
        "NotAction": "s3:b",
        "Effect": "Allow",
        "NotResource": "b",
    }


def test_principals_merge_by_kind(stack: Stack) -> None:
    statement = PolicyStatement(
        actions=["s3:GetObject"],
        principals=[
            AnyPrincipal(),
            ServicePrincipal("a.amazonaws.com"),
            AccountRootPrincipal(),
            ArnPrincipal("arn:x"),
        ],
    )
    assert stack.resolve(statement.to_statement_json())["Principal"] == {
        "AWS": [
            "*",
            {
                "Fn::Join": [
                    "",
                    ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"}, ":root"],
                ]
            },
            "arn:x",
        ],
        "Service": "a.amazonaws.com",
    }


def test_star_principal_renders_as_bare_string(stack: Stack) -> None:
    statement = PolicyStatement(actions=["s3:GetObject"], principals=[StarPrincipal()])
    assert stack.resolve(statement.to_statement_json())["Principal"] == "*"


def test_star_principal_cannot_join_other_principals() -> None:
    with pytest.raises(ValidationError) as error:
        PolicyStatement(actions=["s3:GetObject"], principals=[ServicePrincipal("a"), StarPrincipal()])
    assert str(error.value) == (
        'principals={"Service": ["a.amazonaws.com"]} cannot take {"LiteralString": ["*"]}: a literal '
        "principal string stands alone; put the other principals in their own statement"
    )


def test_add_condition_merges_keys_of_an_operator() -> None:
    statement = PolicyStatement(actions=["s3:a"], conditions={"StringEquals": {"a": "1"}})
    statement.add_condition("StringEquals", {"b": "2"})
    assert statement.conditions == {"StringEquals": {"a": "1", "b": "2"}}


def test_action_must_name_a_service() -> None:
    with pytest.raises(ValidationError) as error:
        PolicyStatement(actions=["GetObject"])
    assert str(error.value) == (
        "actions entry 'GetObject' is not an action; write 'service:ActionName' (wildcards allowed) or '*'"
    )


def test_actions_and_not_actions_exclude_each_other() -> None:
    with pytest.raises(ValidationError) as error:
        PolicyStatement(actions=["s3:a"], not_actions=["s3:b"])
    assert (
        str(error.value) == "not_actions cannot be added to a statement that has actions; use one of the two"
    )


def test_resources_and_not_resources_exclude_each_other() -> None:
    statement = PolicyStatement(actions=["s3:a"], resources=["*"])
    with pytest.raises(ValidationError) as error:
        statement.add_not_resources("x")
    assert (
        str(error.value)
        == "not_resources cannot be added to a statement that has resources; use one of the two"
    )


def test_principals_with_different_conditions_are_rejected() -> None:
    with pytest.raises(ValidationError) as error:
        PolicyStatement(
            actions=["s3:a"],
            principals=[
                ServicePrincipal("a", conditions={"StringEquals": {"k": "v"}}),
                ServicePrincipal("b"),
            ],
        )
    assert str(error.value) == (
        'principals have different conditions ({"StringEquals":{"k":"v"}} and {}); '
        "put principals with other conditions in their own statement"
    )


def test_frozen_statement_cannot_change() -> None:
    statement = PolicyStatement(actions=["s3:a"]).freeze()
    with pytest.raises(ValidationError) as error:
        statement.add_resources("*")
    assert str(error.value) == (
        "add_resources cannot change a statement that has been rendered; call copy() and change the copy"
    )


def test_copy_is_changeable_and_keeps_fields(stack: Stack) -> None:
    original = PolicyStatement(actions=["s3:a"], resources=["*"], principals=[ServicePrincipal("s")]).freeze()
    copy = original.copy()
    copy.add_actions("s3:b")
    assert stack.resolve(copy.to_statement_json()) == {
        "Action": ["s3:a", "s3:b"],
        "Effect": "Allow",
        "Principal": {"Service": "s.amazonaws.com"},
        "Resource": "*",
    }


def test_identity_policy_checks() -> None:
    statement = PolicyStatement(principals=[ServicePrincipal("s")])
    assert statement.validate_for_identity_policy() == [
        "statement has no actions; pass actions=[...] or not_actions=[...]",
        "statement names principals, which identity policies cannot; drop principals=[...]",
        "statement has no resources; pass resources=[...] or not_resources=[...]",
    ]


def test_resource_policy_needs_a_principal() -> None:
    assert PolicyStatement(actions=["s3:a"], resources=["*"]).validate_for_resource_policy() == [
        "statement names no principals; pass principals=[...] or not_principals=[...]"
    ]


def test_resource_policy_needs_resources_unless_skipped() -> None:
    statement = PolicyStatement(actions=["s3:a"], principals=[ServicePrincipal("s")])
    document = PolicyDocument(statements=[statement])
    assert (
        statement.validate_for_resource_policy(),
        statement.validate_for_resource_policy(skip_resource_validation=True),
        document.validate_for_resource_policy(),
        document.validate_for_resource_policy(skip_resource_validation=True),
    ) == (
        ["statement has no resources; pass resources=[...] or not_resources=[...]"],
        [],
        ["statement has no resources; pass resources=[...] or not_resources=[...]"],
        [],
    )


def test_add_service_principal_accepts_the_deprecated_region() -> None:
    statement = PolicyStatement(actions=["s3:a"])
    statement.add_service_principal("lambda.amazonaws.com", region="us-west-2")
    assert statement.to_statement_json()["Principal"] == {"Service": "lambda.amazonaws.com"}


def test_from_json_round_trips(stack: Stack) -> None:
    json_statement = {
        "Action": ["s3:a", "s3:b"],
        "Effect": "Deny",
        "Principal": {"Service": "s", "AWS": "arn:x"},
        "Resource": "*",
        "Sid": "X",
    }
    rendered = stack.resolve(PolicyStatement.from_json(json_statement).to_statement_json())
    assert rendered == {
        "Action": ["s3:a", "s3:b"],
        "Effect": "Deny",
        "Principal": {"Service": "s", "AWS": "arn:x"},
        "Resource": "*",
        "Sid": "X",
    }


def test_from_json_refuses_an_unknown_effect() -> None:
    with pytest.raises(ValidationError) as error:
        PolicyStatement.from_json({"Effect": "Maybe", "Action": "s3:*", "Resource": "*"})
    assert (
        str(error.value)
        == "PolicyStatement.from_json: Effect='Maybe' is not an effect; use 'Allow' or 'Deny'"
    )


def test_from_json_needs_an_action() -> None:
    with pytest.raises(ValidationError) as error:
        PolicyStatement.from_json({"effect": "Allow", "action": "s3:*", "resource": "*"})
    assert str(error.value) == (
        "PolicyStatement.from_json: obj has neither 'Action' nor 'NotAction' (keys: ['action', 'effect', "
        "'resource']); give one of them, with IAM's capitalized key names"
    )


def test_identity_policies_take_only_alphanumeric_sids() -> None:
    statement = PolicyStatement(sid="read-all", actions=["s3:GetObject"], resources=["*"])
    assert statement.validate_for_identity_policy() == [
        "statement has sid='read-all', which identity policies do not accept; use only letters A-Z, a-z and "
        "digits 0-9"
    ]
    assert statement.validate_for_resource_policy(skip_resource_validation=True) == [
        "statement names no principals; pass principals=[...] or not_principals=[...]"
    ]
    assert (
        PolicyStatement(
            sid="ReadAll1", actions=["s3:GetObject"], resources=["*"]
        ).validate_for_identity_policy()
        == []
    )


def test_repeated_actions_resources_and_principal_objects_count_once(stack: Stack) -> None:
    principal = ArnPrincipal("arn:x")
    statement = PolicyStatement(
        actions=["s3:GetObject", "s3:GetObject"],
        principals=[principal, principal, ArnPrincipal("arn:x")],
        resources=["a", "a", "b"],
    )
    statement.add_principals(principal)
    statement.add_resources("b")
    assert (statement.actions, statement.resources) == (["s3:GetObject"], ["a", "b"])
    # Two principal objects with one ARN are two principals, as in aws-cdk-lib.
    assert stack.resolve(statement.to_statement_json()) == {
        "Action": "s3:GetObject",
        "Effect": "Allow",
        "Principal": {"AWS": ["arn:x", "arn:x"]},
        "Resource": ["a", "b"],
    }


def test_to_string_is_a_token_that_renders_the_statement(stack: Stack) -> None:
    statement = PolicyStatement(actions=["s3:GetObject"], resources=["*"])
    text = statement.to_string()
    assert text.startswith("${Token[PolicyStatement.")
    assert stack.resolve({"P": text}) == {"P": {"Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"}}


def test_trust_policy_checks() -> None:
    assert (
        PolicyStatement().validate_for_trust_policy(),
        PolicyStatement(actions=["sts:AssumeRole"]).validate_for_trust_policy(),
        PolicyStatement(
            actions=["sts:AssumeRole"], not_principals=[AnyPrincipal()]
        ).validate_for_trust_policy(),
    ) == (
        [
            "statement has no actions; pass actions=[...] or not_actions=[...]",
            "statement names no principals; pass principals=[...] or not_principals=[...]",
        ],
        ["statement names no principals; pass principals=[...] or not_principals=[...]"],
        [],
    )


def test_document_trust_policy_checks_list_the_problems_of_each_statement() -> None:
    document = PolicyDocument(
        statements=[
            PolicyStatement(actions=["s3:GetObject"], resources=["*"]),
            PolicyStatement(actions=["sts:AssumeRole"], principals=[AnyPrincipal()]),
            PolicyStatement(resources=["*"]),
        ]
    )
    assert document.validate_for_trust_policy() == [
        "statement names no principals; pass principals=[...] or not_principals=[...]",
        "statement has no actions; pass actions=[...] or not_actions=[...]",
        "statement names no principals; pass principals=[...] or not_principals=[...]",
    ]


def test_size_estimate_counts_literal_lengths_and_estimates_for_tokens(stack: Stack) -> None:
    from apigwv2_integrations import Aws
    from apigwv2_integrations.aws_iam.policy_statement import SizeEstimate

    statement = PolicyStatement(
        actions=["s3:GetObject", "s3:PutObject"],
        resources=["arn:aws:s3:::b/*", f"arn:aws:s3:::{Aws.ACCOUNT_ID}"],
        conditions={"StringEquals": {"k": "\U0001f600"}},
    )
    # `"Effect": "Allow",` 18; Action 11 + 2 * 15; Resource 13 + 19 + (150 + 3); conditions 27 characters
    # (JavaScript counts the emoji as two).
    assert statement._estimate_size(SizeEstimate(action=20, arn=150)) == 18 + 41 + 185 + 27
    assert (
        PolicyStatement(actions=["s3:a"], principals=[ArnPrincipal("arn:x")])._estimate_size(
            SizeEstimate(action=20, arn=60)
        )
        == 18 + 11 + 7 + 60 + 2
    )
