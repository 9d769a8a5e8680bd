"""ManagedKafkaEventSource and SelfManagedKafkaEventSource: a function invoked with the records of a Kafka
topic, on an Amazon MSK cluster or on brokers of your own."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping, Sequence

from ..aws_ec2 import ISecurityGroup, IVpc, SubnetSelection
from ..aws_iam import IManagedPolicy, ManagedPolicy, PolicyStatement
from ..aws_lambda import (
    EventSourceMappingLogLevel,
    EventSourceMappingOptions,
    IEventSourceDlq,
    IEventSourceMapping,
    IFunction,
    ISchemaRegistry,
    MetricsConfig,
    SourceAccessConfiguration,
    SourceAccessConfigurationType,
    StartingPosition,
)
from ..aws_secretsmanager import ISecret
from ..core.converters import to_tuple
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.json_dumps import dumps as json_dumps
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from .stream import (
    BaseStreamEventSourceProps,
    ProvisionedPollerConfig,
    StreamEventSource,
    to_mapping_poller_config,
)

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey

# The batch size aws-cdk-lib renders when none is given (Lambda's own default for Kafka is also 100).
_DEFAULT_BATCH_SIZE = 100
_MSK_EXECUTION_POLICY = "service-role/AWSLambdaMSKExecutionRole"
_CLUSTER_ACTIONS = ["kafka:DescribeCluster", "kafka:GetBootstrapBrokers", "kafka:ListScramSecrets"]


@functools.cache
def _msk_execution_policy() -> IManagedPolicy:
    # One object for every source: a role lists each policy object once, and aws-cdk-lib lists the policy
    # once however many MSK sources a function has.
    return ManagedPolicy.from_aws_managed_policy_name(_MSK_EXECUTION_POLICY)


class AuthenticationMethod(SimpleEnum):
    """How a self-managed Kafka source authenticates to the brokers with its secret."""

    SASL_SCRAM_512_AUTH = "SASL_SCRAM_512_AUTH"
    SASL_SCRAM_256_AUTH = "SASL_SCRAM_256_AUTH"
    BASIC_AUTH = "BASIC_AUTH"
    CLIENT_CERTIFICATE_TLS_AUTH = "CLIENT_CERTIFICATE_TLS_AUTH"


def _to_metrics_config(value: MetricsConfig | Mapping[str, Any] | None) -> MetricsConfig | None:
    return MetricsConfig(**value) if isinstance(value, Mapping) else value


def _to_filters(value: Sequence[Mapping[str, Any]] | None) -> tuple[dict[str, Any], ...] | None:
    return None if value is None else tuple(dict(item) for item in value)


def _to_subnet_selection(value: SubnetSelection | Mapping[str, Any] | None) -> SubnetSelection | None:
    return SubnetSelection(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class KafkaEventSourceProps(BaseStreamEventSourceProps, metaclass=LazyAttrsMeta):
    """Options of every Kafka event source."""

    topic: str
    """The Kafka topic to read."""
    bisect_batch_on_error: bool | None = None
    """Split a failed batch in two and retry each half. Default: False."""
    consumer_group_id: str | None = None
    """The consumer group to join, 1 to 200 of `[a-zA-Z0-9-/*:_+=.@]`. Default: a unique id."""
    filter_encryption: IKey | None = None
    """The KMS key that encrypts the filter criteria. Default: an AWS-owned key."""
    filters: tuple[dict[str, Any], ...] | None = field(default=None, converter=_to_filters)
    """Event filters, made with `aws_lambda.FilterCriteria.filter`. Default: every record."""
    log_level: EventSourceMappingLogLevel | None = None
    """The lowest level of the system logs the mapping writes. Default: no logs."""
    max_record_age: Duration | None = None
    """Discard records older than this, 60 seconds to 7 days. Default: never."""
    metrics_config: MetricsConfig | None = field(default=None, converter=_to_metrics_config)
    """The metrics the mapping publishes. Default: none."""
    on_failure: IEventSourceDlq | None = None
    """Where records that could not be processed go, such as `KafkaDlq(topic_name)`. Default: discarded."""
    report_batch_item_failures: bool | None = None
    """Let the function report which records of a batch failed. Default: False."""
    retry_attempts: float | None = None
    """Retries of a failed batch, -1 (until the record expires) or 0 to 10000. Default: -1."""
    schema_registry_config: ISchemaRegistry | None = None
    """The registry that validates and decodes the records. Default: none."""
    secret: ISecret | None = None
    """The secret holding the credentials for the brokers (the function may read it). Default: none."""
    starting_position_timestamp: float | None = None
    """The time to start reading at, in Unix seconds, with `StartingPosition.AT_TIMESTAMP`. Default: none."""


@lazy_frozen(kw_only=True)
class ManagedKafkaEventSourceProps(KafkaEventSourceProps, metaclass=LazyAttrsMeta):
    """Options of an Amazon MSK event source."""

    cluster_arn: str
    """The ARN of the MSK cluster."""


@lazy_frozen(kw_only=True)
class SelfManagedKafkaEventSourceProps(KafkaEventSourceProps, metaclass=LazyAttrsMeta):
    """Options of a self-managed Kafka event source: the brokers and how to reach them."""

    bootstrap_servers: tuple[str, ...] = field(converter=to_tuple)
    """The brokers, as `host:port`."""
    authentication_method: AuthenticationMethod | None = None
    """How the secret authenticates to the brokers. Default: AuthenticationMethod.SASL_SCRAM_512_AUTH."""
    root_ca_certificate: ISecret | None = None
    """The secret holding the root CA certificate of the brokers' TLS certificates. Default: none."""
    security_group: ISecurityGroup | None = None
    """The security group of the mapping's network interfaces (needed with vpc). Default: none."""
    vpc: IVpc | None = None
    """The VPC of the brokers. Default: none (the brokers are reached over the internet)."""
    vpc_subnets: SubnetSelection | None = field(default=None, converter=_to_subnet_selection)
    """The subnets to reach the brokers from (needed with vpc). Default: none."""


class _KafkaEventSource(StreamEventSource):
    """What both Kafka sources share: the mapping options and the order of the grants."""

    def __init__(self, props: KafkaEventSourceProps) -> None:
        super().__init__(
            starting_position=props.starting_position,
            batch_size=props.batch_size,
            bisect_batch_on_error=props.bisect_batch_on_error,
            enabled=props.enabled,
            filter_encryption=props.filter_encryption,
            filters=props.filters,
            max_batching_window=props.max_batching_window,
            max_record_age=props.max_record_age,
            metrics_config=props.metrics_config,
            on_failure=props.on_failure,
            provisioned_poller_config=props.provisioned_poller_config,
            report_batch_item_failures=props.report_batch_item_failures,
            retry_attempts=props.retry_attempts,
        )

    def _add_mapping(
        self, target: IFunction, id: str, props: KafkaEventSourceProps, **source: Any
    ) -> IEventSourceMapping:
        """Add the mapping to `target`, then let `target` read the secret (aws-cdk-lib's order)."""
        mapping = call_with_struct(
            target.add_event_source_mapping,
            EventSourceMappingOptions,
            id,
            # A batch size of 0 falls back to the default too, as in aws-cdk-lib.
            batch_size=props.batch_size or _DEFAULT_BATCH_SIZE,
            bisect_batch_on_error=props.bisect_batch_on_error,
            enabled=props.enabled,
            filter_encryption=props.filter_encryption,
            filters=props.filters,
            kafka_consumer_group_id=props.consumer_group_id,
            kafka_topic=props.topic,
            log_level=props.log_level,
            max_batching_window=props.max_batching_window,
            max_record_age=props.max_record_age,
            metrics_config=props.metrics_config,
            on_failure=props.on_failure,
            provisioned_poller_config=to_mapping_poller_config(props.provisioned_poller_config),
            report_batch_item_failures=props.report_batch_item_failures,
            retry_attempts=props.retry_attempts,
            schema_registry_config=props.schema_registry_config,
            starting_position=props.starting_position,
            starting_position_timestamp=props.starting_position_timestamp,
            **source,
        )
        if props.secret is not None:
            props.secret.grant_read(target)
        return mapping


class ManagedKafkaEventSource(_KafkaEventSource):
    """Invoke a function with the records of a topic of an Amazon MSK cluster (the function may describe the
    cluster and read its brokers)."""

    def __init__(
        self,
        *,
        cluster_arn: str,
        topic: str,
        starting_position: StartingPosition,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        consumer_group_id: str | None = None,
        enabled: bool | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, Any]] | None = None,
        log_level: EventSourceMappingLogLevel | None = None,
        max_batching_window: Duration | None = None,
        max_record_age: Duration | None = None,
        metrics_config: MetricsConfig | Mapping[str, Any] | None = None,
        on_failure: IEventSourceDlq | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | Mapping[str, Any] | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        schema_registry_config: ISchemaRegistry | None = None,
        secret: ISecret | None = None,
        starting_position_timestamp: float | None = None,
    ) -> None:
        self._kafka_props = ManagedKafkaEventSourceProps(
            cluster_arn=cluster_arn,
            topic=topic,
            starting_position=starting_position,
            batch_size=batch_size,
            bisect_batch_on_error=bisect_batch_on_error,
            consumer_group_id=consumer_group_id,
            enabled=enabled,
            filter_encryption=filter_encryption,
            filters=filters,
            log_level=log_level,
            max_batching_window=max_batching_window,
            max_record_age=max_record_age,
            metrics_config=metrics_config,
            on_failure=on_failure,
            provisioned_poller_config=provisioned_poller_config,
            report_batch_item_failures=report_batch_item_failures,
            retry_attempts=retry_attempts,
            schema_registry_config=schema_registry_config,
            secret=secret,
            starting_position_timestamp=starting_position_timestamp,
        )
        super().__init__(self._kafka_props)
        self._event_source_mapping_id: str | None = None
        self._event_source_mapping_arn: str | None = None

    def bind(self, target: IFunction) -> None:
        """Read the topic into `target`, let it read the secret and describe the cluster, and give its role
        the AWSLambdaMSKExecutionRole managed policy."""
        props = self._kafka_props
        # aws-cdk-lib names the mapping after the function and the topic, not the cluster: two sources of one
        # function reading topics of the same name on two clusters collide.
        mapping = self._add_mapping(
            target,
            f"KafkaEventSource:{Names.node_unique_id(target.node)}{props.topic}",
            props,
            event_source_arn=props.cluster_arn,
            source_access_configurations=[
                SourceAccessConfiguration(
                    type=SourceAccessConfigurationType.SASL_SCRAM_512_AUTH, uri=props.secret.secret_arn
                )
            ]
            if props.secret is not None
            else None,
        )
        self._event_source_mapping_id = mapping.event_source_mapping_id
        self._event_source_mapping_arn = mapping.event_source_mapping_arn
        target.add_to_role_policy(PolicyStatement(actions=_CLUSTER_ACTIONS, resources=[props.cluster_arn]))
        if target.role is not None:
            target.role.add_managed_policy(_msk_execution_policy())

    @property
    def event_source_mapping_id(self) -> str:
        """The id of the mapping (once bound to a function)."""
        return self._bound(self._event_source_mapping_id)

    @property
    def event_source_mapping_arn(self) -> str:
        """The ARN of the mapping (once bound to a function)."""
        return self._bound(self._event_source_mapping_arn)

    @staticmethod
    def _bound(value: str | None) -> str:
        if value is None:
            raise ValidationError(
                None,
                "ManagedKafkaEventSource is not bound to a function yet, so it has no event source mapping; "
                "call function.add_event_source(source) first",
            )
        return value


class SelfManagedKafkaEventSource(_KafkaEventSource):
    """Invoke a function with the records of a topic of Kafka brokers of your own, reached over the internet
    (with a secret) or in a VPC."""

    def __init__(
        self,
        *,
        bootstrap_servers: Sequence[str],
        topic: str,
        starting_position: StartingPosition,
        authentication_method: AuthenticationMethod | None = None,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        consumer_group_id: str | None = None,
        enabled: bool | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, Any]] | None = None,
        log_level: EventSourceMappingLogLevel | None = None,
        max_batching_window: Duration | None = None,
        max_record_age: Duration | None = None,
        metrics_config: MetricsConfig | Mapping[str, Any] | None = None,
        on_failure: IEventSourceDlq | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | Mapping[str, Any] | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        root_ca_certificate: ISecret | None = None,
        schema_registry_config: ISchemaRegistry | None = None,
        secret: ISecret | None = None,
        security_group: ISecurityGroup | None = None,
        starting_position_timestamp: float | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> None:
        self._kafka_props = SelfManagedKafkaEventSourceProps(
            bootstrap_servers=bootstrap_servers,
            topic=topic,
            starting_position=starting_position,
            authentication_method=authentication_method,
            batch_size=batch_size,
            bisect_batch_on_error=bisect_batch_on_error,
            consumer_group_id=consumer_group_id,
            enabled=enabled,
            filter_encryption=filter_encryption,
            filters=filters,
            log_level=log_level,
            max_batching_window=max_batching_window,
            max_record_age=max_record_age,
            metrics_config=metrics_config,
            on_failure=on_failure,
            provisioned_poller_config=provisioned_poller_config,
            report_batch_item_failures=report_batch_item_failures,
            retry_attempts=retry_attempts,
            root_ca_certificate=root_ca_certificate,
            schema_registry_config=schema_registry_config,
            secret=secret,
            security_group=security_group,
            starting_position_timestamp=starting_position_timestamp,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )
        props = self._kafka_props
        if props.vpc is not None:
            if props.security_group is None:
                raise ValidationError(
                    None,
                    "SelfManagedKafkaEventSource: vpc is set but security_group=None; pass the security "
                    "group of the network interfaces Lambda reaches the brokers through",
                )
            if props.vpc_subnets is None:
                raise ValidationError(
                    None,
                    "SelfManagedKafkaEventSource: vpc is set but vpc_subnets=None; pass the subnets to reach "
                    "the brokers from, e.g. SubnetSelection(subnet_type=SubnetType.PRIVATE_WITH_EGRESS)",
                )
        elif props.secret is None:
            raise ValidationError(
                None,
                "SelfManagedKafkaEventSource: secret=None while vpc=None (brokers reached over the "
                "internet); pass secret= with the credentials for the brokers, or vpc=, vpc_subnets= and "
                "security_group= for brokers in a VPC",
            )
        super().__init__(props)

    def bind(self, target: IFunction) -> None:
        """Read the topic into `target`, and let it read the secret."""
        props = self._kafka_props
        self._add_mapping(
            target,
            f"KafkaEventSource:{self._servers_hash(target)}:{props.topic}",
            props,
            kafka_bootstrap_servers=props.bootstrap_servers,
            source_access_configurations=self._source_access_configurations() or None,
        )

    def _servers_hash(self, target: IFunction) -> str:
        # aws-cdk-lib names the mapping after the MD5 of the brokers as JSON.stringify writes them, resolved.
        servers = Stack.of(target).resolve(list(self._kafka_props.bootstrap_servers))  # type: ignore[arg-type]
        text = json_dumps(servers, separators=(",", ":"), ensure_ascii=False)
        return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()

    def _source_access_configurations(self) -> list[SourceAccessConfiguration]:
        props = self._kafka_props
        configurations: list[SourceAccessConfiguration] = []
        if props.secret is not None:
            method = props.authentication_method or AuthenticationMethod.SASL_SCRAM_512_AUTH
            configurations.append(
                SourceAccessConfiguration(
                    type=getattr(SourceAccessConfigurationType, method.value), uri=props.secret.secret_arn
                )
            )
        if props.root_ca_certificate is not None:
            configurations.append(
                SourceAccessConfiguration(
                    type=SourceAccessConfigurationType.SERVER_ROOT_CA_CERTIFICATE,
                    uri=props.root_ca_certificate.secret_arn,
                )
            )
        if props.vpc is not None and props.security_group is not None:
            configurations.append(
                SourceAccessConfiguration(
                    type=SourceAccessConfigurationType.VPC_SECURITY_GROUP,
                    uri=props.security_group.security_group_id,
                )
            )
            selection = props.vpc_subnets
            selected = call_with_struct(
                props.vpc.select_subnets, SubnetSelection, **(as_dict(selection) if selection else {})
            )
            configurations.extend(
                SourceAccessConfiguration(type=SourceAccessConfigurationType.VPC_SUBNET, uri=subnet_id)
                for subnet_id in selected.subnet_ids
            )
        return configurations
