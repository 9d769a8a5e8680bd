"""Stack: names, artifact ids, environments, dependencies and exports (core/stack.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import (
    App,
    Aws,
    CfnResource,
    CliCredentialsStackSynthesizer,
    Construct,
    Stack,
    Stage,
    ValidationError,
)
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.core.errors import SynthesisError


def test_stack_name_defaults_to_the_id() -> None:
    stack = Stack(App(), "MyStack")
    assert (stack.stack_name, stack.artifact_id, stack.template_file) == (
        "MyStack",
        "MyStack",
        "MyStack.template.json",
    )


def test_nested_in_a_construct_gets_a_hashed_artifact_id() -> None:
    stack = Stack(Construct(App(), "Group"), "Inner")
    assert (stack.artifact_id, stack.stack_name) == ("GroupInner92CB7A4B", "GroupInner92CB7A4B")


def test_explicit_stack_name_keeps_the_artifact_id() -> None:
    stack = Stack(App(), "Id", stack_name="deployed-name")
    assert (stack.artifact_id, stack.stack_name) == ("Id", "deployed-name")


@pytest.mark.parametrize("name", ["bad_name", "1abc", "with space"])
def test_invalid_stack_names(name: str) -> None:
    with pytest.raises(ValidationError) as error:
        Stack(App(), "S", stack_name=name)
    assert str(error.value) == (
        f"S: stack_name={name!r} is not a valid stack name; start with a letter and use only letters, digits "
        "and hyphens (the id is the default name: pass stack_name=... to choose another)"
    )


def test_invalid_id_as_default_name() -> None:
    with pytest.raises(ValidationError) as error:
        Stack(App(), "bad_name")
    assert str(error.value).startswith("bad_name: stack_name='bad_name' is not a valid stack name;")


def test_stack_name_longer_than_128() -> None:
    with pytest.raises(ValidationError) as error:
        Stack(App(), "S", stack_name="x" * 129)
    assert str(error.value) == f"S: stack_name={'x' * 129!r} is 129 characters long; use at most 128"


def test_token_stack_name_is_an_error() -> None:
    with pytest.raises(ValidationError) as error:
        Stack(App(), "S", stack_name=Aws.ACCOUNT_ID)
    assert str(error.value) == (
        f"S: stack_name={Aws.ACCOUNT_ID!r} is a token; a stack name must be a literal string, known when the "
        "app is synthesized"
    )


def test_description_longer_than_1024() -> None:
    with pytest.raises(ValidationError) as error:
        Stack(App(), "S", description="x" * 1025)
    assert str(error.value) == "S: description is 1025 characters long; use at most 1024"


def test_stack_of_outside_a_stack() -> None:
    loose = Construct(App(), "Loose")
    with pytest.raises(ValidationError) as error:
        Stack.of(loose)
    assert str(error.value) == "Loose: is not inside a Stack; create it in a Stack's scope"


def test_environment_agnostic_and_explicit() -> None:
    app = App()
    agnostic = Stack(app, "A")
    pinned = Stack(app, "B", env={"account": "111111111111", "region": "eu-west-1"})
    assert (agnostic.environment, agnostic.is_environment_agnostic) == (
        "aws://unknown-account/unknown-region",
        True,
    )
    assert (pinned.environment, pinned.region, pinned.is_environment_agnostic) == (
        "aws://111111111111/eu-west-1",
        "eu-west-1",
        False,
    )
    assert agnostic.resolve(agnostic.region) == {"Ref": "AWS::Region"}


def test_add_dependency_and_cycle_error() -> None:
    app = App()
    a, b = Stack(app, "A"), Stack(app, "B")
    a.add_dependency(b)
    assert a.dependencies == [b]
    with pytest.raises(ValidationError) as error:
        b.add_dependency(a)
    assert str(error.value) == "B: depends on 'A', which already depends on 'B'; this would create a cycle"


def test_a_cycle_of_references_names_both_references() -> None:
    app = App()
    a, b = Stack(app, "A"), Stack(app, "B")
    queue_a = CfnResource(a, "Q", type="AWS::SQS::Queue")
    queue_b = CfnResource(b, "Q", type="AWS::SQS::Queue")
    CfnResource(b, "U", type="T", properties={"X": queue_a.ref})
    CfnResource(a, "U", type="T", properties={"X": queue_b.ref})
    CfnResource(a, "V", type="T", properties={"X": queue_b.ref})  # the same reason is named once
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [
        (
            "B",
            "depends on 'A' (B -> A/Q.Ref), which already depends on 'B' (A -> B/Q.Ref); "
            "this would create a cycle",
        )
    ]


def test_dependency_on_a_stack_of_another_app() -> None:
    a, b = Stack(App(), "A"), Stack(App(), "B")
    with pytest.raises(ValidationError) as error:
        b.add_dependency(a)
    assert str(error.value) == "B: cannot depend on 'A': it belongs to another app"


def test_reference_across_apps_is_an_error() -> None:
    producer = Stack(App(), "A")
    consumer_app = App()
    consumer = Stack(consumer_app, "B")
    queue = CfnResource(producer, "Q", type="AWS::SQS::Queue")
    CfnResource(consumer, "U", type="T", properties={"X": queue.ref})
    with pytest.raises(SynthesisError) as error:
        consumer_app.synth()
    assert error.value.problems == [
        (
            "B",
            "references 'A/Q', which belongs to another app; stacks can only reference stacks of the same app",
        )
    ]


@pytest.mark.parametrize(
    ("producer_env", "consumer_env"),
    [
        (None, {"account": "1", "region": "eu-west-1"}),
        ({"account": "1", "region": "eu-west-1"}, None),
        ({"account": "1"}, {"account": "1", "region": "eu-west-1"}),
    ],
)
def test_reference_between_an_unknown_and_a_known_region_is_an_error(
    producer_env: dict[str, str] | None, consumer_env: dict[str, str] | None
) -> None:
    app = App()
    producer = Stack(app, "P", env=producer_env)
    consumer = Stack(app, "C", env=consumer_env)
    queue = CfnResource(producer, "Q", type="AWS::SQS::Queue")
    CfnResource(consumer, "U", type="T", properties={"X": queue.ref})
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [
        (
            "C",
            f"references 'P/Q' in stack 'P' of environment {producer.environment!r}, but this stack is in "
            f"{consumer.environment!r}; references across environments need both stacks to name their "
            "region (env=Environment(account=..., region=...))",
        )
    ]


def test_reference_to_another_region_reads_an_ssm_export() -> None:
    app = App()
    producer = Stack(app, "P", env={"account": "1", "region": "us-east-1"})
    consumer = Stack(app, "C", env={"account": "1", "region": "eu-west-1"})
    queue = CfnResource(producer, "Q", type="AWS::SQS::Queue")
    CfnResource(consumer, "U", type="T", properties={"X": queue.ref})
    template = app.synth().get_stack_by_name("C").template
    assert template["Resources"]["U"]["Properties"]["X"] == {
        "Fn::GetAtt": ["ExportsReader8B249524", "/cdk/exports/C/Puseast1RefQD265D261"]
    }


def test_reference_across_accounts_reads_a_published_output_with_a_role() -> None:
    app = App()
    producer = Stack(app, "P", env={"account": "111111111111", "region": "us-east-1"})
    consumer = Stack(app, "C", env={"account": "222222222222", "region": "eu-west-1"})
    queue = CfnResource(producer, "Q", type="AWS::SQS::Queue")
    CfnResource(consumer, "U", type="T", properties={"X": queue.ref})
    assembly = app.synth()
    assert assembly.get_stack_by_name("C").template["Resources"]["U"]["Properties"]["X"] == {
        "Fn::GetStackOutput": {
            "StackName": "P",
            "Region": "us-east-1",
            "RoleArn": {
                "Fn::Join": [
                    "",
                    [
                        "arn:",
                        {"Ref": "AWS::Partition"},
                        ":iam::111111111111:role/PPublishGetStackOutputRole1D5D7ED2",
                    ],
                ]
            },
            "OutputName": "PublishOutputRefQF0ACD029",
        }
    }
    resources = assembly.get_stack_by_name("P").template["Resources"]
    role = resources["PublishGetStackOutputRoleF953C5C7"]["Properties"]
    assert role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"] == {
        "AWS": {
            "Fn::Sub": "arn:${AWS::Partition}:iam::222222222222:role/cdk-hnb659fds-cfn-exec-role-222222222222-eu-west-1"
        }
    }
    assert resources["PublishGetStackOutputPolicy1874DE82"]["Properties"]["PolicyName"] == (
        "PPublishGetStackOutputPolicy95C05619"
    )
    assert [m.entry.data for m in assembly.get_stack_by_name("C").messages][-1] == (
        "Strong references requested, but cross-account references can only be weak. Acknowledge this warning "
        'or set "@aws-cdk/core:defaultCrossStackReferences" to "weak" to remove this message. '
        "[ack: @aws-cdk/core:crossAccountRefsAreAlwaysWeak]"
    )


def test_reference_across_accounts_needs_a_cloudformation_role() -> None:
    app = App()
    producer = Stack(app, "P", env={"account": "111111111111", "region": "us-east-1"})
    consumer = Stack(
        app,
        "C",
        env={"account": "222222222222", "region": "us-east-1"},
        synthesizer=CliCredentialsStackSynthesizer(),
    )
    queue = CfnResource(producer, "Q", type="AWS::SQS::Queue")
    CfnResource(consumer, "U", type="T", properties={"X": queue.ref})
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [
        (
            "C",
            "references 'P/Q' in stack 'P' of environment 'aws://111111111111/us-east-1', but this stack is in "
            "'aws://222222222222/us-east-1'; a stack reads a value of another account with the role "
            "CloudFormation deploys it with, and its synthesizer names none: use DefaultStackSynthesizer (the "
            "bootstrap stack's role) or a synthesizer given a CloudFormation execution role",
        )
    ]


def test_reference_across_accounts_needs_both_accounts() -> None:
    app = App()
    producer = Stack(app, "P", env={"region": "us-east-1"})
    consumer = Stack(app, "C", env={"account": "222222222222", "region": "us-east-1"})
    queue = CfnResource(producer, "Q", type="AWS::SQS::Queue")
    CfnResource(consumer, "U", type="T", properties={"X": queue.ref})
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [
        (
            "C",
            "references 'P/Q' in stack 'P' of environment 'aws://unknown-account/us-east-1', but this stack is "
            "in 'aws://222222222222/us-east-1'; references across accounts need both stacks to name their "
            "account (env=Environment(account=..., region=...))",
        )
    ]


def test_export_value_needs_a_name_for_a_literal() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError) as error:
        stack.export_value("literal")
    assert str(error.value) == (
        "S: export_value('literal') needs name=... or a resource attribute (like queue.attr_arn)"
    )


def test_export_value_with_a_name() -> None:
    stack = Stack(App(), "S")
    assert stack.resolve(stack.export_value("v", name="Shared")) == {"Fn::ImportValue": "Shared"}


@pytest.mark.parametrize(
    ("patterns", "top_level", "in_stage"),
    [(None, True, True), (["Stage/*"], False, True), (["Other"], False, False), ([], False, False)],
    ids=["default", "stage-glob", "no-match", "empty"],
)
def test_bundling_required_follows_the_bundling_stacks_context(
    patterns: list[str] | None, top_level: bool, in_stage: bool, tmp_path: Path
) -> None:
    app = App(
        outdir=str(tmp_path), context={"aws:cdk:bundling-stacks": patterns} if patterns is not None else {}
    )
    stack = Stack(app, "A")
    staged = Stack(Stage(app, "Stage"), "Bee")
    assert (stack.bundling_required, staged.bundling_required) == (top_level, in_stage)


def test_property_injectors_are_refused(app: App) -> None:
    with pytest.raises(ValidationError) as error:
        Stack(app, "Test", property_injectors=["injector"])
    assert str(error.value) == "Test: property_injectors=['injector'] is not supported; leave it unset"


@pytest.mark.parametrize(
    ("added", "rendered"),
    [
        (["A"], "A"),
        (["A", "A"], ["A"]),
        (["A", "B"], ["A", "B"]),
        (["B", "A", "B", "C"], ["B", "A", "C"]),
    ],
)
def test_transforms_render_as_aws_cdk_lib_writes_them(added: list[str], rendered: Any) -> None:
    stack = Stack(App(), "Transforms")
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    for transform in added:
        stack.add_transform(transform)
    assert Template.from_stack(stack).to_json()["Transform"] == rendered


def test_stack_of_the_app_says_so() -> None:
    with pytest.raises(ValidationError) as error:
        Stack.of(App())
    assert str(error.value) == "the App is not inside a Stack; pass a Stack or a construct inside one"
