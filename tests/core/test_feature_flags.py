"""Feature flags: the table, `FeatureFlags.of(scope).is_enabled`, and warnings for values not implemented."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import (
    Annotations,
    App,
    CfnOutput,
    CfnResource,
    DefaultStackSynthesizer,
    FeatureFlags,
    LegacyStackSynthesizer,
    RemovalPolicy,
    Stack,
    Stage,
    SynthesisError,
    Tags,
    ValidationError,
)
from apigwv2_integrations.aws_cognito import UserPool, UserPoolClient
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from apigwv2_integrations.core.feature_flags import FLAGS, FlagSupport, flag_value
from tests.conftest import resources_of_type

CDK_INIT_JSON = Path(__file__).parents[2] / "examples" / "cdk_init_app" / "cdk.json"
ACK_SUFFIX = " [ack: apigwv2_integrations:unimplementedFeatureFlag:{}]"


def _app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, context: dict[str, Any]) -> App:
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    return App(outdir=str(tmp_path / "cdk.out"), context=context)


def _function(scope: Stack, id: str = "Fn") -> Function:
    return Function(
        scope, id, runtime=Runtime.PYTHON_3_12, handler="index.handler", code=Code.from_inline("x = 1")
    )


# --- the table ------------------------------------------------------------------------------------


def test_every_flag_that_cdk_init_sets_is_in_the_table() -> None:
    context = json.loads(CDK_INIT_JSON.read_text())["context"]
    assert sorted(name for name in context if name not in FLAGS) == []


def test_flags_of_families_in_this_package_name_the_family() -> None:
    for flag in FLAGS.values():
        if flag.support in (FlagSupport.IMPLEMENTED, FlagSupport.NOT_IMPLEMENTED):
            assert flag.families, flag.name


# --- reading flags --------------------------------------------------------------------------------


def test_unset_flag_takes_the_aws_cdk_lib_v2_default(stack: Stack) -> None:
    flags = FeatureFlags.of(stack)
    assert flags.is_enabled("@aws-cdk/aws-lambda:recognizeVersionProps") is True
    assert flags.is_enabled("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup") is False
    assert flags.is_enabled("@aws-cdk/some-module:unknownFlag") is False


def test_set_flag_is_read_with_javascript_truthiness(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = _app(
        tmp_path,
        monkeypatch,
        {
            "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup": "false",
            "@aws-cdk/aws-lambda:recognizeVersionProps": False,
            "@aws-cdk/core:target-partitions": [],
        },
    )
    flags = FeatureFlags.of(Stack(app, "S"))
    assert flags.is_enabled("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup") is True
    assert flags.is_enabled("@aws-cdk/aws-lambda:recognizeVersionProps") is False
    assert flags.is_enabled("@aws-cdk/core:target-partitions") is True


def test_expired_flag_is_always_on_and_an_error_when_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stack: Stack
) -> None:
    assert FeatureFlags.of(stack).is_enabled("@aws-cdk/aws-kms:defaultKeyPolicies") is True
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/aws-kms:defaultKeyPolicies": False})
    scope = Stack(app, "S")
    with pytest.raises(ValidationError) as error:
        FeatureFlags.of(scope).is_enabled("@aws-cdk/aws-kms:defaultKeyPolicies")
    assert str(error.value) == (
        "S: feature flag '@aws-cdk/aws-kms:defaultKeyPolicies' is set; it was removed in aws-cdk-lib v2, "
        "which always behaves as if it were enabled, so remove it from the context"
    )


@pytest.mark.parametrize("value", [True, False])
def test_a_stack_is_rejected_when_the_v1_stack_name_duplicates_flag_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: bool
) -> None:
    # aws-cdk-lib reads this flag when a stack is made, so an old cdk.json that still lists it fails there.
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/core:enableStackNameDuplicates": value})
    with pytest.raises(ValidationError) as error:
        Stack(app, "Orders")
    assert str(error.value) == (
        "Orders: feature flag '@aws-cdk/core:enableStackNameDuplicates' is set; it was removed in "
        "aws-cdk-lib v2, which always behaves as if it were enabled, so remove it from the context"
    )


def test_flag_value_returns_the_context_value_or_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stack: Stack
) -> None:
    assert flag_value(stack, "@aws-cdk/core:defaultCrossStackReferences") == "strong"
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/core:defaultCrossStackReferences": "weak"})
    assert flag_value(Stack(app, "S"), "@aws-cdk/core:defaultCrossStackReferences") == "weak"


# --- warnings -------------------------------------------------------------------------------------


def test_unimplemented_value_warns_on_each_construct_of_its_family(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/cognito:logUserPoolClientSecretValue": True})
    stack = Stack(app, "S")
    pool = UserPool(stack, "Pool")
    pool.add_client("A")
    pool.add_client("B")
    message = (
        "feature flag '@aws-cdk/cognito:logUserPoolClientSecretValue' is set to True, which this package "
        "does not implement for aws_cognito.UserPoolClient; it behaves as with the default False. Remove the "
        "flag from the context, or acknowledge this warning if that difference from aws-cdk-lib is acceptable"
        + ACK_SUFFIX.format("@aws-cdk/cognito:logUserPoolClientSecretValue")
    )
    assert app.synth().warnings == [("S/Pool/A", message), ("S/Pool/B", message)]


def test_unimplemented_value_of_a_family_the_app_does_not_use_is_silent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/cognito:logUserPoolClientSecretValue": True})
    Vpc(Stack(app, "S"), "Vpc", max_azs=1)
    assert app.synth().warnings == []


def test_unimplemented_flag_set_to_its_default_is_silent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/cognito:logUserPoolClientSecretValue": False})
    UserPool(Stack(app, "S"), "Pool").add_client("Client")
    assert app.synth().warnings == []


def test_old_style_stack_synthesis_makes_the_legacy_synthesizer_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/core:newStyleStackSynthesis": False})
    legacy = Stack(app, "Legacy")
    CfnResource(legacy, "Topic", type="AWS::SNS::Topic")
    chosen = Stack(app, "Chosen", synthesizer=DefaultStackSynthesizer())
    CfnResource(chosen, "Topic", type="AWS::SNS::Topic")
    assembly = app.synth()
    assert isinstance(legacy.synthesizer, LegacyStackSynthesizer)
    assert assembly.warnings == []
    assert "Parameters" not in assembly.get_stack_by_name("Legacy").template
    assert "BootstrapVersion" in assembly.get_stack_by_name("Chosen").template["Parameters"]
    assert not (tmp_path / "cdk.out" / "Legacy.assets.json").exists()


# --- core flags -----------------------------------------------------------------------------------


def test_partition_literals_need_the_flag_and_a_known_region(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/core:enablePartitionLiterals": True})
    assert Stack(app, "China", env={"region": "cn-north-1"}).partition == "aws-cn"
    assert Stack(app, "Gov", env={"region": "us-gov-west-1"}).partition == "aws-us-gov"
    unknown = Stack(app, "Unknown", env={"region": "xx-nowhere-1"})
    agnostic = Stack(app, "Agnostic")
    assert unknown.resolve(unknown.partition) == {"Ref": "AWS::Partition"}
    assert agnostic.resolve(agnostic.partition) == {"Ref": "AWS::Partition"}
    unflagged = Stack(App(outdir=str(tmp_path / "other")), "China", env={"region": "cn-north-1"})
    assert unflagged.resolve(unflagged.partition) == {"Ref": "AWS::Partition"}


def _two_stacks(app: App) -> tuple[Stack, Stack]:
    producer = Stack(app, "Producer")
    consumer = Stack(app, "Consumer")
    queue = CfnResource(producer, "Queue", type="AWS::SQS::Queue")
    CfnOutput(consumer, "QueueRef", value=queue.ref)
    return producer, consumer


def test_weak_references_read_a_published_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Callable[[Stack], dict[str, Any]]
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/core:defaultCrossStackReferences": "weak"})
    producer, consumer = _two_stacks(app)
    assert template(consumer)["Outputs"]["QueueRef"]["Value"] == {
        "Fn::GetStackOutput": {
            "StackName": "Producer",
            "Region": {"Ref": "AWS::Region"},
            "OutputName": "PublishOutputRefQueueA9D92188",
        }
    }
    assert template(producer)["Outputs"] == {"PublishOutputRefQueueA9D92188": {"Value": {"Ref": "Queue"}}}


def test_both_references_export_and_read_the_published_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Callable[[Stack], dict[str, Any]]
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/core:defaultCrossStackReferences": "both"})
    producer, consumer = _two_stacks(app)
    assert "Fn::GetStackOutput" in template(consumer)["Outputs"]["QueueRef"]["Value"]
    assert sorted(template(producer)["Outputs"]) == [
        "ExportsOutputRefQueueD6A24597",
        "PublishOutputRefQueueA9D92188",
    ]


def test_reference_strength_must_be_strong_weak_or_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/core:defaultCrossStackReferences": "loose"})
    _two_stacks(app)
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Consumer: context @aws-cdk/core:defaultCrossStackReferences='loose' is not a reference strength; "
        'use "strong", "weak" or "both"'
    )


def test_explicit_stack_tags_keep_tags_of_off_the_stack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/core:explicitStackTags": True})
    stack = Stack(app, "S", tags={"given": "1"})
    CfnResource(stack, "Topic", type="AWS::SNS::Topic")
    Tags.of(app).add("everywhere", "2")
    Tags.of(stack).add("stack-too", "3", include_resource_types=["aws:cdk:stack"])
    app.synth()
    assert stack.tags.tag_values() == {"given": "1", "stack-too": "3"}


def test_snapshot_removal_policy_on_a_type_without_snapshots_is_an_error_under_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/core:validateSnapshotRemovalPolicy": True})
    queue = CfnResource(Stack(app, "S"), "Queue", type="AWS::SQS::Queue")
    with pytest.raises(ValidationError) as error:
        queue.apply_removal_policy(RemovalPolicy.SNAPSHOT)
    assert str(error.value) == (
        "S/Queue: RemovalPolicy.SNAPSHOT is not supported by AWS::SQS::Queue; use DESTROY, RETAIN or "
        "RETAIN_ON_UPDATE_OR_DELETE (only AWS::DocDB::DBCluster, AWS::EC2::Volume, "
        "AWS::ElastiCache::CacheCluster, AWS::ElastiCache::ReplicationGroup, AWS::Neptune::DBCluster, "
        "AWS::RDS::DBCluster, AWS::RDS::DBInstance, AWS::Redshift::Cluster take snapshots)"
    )


def test_snapshot_removal_policy_on_a_type_without_snapshots_warns_without_the_flag(
    app: App, stack: Stack
) -> None:
    CfnResource(stack, "Queue", type="AWS::SQS::Queue").apply_removal_policy(RemovalPolicy.SNAPSHOT)
    assert app.synth().warnings == [
        (
            "Test/Queue",
            "AWS::SQS::Queue does not support snapshot removal policy. This policy will be ignored. "
            "[ack: @aws-cdk/core:AWS::SQS::QueueSnapshotRemovalPolicyIgnored]",
        )
    ]


# --- construct flags ------------------------------------------------------------------------------


def test_managed_log_group_is_created_under_the_flag_unless_one_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Callable[[Stack], dict[str, Any]]
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/aws-lambda:useCdkManagedLogGroup": True})
    stack = Stack(app, "S")
    function = _function(stack)
    log_groups = resources_of_type(template(stack), "AWS::Logs::LogGroup")
    assert list(log_groups) == ["FnLogGroup27CC2AC8"]
    assert log_groups["FnLogGroup27CC2AC8"]["Properties"]["LogGroupName"] == {
        "Fn::Join": ["", ["/aws/lambda/", {"Ref": "Fn9270CBC0"}]]
    }
    assert stack.resolve(function.log_group.log_group_name) == {"Ref": "FnLogGroup27CC2AC8"}


def test_vpc_restricts_its_default_group_under_the_flag_unless_told_not_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Callable[[Stack], dict[str, Any]]
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/aws-ec2:restrictDefaultSecurityGroup": True})
    stack = Stack(app, "S")
    Vpc(stack, "Restricted", max_azs=1)
    Vpc(stack, "Open", max_azs=1, restrict_default_security_group=False)
    restrictions = resources_of_type(template(stack), "Custom::VpcRestrictDefaultSG")
    assert list(restrictions) == ["RestrictedRestrictDefaultSecurityGroupCustomResource5A56FE83"]


@pytest.mark.parametrize(
    ("relative", "export_name"),
    [
        (True, "Prod-A:ExportsOutputFnGetAttQueueArn042C0F02"),
        (False, "Prod-A:AExportsOutputFnGetAttQueueArnABABBF25"),
    ],
)
def test_export_names_inside_a_stage_follow_stack_relative_exports(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    template: Callable[[Stack], dict[str, Any]],
    relative: bool,
    export_name: str,
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/core:stackRelativeExports": relative})
    stage = Stage(app, "Prod")
    producer = Stack(stage, "A")
    consumer = Stack(stage, "B")
    queue = CfnResource(producer, "Queue", type="AWS::SQS::Queue")
    CfnOutput(consumer, "QueueArn", value=queue.get_att("Arn").to_string())
    assert template(consumer)["Outputs"]["QueueArn"]["Value"] == {"Fn::ImportValue": export_name}


def test_unimplemented_flag_warning_can_be_acknowledged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {"@aws-cdk/cognito:logUserPoolClientSecretValue": True})
    stack = Stack(app, "S")
    UserPoolClient(stack, "Client", user_pool=UserPool.from_user_pool_id(stack, "Pool", "us-east-1_abc"))
    Annotations.of(app).acknowledge_warning(
        "apigwv2_integrations:unimplementedFeatureFlag:@aws-cdk/cognito:logUserPoolClientSecretValue"
    )
    assert app.synth().warnings == []
