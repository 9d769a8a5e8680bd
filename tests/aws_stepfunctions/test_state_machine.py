"""StateMachine: its role, definition, type and name rules; machines imported by ARN or name."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Aws, Fn, RemovalPolicy, Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations.assertions import Annotations, Match
from apigwv2_integrations.aws_stepfunctions import (
    DefinitionBody,
    FileDefinitionBody,
    StateMachine,
    StateMachineProps,
    StateMachineType,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, resource_of
from tests.conftest import resources_of_type

DEFINITION = '{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}'


def machine(stack: Stack, **options: Any) -> StateMachine:
    return StateMachine(stack, "Machine", definition_body=DefinitionBody.from_string(DEFINITION), **options)


def test_state_machine_keywords_match_props_fields() -> None:
    assert keyword_names(StateMachine.__init__) == {f.name for f in attrs.fields(StateMachineProps)}


def test_state_machine_runs_as_a_new_role_limited_to_this_accounts_state_machines(
    stack: Stack, template: Any
) -> None:
    machine(stack)
    (role,) = resources_of_type(template(stack), "AWS::IAM::Role").values()
    assert role["Properties"]["AssumeRolePolicyDocument"]["Statement"] == [
        {
            "Action": "sts:AssumeRole",
            "Condition": {
                "ArnLike": {
                    "aws:SourceArn": {
                        "Fn::Join": [
                            "",
                            [
                                "arn:",
                                {"Ref": "AWS::Partition"},
                                ":states:",
                                {"Ref": "AWS::Region"},
                                ":",
                                {"Ref": "AWS::AccountId"},
                                ":stateMachine:*",
                            ],
                        ]
                    }
                },
                "StringEquals": {"aws:SourceAccount": {"Ref": "AWS::AccountId"}},
            },
            "Effect": "Allow",
            "Principal": {"Service": "states.amazonaws.com"},
        }
    ]


def test_state_machine_renders_definition_role_and_depends_on_the_role(stack: Stack) -> None:
    assert resource_of(machine(stack)) == {
        "Type": "AWS::StepFunctions::StateMachine",
        "Properties": {
            "DefinitionString": DEFINITION,
            "RoleArn": {"Fn::GetAtt": ["MachineRoleD2D3D395", "Arn"]},
        },
        "DependsOn": ["MachineRoleD2D3D395"],
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }


def test_state_machine_depends_on_its_role_policy_too(stack: Stack) -> None:
    state_machine = machine(stack)
    state_machine.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    assert resource_of(state_machine)["DependsOn"] == [
        "MachineRoleDefaultPolicy7E8F0778",
        "MachineRoleD2D3D395",
    ]


def test_state_machine_renders_name_type_substitutions_and_removal_policy(stack: Stack) -> None:
    state_machine = machine(
        stack,
        state_machine_name="orders",
        state_machine_type=StateMachineType.EXPRESS,
        definition_substitutions={"delay": "5"},
        removal_policy=RemovalPolicy.RETAIN,
    )
    resource = resource_of(state_machine)
    assert (
        resource["Properties"]["StateMachineName"],
        resource["Properties"]["StateMachineType"],
        resource["Properties"]["DefinitionSubstitutions"],
        resource["DeletionPolicy"],
        state_machine.state_machine_type,
    ) == ("orders", "EXPRESS", {"delay": "5"}, "Retain", StateMachineType.EXPRESS)


def test_state_machine_type_defaults_to_standard_without_rendering_it(stack: Stack) -> None:
    state_machine = machine(stack)
    assert (
        "StateMachineType" in resource_of(state_machine)["Properties"],
        state_machine.state_machine_type,
    ) == (False, StateMachineType.STANDARD)


def test_state_machine_with_a_given_role_creates_none(stack: Stack, template: Any) -> None:
    role = iam.Role(stack, "Own", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
    state_machine = machine(stack, role=role)
    assert (
        state_machine.role,
        state_machine.grant_principal,
        len(resources_of_type(template(stack), "AWS::IAM::Role")),
    ) == (role, role, 1)


def test_state_machine_attributes(stack: Stack) -> None:
    state_machine = machine(stack)
    assert (
        stack.resolve(state_machine.state_machine_arn),
        stack.resolve(state_machine.state_machine_name),
    ) == (
        {"Ref": "Machine6FC8AE80"},
        {"Fn::GetAtt": ["Machine6FC8AE80", "Name"]},
    )


def test_state_machine_definition_with_tokens_renders_a_join(stack: Stack) -> None:
    body = DefinitionBody.from_string(Fn.join("", ['{"Comment":"', Aws.REGION, '"}']))
    state_machine = StateMachine(stack, "Machine", definition_body=body)
    assert resource_of(state_machine)["Properties"]["DefinitionString"] == {
        "Fn::Join": ["", ['{"Comment":"', {"Ref": "AWS::Region"}, '"}']]
    }


def test_state_machine_needs_a_definition_body(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        StateMachine(stack, "Machine")
    assert str(error.value) == (
        "Test/Machine: neither definition_body nor definition is set; pass "
        "definition_body=DefinitionBody.from_chainable(...)"
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Test/Machine: state_machine_name='' is 0 characters long; use 1 to 80"),
        ("a" * 81, f"Test/Machine: state_machine_name={'a' * 81!r} is 81 characters long; use 1 to 80"),
        (
            "a b",
            "Test/Machine: state_machine_name='a b' has characters a state machine name cannot have; "
            "use letters, digits and +!@.()-=_' only",
        ),
    ],
)
def test_state_machine_rejects_bad_names(stack: Stack, name: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        machine(stack, state_machine_name=name)
    assert str(error.value) == message


def test_imported_state_machines_by_arn_and_by_name(stack: Stack) -> None:
    by_arn = StateMachine.from_state_machine_arn(
        stack, "ByArn", "arn:aws:states:us-east-1:123456789012:stateMachine:orders"
    )
    by_name = StateMachine.from_state_machine_name(stack, "ByName", "orders")
    assert (by_arn.state_machine_arn, stack.resolve(by_name.state_machine_arn)) == (
        "arn:aws:states:us-east-1:123456789012:stateMachine:orders",
        {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":states:",
                    {"Ref": "AWS::Region"},
                    ":",
                    {"Ref": "AWS::AccountId"},
                    ":stateMachine:orders",
                ],
            ]
        },
    )


def test_imported_state_machine_rejects_a_non_arn(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        StateMachine.from_state_machine_arn(stack, "ByArn", "orders")
    assert str(error.value) == (
        "Test: state_machine_arn='orders' is not an ARN; "
        "use 'arn:<partition>:states:<region>:<account>:stateMachine:<name>'"
    )


def test_a_grant_to_an_imported_state_machine_is_a_warning_to_add_it_to_its_role(stack: Stack) -> None:
    imported = StateMachine.from_state_machine_arn(
        stack, "ByArn", "arn:aws:states:us-east-1:123456789012:stateMachine:orders"
    )
    grant = iam.Grant.add_to_principal(grantee=imported, actions=["sqs:SendMessage"], resource_arns=["*"])
    assert grant.success
    warnings = Annotations.from_stack(stack).find_warning("*", Match.any_value())
    assert [(w.id, w.entry.data) for w in warnings] == [
        (
            "/Test/ByArn",
            'Add statement to this resource\'s role: {"Action":"sqs:SendMessage","Effect":"Allow","Resource":"*"} '
            "[ack: @aws-cdk/aws-iam:unknownPrincipalAddStatementToRole]",
        )
    ]


def test_definition_file_takes_asset_options(tmp_path: Any, stack: Stack, template: Any) -> None:
    path = tmp_path / "definition.json"
    path.write_text('{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}\n')
    role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    StateMachine(
        stack,
        "Custom",
        definition_body=FileDefinitionBody.from_file(str(path), asset_hash="myhash", readers=[role]),
    )
    StateMachine(stack, "Excluding", definition_body=DefinitionBody.from_file(str(path), exclude=["*.txt"]))
    rendered = template(stack)
    keys = [
        m["Properties"]["DefinitionS3Location"]["Key"]
        for m in resources_of_type(rendered, "AWS::StepFunctions::StateMachine").values()
    ]
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    # The keys are aws-cdk-lib's: the SHA-256 of the custom hash, and the file's fingerprint.
    assert (keys, policy["Properties"]["PolicyDocument"]["Statement"][0]["Action"]) == (
        [
            "e037f671bf37164c071d526e8960fd9122383d5d73ef3b60f1bc9f330a15c1e1.json",
            "754e7b5148321c0015b5499896582819c611f14ad442eed365554025cd0ef311.json",
        ],
        ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
    )
