"""ManagedKafkaEventSource, SelfManagedKafkaEventSource, KafkaDlq and the schema registries: the mapping, its
grants and its rules.

The whole output is compared with aws-cdk-lib's in the parity cases `kafka-sources` and its flagged twin.
"""

from __future__ import annotations

import hashlib
import inspect
import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import CfnParameter, Duration, Stack, ValidationError
from apigwv2_integrations.aws_ec2 import SecurityGroup, SubnetType, Vpc
from apigwv2_integrations.aws_lambda import (
    Code,
    EventRecordFormat,
    Function,
    KafkaSchemaRegistryAccessConfigType,
    KafkaSchemaValidationAttribute,
    KafkaSchemaValidationConfig,
    Runtime,
    StartingPosition,
)
from apigwv2_integrations.aws_lambda_event_sources import (
    AuthenticationMethod,
    ConfluentSchemaRegistry,
    ConfluentSchemaRegistryProps,
    GlueSchemaRegistry,
    GlueSchemaRegistryProps,
    KafkaDlq,
    KafkaEventSourceProps,
    ManagedKafkaEventSource,
    ManagedKafkaEventSourceProps,
    S3OnFailureDestination,
    SelfManagedKafkaEventSource,
    SelfManagedKafkaEventSourceProps,
    StreamEventSource,
)
from apigwv2_integrations.aws_s3 import Bucket
from apigwv2_integrations.aws_secretsmanager import Secret
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
CLUSTER = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abcd1234-1"
_READ_SECRET = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
_CLUSTER_ACTIONS = ["kafka:DescribeCluster", "kafka:GetBootstrapBrokers", "kafka:ListScramSecrets"]


def _function(stack: Stack, name: str = "Fn") -> Function:
    return Function(
        stack,
        name,
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return None"),
    )


def _mapping(rendered: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    ((logical_id, mapping),) = resources_of_type(rendered, "AWS::Lambda::EventSourceMapping").items()
    return logical_id, dict(mapping["Properties"])


def _statements(rendered: dict[str, Any]) -> list[dict[str, Any]]:
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    return list(policy["Properties"]["PolicyDocument"]["Statement"])


def _validation(attribute: KafkaSchemaValidationAttribute) -> list[KafkaSchemaValidationConfig]:
    return [KafkaSchemaValidationConfig(attribute=attribute)]


# --- ManagedKafkaEventSource ---------------------------------------------------------------------------


def test_managed_source_maps_the_topic_of_the_cluster(stack: Stack, template: Render) -> None:
    secret = Secret(stack, "Credentials")
    source = ManagedKafkaEventSource(
        cluster_arn=CLUSTER,
        topic="orders",
        starting_position=StartingPosition.TRIM_HORIZON,
        secret=secret,
        consumer_group_id="orders-group",
        batch_size=500,
        max_batching_window=Duration.seconds(5),
        retry_attempts=3,
        on_failure=KafkaDlq("orders-dlq"),
    )
    _function(stack).add_event_source(source)
    rendered = template(stack)
    logical_id, mapping = _mapping(rendered)
    # The construct id is `KafkaEventSource:<unique id of the function><topic>`.
    assert logical_id == "FnKafkaEventSourceTestFn6E84344Eorders9A608631"
    assert mapping == {
        "AmazonManagedKafkaEventSourceConfig": {"ConsumerGroupId": "orders-group"},
        "BatchSize": 500,
        "DestinationConfig": {"OnFailure": {"Destination": "kafka://orders-dlq"}},
        "EventSourceArn": CLUSTER,
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "MaximumBatchingWindowInSeconds": 5,
        "MaximumRetryAttempts": 3,
        "SourceAccessConfigurations": [
            {"Type": "SASL_SCRAM_512_AUTH", "URI": {"Ref": "CredentialsF8F243AA"}}
        ],
        "StartingPosition": "TRIM_HORIZON",
        "Topics": ["orders"],
    }
    assert stack.resolve(source.event_source_mapping_id) == {"Ref": logical_id}
    assert_cfn_lint_clean(rendered)


def test_managed_source_grants_the_secret_then_the_cluster(stack: Stack, template: Render) -> None:
    _function(stack).add_event_source(
        ManagedKafkaEventSource(
            cluster_arn=CLUSTER,
            topic="orders",
            starting_position=StartingPosition.LATEST,
            secret=Secret(stack, "Credentials"),
        )
    )
    rendered = template(stack)
    assert _statements(rendered) == [
        {"Action": _READ_SECRET, "Effect": "Allow", "Resource": {"Ref": "CredentialsF8F243AA"}},
        {"Action": _CLUSTER_ACTIONS, "Effect": "Allow", "Resource": CLUSTER},
    ]


def test_managed_sources_add_the_msk_execution_policy_once(stack: Stack, template: Render) -> None:
    fn = _function(stack)
    for topic in ("orders", "payments"):
        fn.add_event_source(
            ManagedKafkaEventSource(
                cluster_arn=CLUSTER, topic=topic, starting_position=StartingPosition.LATEST
            )
        )
    (role,) = resources_of_type(template(stack), "AWS::IAM::Role").values()
    arns = role["Properties"]["ManagedPolicyArns"]
    assert [arn["Fn::Join"][1][-1] for arn in arns] == [
        ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        ":iam::aws:policy/service-role/AWSLambdaMSKExecutionRole",
    ]


def test_managed_source_defaults_batch_size_even_when_zero(stack: Stack, template: Render) -> None:
    _function(stack).add_event_source(
        ManagedKafkaEventSource(
            cluster_arn=CLUSTER, topic="orders", starting_position=StartingPosition.LATEST, batch_size=0
        )
    )
    _, mapping = _mapping(template(stack))
    assert mapping["BatchSize"] == 100
    assert "SourceAccessConfigurations" not in mapping


def test_managed_source_may_write_failures_to_a_bucket(stack: Stack, template: Render) -> None:
    _function(stack).add_event_source(
        ManagedKafkaEventSource(
            cluster_arn=CLUSTER,
            topic="orders",
            starting_position=StartingPosition.AT_TIMESTAMP,
            starting_position_timestamp=1700000000,
            on_failure=S3OnFailureDestination(Bucket(stack, "Failures")),
        )
    )
    rendered = template(stack)
    _, mapping = _mapping(rendered)
    assert mapping["DestinationConfig"] == {
        "OnFailure": {"Destination": {"Fn::GetAtt": ["Failures8A3E1A2F", "Arn"]}}
    }
    assert mapping["StartingPositionTimestamp"] == 1700000000
    assert _statements(rendered)[0]["Action"][0] == "s3:GetObject*"


def test_managed_source_has_no_mapping_before_it_is_bound() -> None:
    source = ManagedKafkaEventSource(
        cluster_arn=CLUSTER, topic="orders", starting_position=StartingPosition.LATEST
    )
    with pytest.raises(ValidationError) as error:
        _ = source.event_source_mapping_arn
    assert str(error.value) == (
        "ManagedKafkaEventSource is not bound to a function yet, so it has no event source mapping; call "
        "function.add_event_source(source) first"
    )


def test_at_timestamp_needs_a_timestamp(stack: Stack) -> None:
    source = ManagedKafkaEventSource(
        cluster_arn=CLUSTER, topic="orders", starting_position=StartingPosition.AT_TIMESTAMP
    )
    with pytest.raises(ValidationError) as error:
        _function(stack).add_event_source(source)
    assert str(error.value) == (
        "Test/Fn/KafkaEventSource:TestFn6E84344Eorders: starting_position=StartingPosition.AT_TIMESTAMP "
        "needs starting_position_timestamp; pass the Unix time in seconds to start reading from"
    )


def test_two_topics_of_the_same_name_on_one_function_collide(stack: Stack) -> None:
    fn = _function(stack)
    fn.add_event_source(
        ManagedKafkaEventSource(
            cluster_arn=CLUSTER, topic="orders", starting_position=StartingPosition.LATEST
        )
    )
    other = ManagedKafkaEventSource(
        cluster_arn=CLUSTER + "-other", topic="orders", starting_position=StartingPosition.LATEST
    )
    with pytest.raises(Exception, match="KafkaEventSource:TestFn6E84344Eorders"):
        fn.add_event_source(other)


def test_managed_poller_bounds() -> None:
    with pytest.raises(ValidationError) as error:
        ManagedKafkaEventSource(
            cluster_arn=CLUSTER,
            topic="orders",
            starting_position=StartingPosition.LATEST,
            provisioned_poller_config={"minimum_pollers": 0},
        )
    assert str(error.value) == ("provisioned_poller_config.minimum_pollers=0 is out of range; use 1 to 200")


# --- SelfManagedKafkaEventSource ------------------------------------------------------------------------


def test_self_managed_source_is_named_after_its_brokers(stack: Stack, template: Render) -> None:
    secret = Secret(stack, "Credentials")
    servers = ["broker-1.example.com:9092", "broker-2.example.com:9092"]
    _function(stack).add_event_source(
        SelfManagedKafkaEventSource(
            bootstrap_servers=servers,
            topic="clicks",
            starting_position=StartingPosition.LATEST,
            secret=secret,
        )
    )
    rendered = template(stack)
    logical_id, mapping = _mapping(rendered)
    digest = hashlib.md5(json.dumps(servers, separators=(",", ":")).encode()).hexdigest()
    assert digest == "af0b9590d61195107d0666781d098e59"
    assert logical_id.startswith(f"FnKafkaEventSource{digest}clicks")
    assert mapping["SelfManagedEventSource"] == {"Endpoints": {"KafkaBootstrapServers": servers}}
    # Without authentication_method the secret is a SASL/SCRAM-512 secret.
    assert mapping["SourceAccessConfigurations"] == [
        {"Type": "SASL_SCRAM_512_AUTH", "URI": {"Ref": "CredentialsF8F243AA"}}
    ]
    assert _statements(rendered) == [
        {"Action": _READ_SECRET, "Effect": "Allow", "Resource": {"Ref": "CredentialsF8F243AA"}}
    ]
    assert_cfn_lint_clean(rendered)


def test_brokers_from_a_list_parameter_are_hashed_as_resolved(stack: Stack, template: Render) -> None:
    brokers = CfnParameter(stack, "Brokers", type="CommaDelimitedList")
    _function(stack).add_event_source(
        SelfManagedKafkaEventSource(
            bootstrap_servers=brokers.value_as_list,
            topic="clicks",
            starting_position=StartingPosition.LATEST,
            secret=Secret(stack, "Credentials"),
        )
    )
    logical_id, mapping = _mapping(template(stack))
    digest = hashlib.md5(b'{"Ref":"Brokers"}').hexdigest()
    assert logical_id.startswith(f"FnKafkaEventSource{digest}clicks")
    assert mapping["SelfManagedEventSource"] == {"Endpoints": {"KafkaBootstrapServers": {"Ref": "Brokers"}}}


def test_self_managed_source_in_a_vpc(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2)
    group = SecurityGroup(stack, "Group", vpc=vpc)
    _function(stack).add_event_source(
        SelfManagedKafkaEventSource(
            bootstrap_servers=["broker-1.internal:9094"],
            topic="events",
            starting_position=StartingPosition.TRIM_HORIZON,
            secret=Secret(stack, "Certificate"),
            authentication_method=AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
            root_ca_certificate=Secret(stack, "RootCa"),
            vpc=vpc,
            vpc_subnets={"subnet_type": SubnetType.PRIVATE_WITH_EGRESS},
            security_group=group,
        )
    )
    rendered = template(stack)
    _, mapping = _mapping(rendered)
    assert mapping["SourceAccessConfigurations"] == [
        {"Type": "CLIENT_CERTIFICATE_TLS_AUTH", "URI": {"Ref": "Certificate4E7ABB08"}},
        {"Type": "SERVER_ROOT_CA_CERTIFICATE", "URI": {"Ref": "RootCaFB58DBCA"}},
        {"Type": "VPC_SECURITY_GROUP", "URI": {"Fn::GetAtt": ["GroupC77FDACD", "GroupId"]}},
        {"Type": "VPC_SUBNET", "URI": {"Ref": "VpcPrivateSubnet1Subnet536B997A"}},
        {"Type": "VPC_SUBNET", "URI": {"Ref": "VpcPrivateSubnet2Subnet3788AAA1"}},
    ]
    # As in aws-cdk-lib: the function reads the client certificate only, not the root CA certificate, and
    # no ingress rule or network interface permission is added.
    assert _statements(rendered) == [
        {"Action": _READ_SECRET, "Effect": "Allow", "Resource": {"Ref": "Certificate4E7ABB08"}}
    ]
    assert not resources_of_type(rendered, "AWS::EC2::SecurityGroupIngress")
    assert_cfn_lint_clean(rendered)


def test_self_managed_source_needs_a_secret_outside_a_vpc() -> None:
    with pytest.raises(ValidationError) as error:
        SelfManagedKafkaEventSource(
            bootstrap_servers=["broker:9092"], topic="clicks", starting_position=StartingPosition.LATEST
        )
    assert str(error.value) == (
        "SelfManagedKafkaEventSource: secret=None while vpc=None (brokers reached over the internet); pass "
        "secret= with the credentials for the brokers, or vpc=, vpc_subnets= and security_group= for brokers "
        "in a VPC"
    )


def test_self_managed_source_in_a_vpc_needs_a_security_group(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        SelfManagedKafkaEventSource(
            bootstrap_servers=["broker:9092"],
            topic="clicks",
            starting_position=StartingPosition.LATEST,
            vpc=Vpc(stack, "Vpc"),
        )
    assert str(error.value) == (
        "SelfManagedKafkaEventSource: vpc is set but security_group=None; pass the security group of the "
        "network interfaces Lambda reaches the brokers through"
    )


def test_self_managed_source_in_a_vpc_needs_subnets(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc")
    with pytest.raises(ValidationError) as error:
        SelfManagedKafkaEventSource(
            bootstrap_servers=["broker:9092"],
            topic="clicks",
            starting_position=StartingPosition.LATEST,
            vpc=vpc,
            security_group=SecurityGroup(stack, "Group", vpc=vpc),
        )
    assert str(error.value) == (
        "SelfManagedKafkaEventSource: vpc is set but vpc_subnets=None; pass the subnets to reach the brokers "
        "from, e.g. SubnetSelection(subnet_type=SubnetType.PRIVATE_WITH_EGRESS)"
    )


def test_self_managed_source_needs_brokers(stack: Stack) -> None:
    source = SelfManagedKafkaEventSource(
        bootstrap_servers=[],
        topic="clicks",
        starting_position=StartingPosition.LATEST,
        secret=Secret(stack, "Credentials"),
    )
    with pytest.raises(ValidationError, match=r"kafka_bootstrap_servers=\[\] is empty"):
        _function(stack).add_event_source(source)


# --- KafkaDlq -------------------------------------------------------------------------------------------


def test_kafka_dlq_keeps_one_prefix(stack: Stack, template: Render) -> None:
    _function(stack).add_event_source(
        ManagedKafkaEventSource(
            cluster_arn=CLUSTER,
            topic="orders",
            starting_position=StartingPosition.LATEST,
            on_failure=KafkaDlq("kafka://orders-dlq"),
        )
    )
    _, mapping = _mapping(template(stack))
    assert mapping["DestinationConfig"] == {"OnFailure": {"Destination": "kafka://orders-dlq"}}


def test_kafka_dlq_takes_a_token_as_the_destination(stack: Stack, template: Render) -> None:
    topic = CfnParameter(stack, "DlqTopic").value_as_string
    _function(stack).add_event_source(
        ManagedKafkaEventSource(
            cluster_arn=CLUSTER,
            topic="orders",
            starting_position=StartingPosition.LATEST,
            on_failure=KafkaDlq(topic),
        )
    )
    _, mapping = _mapping(template(stack))
    assert mapping["DestinationConfig"] == {"OnFailure": {"Destination": {"Ref": "DlqTopic"}}}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "KafkaDlq: topic_name='' is empty; pass the name of the topic, e.g. 'orders-dlq'"),
        ("  ", "KafkaDlq: topic_name='  ' is empty; pass the name of the topic, e.g. 'orders-dlq'"),
        (
            "kafka://",
            "KafkaDlq: topic_name='kafka://' has no topic after the kafka:// prefix; pass e.g. "
            "'kafka://orders-dlq' or 'orders-dlq'",
        ),
        (
            "orders dlq",
            "KafkaDlq: topic_name='orders dlq' has characters a topic name cannot have; use letters, digits, "
            "'.', '_' and '-'",
        ),
    ],
)
def test_kafka_dlq_rejects_bad_topic_names(name: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        KafkaDlq(name)
    assert str(error.value) == message


# --- Schema registries ----------------------------------------------------------------------------------


def test_confluent_registry_reads_its_secret(stack: Stack, template: Render) -> None:
    registry_secret = Secret(stack, "RegistrySecret")
    _function(stack).add_event_source(
        SelfManagedKafkaEventSource(
            bootstrap_servers=["broker:9092"],
            topic="clicks",
            starting_position=StartingPosition.LATEST,
            secret=Secret(stack, "Credentials"),
            schema_registry_config=ConfluentSchemaRegistry(
                schema_registry_uri="https://registry.example.com",
                authentication_type=KafkaSchemaRegistryAccessConfigType.BASIC_AUTH,
                secret=registry_secret,
                event_record_format=EventRecordFormat.SOURCE,
                schema_validation_configs=[{"attribute": KafkaSchemaValidationAttribute.VALUE}],
            ),
        )
    )
    rendered = template(stack)
    _, mapping = _mapping(rendered)
    assert mapping["SelfManagedKafkaEventSourceConfig"] == {
        "SchemaRegistryConfig": {
            "AccessConfigs": [{"Type": "BASIC_AUTH", "URI": {"Ref": "RegistrySecret44FA9C40"}}],
            "EventRecordFormat": "SOURCE",
            "SchemaRegistryURI": "https://registry.example.com",
            "SchemaValidationConfigs": [{"Attribute": "VALUE"}],
        }
    }
    # The registry is bound while the mapping is made, before the source grants its own secret.
    assert [s["Resource"] for s in _statements(rendered)] == [
        {"Ref": "RegistrySecret44FA9C40"},
        {"Ref": "CredentialsF8F243AA"},
    ]
    assert_cfn_lint_clean(rendered)


def test_glue_registry_by_arn(stack: Stack, template: Render) -> None:
    arn = "arn:aws:glue:us-east-1:123456789012:registry/orders"
    _function(stack).add_event_source(
        ManagedKafkaEventSource(
            cluster_arn=CLUSTER,
            topic="orders",
            starting_position=StartingPosition.LATEST,
            schema_registry_config=GlueSchemaRegistry(
                schema_registry_arn=arn,
                event_record_format=EventRecordFormat.JSON,
                schema_validation_configs=_validation(KafkaSchemaValidationAttribute.KEY),
            ),
        )
    )
    rendered = template(stack)
    _, mapping = _mapping(rendered)
    assert mapping["AmazonManagedKafkaEventSourceConfig"] == {
        "SchemaRegistryConfig": {
            "EventRecordFormat": "JSON",
            "SchemaRegistryURI": arn,
            "SchemaValidationConfigs": [{"Attribute": "KEY"}],
        }
    }
    assert _statements(rendered)[:2] == [
        {"Action": "glue:GetRegistry", "Effect": "Allow", "Resource": arn},
        {
            "Action": "glue:GetSchemaVersion",
            "Effect": "Allow",
            "Resource": [
                arn,
                {
                    "Fn::Sub": [
                        "arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/${registryName}/*",
                        {"registryName": "orders"},
                    ]
                },
            ],
        },
    ]
    assert_cfn_lint_clean(rendered)


@attrs.frozen
class _Registry:
    """Stands for aws_glue's CfnRegistry: its ARN and its name."""

    attr_arn: str
    name: str


def test_glue_registry_resource_wins_over_the_arn(stack: Stack, template: Render) -> None:
    registry = _Registry(
        attr_arn="arn:aws:glue:us-east-1:123456789012:registry/from-resource", name="from-resource"
    )
    _function(stack).add_event_source(
        ManagedKafkaEventSource(
            cluster_arn=CLUSTER,
            topic="orders",
            starting_position=StartingPosition.LATEST,
            schema_registry_config=GlueSchemaRegistry(
                schema_registry=registry,
                schema_registry_arn="arn:aws:glue:us-east-1:123456789012:registry/ignored",
                event_record_format=EventRecordFormat.JSON,
                schema_validation_configs=_validation(KafkaSchemaValidationAttribute.KEY),
            ),
        )
    )
    _, mapping = _mapping(template(stack))
    assert mapping["AmazonManagedKafkaEventSourceConfig"]["SchemaRegistryConfig"]["SchemaRegistryURI"] == (
        registry.attr_arn
    )


@pytest.mark.parametrize(
    ("arn", "message"),
    [
        (
            None,
            "Test/Fn/KafkaEventSource:TestFn6E84344Eorders: GlueSchemaRegistry: schema_registry and "
            "schema_registry_arn are both unset; pass one of them",
        ),
        (
            "arn:aws:glue:us-east-1:123456789012:schema/orders/x",
            "Test/Fn/KafkaEventSource:TestFn6E84344Eorders: GlueSchemaRegistry: "
            "schema_registry_arn='arn:aws:glue:us-east-1:123456789012:schema/orders/x' is not the literal ARN "
            "of a Glue registry; use 'arn:<partition>:glue:<region>:<account>:registry/<name>', or pass the "
            "registry resource as schema_registry",
        ),
    ],
)
def test_glue_registry_needs_a_registry(stack: Stack, arn: str | None, message: str) -> None:
    source = ManagedKafkaEventSource(
        cluster_arn=CLUSTER,
        topic="orders",
        starting_position=StartingPosition.LATEST,
        schema_registry_config=GlueSchemaRegistry(
            schema_registry_arn=arn,
            event_record_format=EventRecordFormat.JSON,
            schema_validation_configs=_validation(KafkaSchemaValidationAttribute.KEY),
        ),
    )
    with pytest.raises(ValidationError) as error:
        _function(stack).add_event_source(source)
    assert str(error.value) == message


def test_open_sets_show_how_they_were_made() -> None:
    assert (
        repr(KafkaSchemaRegistryAccessConfigType.BASIC_AUTH)
        == "KafkaSchemaRegistryAccessConfigType.BASIC_AUTH"
    )
    assert KafkaSchemaRegistryAccessConfigType.of("OAUTHBEARER_AUTH").type == "OAUTHBEARER_AUTH"
    assert repr(EventRecordFormat.of("AVRO")) == "EventRecordFormat.of('AVRO')"
    assert KafkaSchemaValidationAttribute.KEY.value == "KEY"


# --- Props ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("construct", "props"),
    [
        (ManagedKafkaEventSource, ManagedKafkaEventSourceProps),
        (SelfManagedKafkaEventSource, SelfManagedKafkaEventSourceProps),
        (ConfluentSchemaRegistry, ConfluentSchemaRegistryProps),
        (GlueSchemaRegistry, GlueSchemaRegistryProps),
    ],
)
def test_constructor_keywords_are_the_props_fields(construct: type, props: type) -> None:
    keywords = set(inspect.signature(construct).parameters)
    assert keywords == {f.name for f in attrs.fields(props)}


def test_kafka_props_are_stream_props() -> None:
    assert issubclass(ManagedKafkaEventSourceProps, KafkaEventSourceProps)
    assert issubclass(SelfManagedKafkaEventSource, StreamEventSource)
