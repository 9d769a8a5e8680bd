"""Stream: encryption, capacity mode, retention, shard-level metrics, the checks, and imported streams."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, CfnParameter, Duration, RemovalPolicy, Stack, Token
from apigwv2_integrations.aws_iam import PolicyStatement
from apigwv2_integrations.aws_kinesis import (
    ShardLevelMetrics,
    Stream,
    StreamAttributes,
    StreamEncryption,
    StreamMode,
    StreamProps,
)
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.aws_apigatewayv2.inspection import logical_id_of, properties_of, resource_of
from tests.conftest import resources_of_type

MANAGED_KEY = {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}
CONDITION = "AwsCdkKinesisEncryptedStreamsUnsupportedRegions"
Render = Callable[[Stack], dict[str, Any]]
CONDITIONAL_MANAGED_KEY = {"Fn::If": [CONDITION, {"Ref": "AWS::NoValue"}, MANAGED_KEY]}


def test_stream_keywords_match_props_fields() -> None:
    keywords = [p for p in inspect.signature(Stream.__init__).parameters if p not in ("self", "scope", "id")]
    assert keywords == [f.name for f in attrs.fields(StreamProps)]


def test_stream_attributes_fields_match_from_stream_attributes() -> None:
    keywords = [
        p for p in inspect.signature(Stream.from_stream_attributes).parameters if p not in ("scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(StreamAttributes))


def test_stream_defaults_use_the_managed_key_where_supported_and_are_retained(stack: Stack) -> None:
    stream = Stream(stack, "Events")
    assert resource_of(stream) == {
        "Type": "AWS::Kinesis::Stream",
        "Properties": {
            "RetentionPeriodHours": 24,
            "ShardCount": 1,
            "StreamEncryption": CONDITIONAL_MANAGED_KEY,
        },
        "UpdateReplacePolicy": "Retain",
        "DeletionPolicy": "Retain",
    }
    assert stream.encryption_key is None


def test_the_unsupported_regions_condition_is_made_once_per_stack(stack: Stack, template: Render) -> None:
    Stream(stack, "One")
    Stream(stack, "Two")
    assert template(stack)["Conditions"] == {
        CONDITION: {
            "Fn::Or": [
                {"Fn::Equals": [{"Ref": "AWS::Region"}, "cn-north-1"]},
                {"Fn::Equals": [{"Ref": "AWS::Region"}, "cn-northwest-1"]},
            ]
        }
    }


def test_a_stream_with_a_known_region_still_renders_the_condition(app: App) -> None:
    stack = Stack(app, "China", env={"account": "123456789012", "region": "cn-north-1"})
    assert properties_of(Stream(stack, "Events"))["StreamEncryption"] == CONDITIONAL_MANAGED_KEY


def test_kms_encryption_makes_a_key_described_by_the_stream_path(stack: Stack, template: Render) -> None:
    stream = Stream(stack, "Orders", encryption=StreamEncryption.KMS)
    key = stream.encryption_key
    assert isinstance(key, Key)
    assert key.node.path == "Test/Orders/Key"
    assert properties_of(key)["Description"] == "Created by Test/Orders"
    assert properties_of(stream)["StreamEncryption"] == {
        "EncryptionType": "KMS",
        "KeyId": {"Fn::GetAtt": [logical_id_of(key), "Arn"]},
    }
    assert "Conditions" not in template(stack)


@pytest.mark.parametrize("encryption", [StreamEncryption.KMS, None], ids=["kms", "implied"])
def test_a_given_key_encrypts_the_stream(
    stack: Stack, template: Render, encryption: StreamEncryption | None
) -> None:
    key = Key(stack, "Key")
    stream = Stream(stack, "Orders", encryption=encryption, encryption_key=key)
    assert stream.encryption_key is key
    assert properties_of(stream)["StreamEncryption"] == {
        "EncryptionType": "KMS",
        "KeyId": {"Fn::GetAtt": [logical_id_of(key), "Arn"]},
    }
    assert list(resources_of_type(template(stack), "AWS::KMS::Key")) == [logical_id_of(key)]


def test_managed_encryption_is_unconditional(stack: Stack) -> None:
    stream = Stream(stack, "Orders", encryption=StreamEncryption.MANAGED)
    assert properties_of(stream)["StreamEncryption"] == MANAGED_KEY
    assert stream.encryption_key is None


def test_unencrypted_renders_no_encryption(stack: Stack) -> None:
    stream = Stream(stack, "Orders", encryption=StreamEncryption.UNENCRYPTED)
    assert properties_of(stream) == {"RetentionPeriodHours": 24, "ShardCount": 1}


def test_on_demand_renders_no_shard_count(stack: Stack) -> None:
    stream = Stream(
        stack, "Orders", stream_mode=StreamMode.ON_DEMAND, encryption=StreamEncryption.UNENCRYPTED
    )
    assert properties_of(stream) == {
        "RetentionPeriodHours": 24,
        "StreamModeDetails": {"StreamMode": "ON_DEMAND"},
    }


def test_provisioned_renders_the_mode_and_one_shard(stack: Stack) -> None:
    stream = Stream(
        stack, "Orders", stream_mode=StreamMode.PROVISIONED, encryption=StreamEncryption.UNENCRYPTED
    )
    assert properties_of(stream) == {
        "RetentionPeriodHours": 24,
        "ShardCount": 1,
        "StreamModeDetails": {"StreamMode": "PROVISIONED"},
    }


def test_stream_renders_name_retention_shards_metrics_and_removal_policy(stack: Stack) -> None:
    stream = Stream(
        stack,
        "Orders",
        stream_name="orders",
        retention_period=Duration.days(7),
        shard_count=3,
        shard_level_metrics=[ShardLevelMetrics.INCOMING_BYTES, ShardLevelMetrics.OUTGOING_RECORDS],
        encryption=StreamEncryption.UNENCRYPTED,
        removal_policy=RemovalPolicy.DESTROY,
    )
    assert resource_of(stream) == {
        "Type": "AWS::Kinesis::Stream",
        "Properties": {
            "DesiredShardLevelMetrics": ["IncomingBytes", "OutgoingRecords"],
            "Name": "orders",
            "RetentionPeriodHours": 168,
            "ShardCount": 3,
        },
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }


@pytest.mark.parametrize(
    ("metrics", "rendered"),
    [([ShardLevelMetrics.ALL], ["ALL"]), ([], [])],
    ids=["all", "empty"],
)
def test_shard_level_metrics_render_as_given(
    stack: Stack, metrics: list[ShardLevelMetrics], rendered: list[str]
) -> None:
    stream = Stream(stack, "Orders", shard_level_metrics=metrics)
    assert properties_of(stream)["DesiredShardLevelMetrics"] == rendered


def test_a_token_retention_period_is_not_checked(stack: Stack) -> None:
    hours = CfnParameter(stack, "Hours", type="Number").value_as_number
    stream = Stream(stack, "Orders", retention_period=Duration.hours(hours))
    assert properties_of(stream)["RetentionPeriodHours"] == {"Ref": "Hours"}


def test_stream_arn_name_and_reference(stack: Stack) -> None:
    stream = Stream(stack, "Orders")
    reference = stream.stream_ref
    logical_id = logical_id_of(stream)
    assert stack.resolve(
        [stream.stream_arn, stream.stream_name, reference.stream_arn, reference.stream_name]
    ) == [
        {"Fn::GetAtt": [logical_id, "Arn"]},
        {"Ref": logical_id},
        {"Fn::GetAtt": [logical_id, "Arn"]},
        {"Ref": logical_id},
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"stream_mode": StreamMode.ON_DEMAND, "shard_count": 2},
            "Test/Orders: shard_count=2 is given with stream_mode=StreamMode.ON_DEMAND, which scales by itself; "
            "drop shard_count or use stream_mode=StreamMode.PROVISIONED",
        ),
        (
            {"retention_period": Duration.hours(23)},
            "Test/Orders: retention_period=Duration.hours(23) is out of range; use 24 to 8760 hours (365 days)",
        ),
        (
            {"retention_period": Duration.hours(8761)},
            "Test/Orders: retention_period=Duration.hours(8761) is out of range; use 24 to 8760 hours (365 days)",
        ),
        (
            {"retention_period": Duration.minutes(90)},
            "Test/Orders: retention_period=Duration.minutes(90) is not a whole number of hours; "
            "use Duration.hours(...) or Duration.days(...)",
        ),
        (
            {"encryption": StreamEncryption.MANAGED, "encryption_key": "key"},
            "Test/Orders: encryption_key is given with encryption=StreamEncryption.MANAGED; "
            "use encryption=StreamEncryption.KMS or drop encryption_key",
        ),
        (
            {"encryption": StreamEncryption.UNENCRYPTED, "encryption_key": "key"},
            "Test/Orders: encryption_key is given with encryption=StreamEncryption.UNENCRYPTED; "
            "use encryption=StreamEncryption.KMS or drop encryption_key",
        ),
        (
            {"shard_level_metrics": [ShardLevelMetrics.INCOMING_BYTES, ShardLevelMetrics.ALL]},
            "Test/Orders: shard_level_metrics=[ShardLevelMetrics.INCOMING_BYTES, ShardLevelMetrics.ALL] has "
            "ShardLevelMetrics.ALL with other metrics; use [ShardLevelMetrics.ALL] alone or list the metrics "
            "without ALL",
        ),
        (
            {"shard_level_metrics": [ShardLevelMetrics.INCOMING_BYTES, ShardLevelMetrics.INCOMING_BYTES]},
            "Test/Orders: shard_level_metrics=[ShardLevelMetrics.INCOMING_BYTES, "
            "ShardLevelMetrics.INCOMING_BYTES] lists ShardLevelMetrics.INCOMING_BYTES more than once; "
            "list each metric once",
        ),
        (
            # aws-cdk-lib's order: the capacity mode is checked before the retention period.
            {"stream_mode": StreamMode.ON_DEMAND, "shard_count": 2, "retention_period": Duration.hours(1)},
            "Test/Orders: shard_count=2 is given with stream_mode=StreamMode.ON_DEMAND, which scales by itself; "
            "drop shard_count or use stream_mode=StreamMode.PROVISIONED",
        ),
        (
            # ... the retention period before the encryption, the encryption before the metrics.
            {
                "retention_period": Duration.hours(1),
                "encryption": StreamEncryption.MANAGED,
                "encryption_key": "key",
            },
            "Test/Orders: retention_period=Duration.hours(1) is out of range; use 24 to 8760 hours (365 days)",
        ),
        (
            {
                "shard_level_metrics": [ShardLevelMetrics.ALL, ShardLevelMetrics.ALL],
                "encryption": StreamEncryption.MANAGED,
                "encryption_key": "key",
            },
            "Test/Orders: encryption_key is given with encryption=StreamEncryption.MANAGED; "
            "use encryption=StreamEncryption.KMS or drop encryption_key",
        ),
    ],
    ids=[
        "shards-on-demand",
        "retention-low",
        "retention-high",
        "retention-minutes",
        "key-managed",
        "key-unencrypted",
        "all-with-others",
        "duplicate-metric",
        "order-mode-first",
        "order-retention-before-key",
        "order-key-before-metrics",
    ],
)
def test_stream_rejects_bad_options(stack: Stack, options: dict[str, Any], message: str) -> None:
    if options.get("encryption_key") == "key":
        options["encryption_key"] = Key(stack, "Key")
    with pytest.raises(ValidationError) as error:
        Stream(stack, "Orders", **options)
    assert str(error.value) == message


def test_from_stream_arn_reads_the_name_and_environment(stack: Stack) -> None:
    stream = Stream.from_stream_arn(stack, "Clicks", "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks")
    assert (stream.stream_arn, stream.stream_name, stream.env.account, stream.env.region) == (
        "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks",
        "clicks",
        "123456789012",
        "eu-west-1",
    )
    assert (stream.stream_ref.stream_arn, stream.stream_ref.stream_name, stream.encryption_key) == (
        "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks",
        "clicks",
        None,
    )


def test_from_stream_arn_with_a_token_takes_the_name_apart_at_deploy_time(stack: Stack) -> None:
    arn = CfnParameter(stack, "StreamArn").value_as_string
    stream = Stream.from_stream_arn(stack, "Clicks", arn)
    assert stack.resolve(stream.stream_name) == {
        "Fn::Select": [
            1,
            {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":", {"Ref": "StreamArn"}]}]}]},
        ]
    }
    assert Token.is_unresolved(stream.stream_name)


def test_from_stream_attributes_keeps_the_key(stack: Stack) -> None:
    key = Key.from_key_arn(stack, "Key", "arn:aws:kms:eu-west-1:123456789012:key/k")
    stream = Stream.from_stream_attributes(
        stack, "Clicks", stream_arn="arn:aws:kinesis:eu-west-1:123456789012:stream/clicks", encryption_key=key
    )
    assert stream.encryption_key is key


@pytest.mark.parametrize(
    ("arn", "message"),
    [
        (
            "clicks",
            "Test: stream_arn='clicks' is not an ARN; "
            "use 'arn:<partition>:kinesis:<region>:<account>:stream/<stream name>'",
        ),
        (
            "arn::kinesis:eu-west-1:123456789012:stream/clicks",
            "Test: stream_arn='arn::kinesis:eu-west-1:123456789012:stream/clicks' is not an ARN; "
            "use 'arn:<partition>:kinesis:<region>:<account>:stream/<stream name>'",
        ),
        (
            "arn:aws:kinesis:eu-west-1:123456789012:stream",
            "Test/Clicks: stream_arn='arn:aws:kinesis:eu-west-1:123456789012:stream' has no stream name; "
            "use 'arn:<partition>:kinesis:<region>:<account>:stream/<stream name>'",
        ),
    ],
    ids=["not-an-arn", "no-partition", "no-name"],
)
def test_from_stream_arn_rejects_what_names_no_stream(stack: Stack, arn: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        Stream.from_stream_arn(stack, "Clicks", arn)
    assert str(error.value) == message


def test_a_resource_policy_statement_needs_a_principal(app: App, stack: Stack) -> None:
    stream = Stream(stack, "Orders")
    stream.add_to_resource_policy(PolicyStatement(actions=["kinesis:GetRecords"], resources=["*"]))
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Orders: statement names no principals; pass principals=[...] or not_principals=[...]"
    )
