"""EventSourceMapping: a function reading a queue, stream or Kafka topic (an event source mapping)."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence

from ..aws_iam import ServicePrincipal
from ..cfn.aws_lambda import CfnEventSourceMapping, EventSourceMappingReference
from ..core.arn import ArnFormat
from ..core.construct import Construct, IConstruct
from ..core.converters import optional_tuple
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any, ClassVar, TypeGuard

    from ..aws_kms import IKey
    from .dlq import IEventSourceDlq
    from .function_base import IFunction

# Lambda's bounds (AWS Lambda API Reference, "CreateEventSourceMapping"), as aws-cdk-lib checks them.
_MAX_BATCHING_WINDOW_SECONDS = 300
_MAX_CONCURRENCY = (2, 1000)
_MAX_RECORD_AGE_SECONDS = (60, 7 * 24 * 60 * 60)
_MAX_RETRY_ATTEMPTS = 10_000
_PARALLELIZATION_FACTOR = (1, 10)
_MAX_TUMBLING_WINDOW_SECONDS = 900
_MINIMUM_POLLERS = (1, 200)
_MAXIMUM_POLLERS = (1, 2000)
_KAFKA_CONSUMER_GROUP_ID_LENGTH = (1, 200)
_KAFKA_CONSUMER_GROUP_ID = r"[a-zA-Z0-9\-/*:_+=.@]*"


class StartingPosition(SimpleEnum):
    """Where a mapping starts reading a stream."""

    TRIM_HORIZON = "TRIM_HORIZON"
    LATEST = "LATEST"
    AT_TIMESTAMP = "AT_TIMESTAMP"


class EventSourceMappingLogLevel(SimpleEnum):
    """The lowest level of the system logs a Kafka event source mapping writes."""

    INFO = "INFO"
    DEBUG = "DEBUG"
    WARN = "WARN"


class MetricType(SimpleEnum):
    """A group of metrics an event source mapping can publish."""

    EVENT_COUNT = "EventCount"
    ERROR_COUNT = "ErrorCount"
    KAFKA_METRICS = "KafkaMetrics"


class SourceAccessConfigurationType:
    """How a mapping authenticates to its source or reaches it (open set: `of(name)`)."""

    BASIC_AUTH: ClassVar[SourceAccessConfigurationType]
    VPC_SUBNET: ClassVar[SourceAccessConfigurationType]
    VPC_SECURITY_GROUP: ClassVar[SourceAccessConfigurationType]
    SASL_SCRAM_256_AUTH: ClassVar[SourceAccessConfigurationType]
    SASL_SCRAM_512_AUTH: ClassVar[SourceAccessConfigurationType]
    CLIENT_CERTIFICATE_TLS_AUTH: ClassVar[SourceAccessConfigurationType]
    SERVER_ROOT_CA_CERTIFICATE: ClassVar[SourceAccessConfigurationType]
    VIRTUAL_HOST: ClassVar[SourceAccessConfigurationType]

    def __init__(self, name: str) -> None:
        self.type = name

    @staticmethod
    def of(name: str) -> SourceAccessConfigurationType:
        """A type not listed here, by its CloudFormation name."""
        return SourceAccessConfigurationType(name)

    def __repr__(self) -> str:
        if getattr(SourceAccessConfigurationType, self.type, None) is self:
            return f"SourceAccessConfigurationType.{self.type}"
        return f"SourceAccessConfigurationType.of({self.type!r})"


for _name in (
    "BASIC_AUTH",
    "VPC_SUBNET",
    "VPC_SECURITY_GROUP",
    "SASL_SCRAM_256_AUTH",
    "SASL_SCRAM_512_AUTH",
    "CLIENT_CERTIFICATE_TLS_AUTH",
    "SERVER_ROOT_CA_CERTIFICATE",
    "VIRTUAL_HOST",
):
    setattr(SourceAccessConfigurationType, _name, SourceAccessConfigurationType(_name))


@lazy_frozen(kw_only=True)
class SourceAccessConfiguration(metaclass=LazyAttrsMeta):
    """A credential or network setting the mapping uses to reach its source."""

    type: SourceAccessConfigurationType
    """What `uri` is."""
    uri: str
    """The ARN of the secret, subnet or security group, or the virtual host name."""


def _to_metric_types(value: Sequence[MetricType]) -> tuple[MetricType, ...]:
    return tuple(value)


@lazy_frozen(kw_only=True)
class MetricsConfig(metaclass=LazyAttrsMeta):
    """The metrics an event source mapping publishes."""

    metrics: tuple[MetricType, ...] = field(converter=_to_metric_types)
    """The groups of metrics."""


@lazy_frozen(kw_only=True)
class ProvisionedPollerConfig(metaclass=LazyAttrsMeta):
    """Provisioned mode: the event pollers kept ready for the mapping."""

    maximum_pollers: float | None = None
    """The most pollers. Default: 200."""
    minimum_pollers: float | None = None
    """The fewest pollers. Default: 1."""
    poller_group_name: str | None = None
    """The group of pollers the mapping shares. Default: none."""


def _to_metrics_config(value: MetricsConfig | Mapping[str, Any] | None) -> MetricsConfig | None:
    return MetricsConfig(**value) if isinstance(value, Mapping) else value


def _to_poller_config(
    value: ProvisionedPollerConfig | Mapping[str, Any] | None,
) -> ProvisionedPollerConfig | None:
    return ProvisionedPollerConfig(**value) if isinstance(value, Mapping) else value


def _to_source_access_configurations(
    value: Sequence[SourceAccessConfiguration | Mapping[str, Any]] | None,
) -> tuple[SourceAccessConfiguration, ...] | None:
    if value is None:
        return None
    return tuple(SourceAccessConfiguration(**item) if isinstance(item, Mapping) else item for item in value)


def _to_filters(value: Sequence[Mapping[str, Any]] | None) -> tuple[dict[str, Any], ...] | None:
    return None if value is None else tuple(dict(item) for item in value)


@lazy_frozen(kw_only=True)
class EventSourceMappingOptions(metaclass=LazyAttrsMeta):
    """The options of an event source mapping, other than its function."""

    batch_size: float | None = None
    """The most records sent to the function in one invocation. Default: 100 for streams, 10 for queues."""
    bisect_batch_on_error: bool | None = None
    """Split a failed batch in two and retry each half (streams). Default: False."""
    enabled: bool | None = None
    """Whether the mapping is active. Default: True."""
    event_source_arn: str | None = None
    """The ARN of the queue, stream or cluster. Default: none (then kafka_bootstrap_servers is needed)."""
    filter_encryption: IKey | None = None
    """The KMS key that encrypts the filter criteria. Default: an AWS-owned key."""
    filters: tuple[dict[str, Any], ...] | None = field(default=None, converter=_to_filters)
    """Event filters, made with `FilterCriteria.filter`. Default: every event."""
    kafka_bootstrap_servers: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The brokers of a self-managed Kafka cluster. Default: none."""
    kafka_consumer_group_id: str | None = None
    """The Kafka consumer group to join. Default: a unique id."""
    kafka_topic: str | None = None
    """The Kafka topic to read. Default: none."""
    log_level: EventSourceMappingLogLevel | None = None
    """The lowest level of system logs (Kafka). Default: no logs."""
    max_batching_window: Duration | None = None
    """How long to gather records before invoking, at most 5 minutes. Default: Duration.seconds(0)."""
    max_concurrency: float | None = None
    """The most concurrent invocations (SQS), 2 to 1000. Default: no limit."""
    max_record_age: Duration | None = None
    """Discard records older than this, 60 seconds to 7 days (streams). Default: never."""
    metrics_config: MetricsConfig | None = field(default=None, converter=_to_metrics_config)
    """The metrics the mapping publishes. Default: none."""
    on_failure: IEventSourceDlq | None = None
    """Where records that could not be processed go (streams, Kafka). Default: discarded."""
    parallelization_factor: float | None = None
    """Batches processed at once per shard, 1 to 10 (streams). Default: 1."""
    provisioned_poller_config: ProvisionedPollerConfig | None = field(
        default=None, converter=_to_poller_config
    )
    """Provisioned mode (SQS, Kafka). Default: on-demand polling."""
    report_batch_item_failures: bool | None = None
    """Let the function report which records of a batch failed. Default: False."""
    retry_attempts: float | None = None
    """Retries of a failed batch, -1 (until the record expires) or 0 to 10000 (streams). Default: -1."""
    schema_registry_config: Any = None
    """The schema registry of a Kafka source (anything with `bind(mapping, function)`). Default: none."""
    source_access_configurations: tuple[SourceAccessConfiguration, ...] | None = field(
        default=None, converter=_to_source_access_configurations
    )
    """Credentials and network settings to reach the source. Default: none."""
    starting_position: StartingPosition | None = None
    """Where to start reading a stream. Default: none (required for streams)."""
    starting_position_timestamp: float | None = None
    """With StartingPosition.AT_TIMESTAMP: the Unix time in seconds to start from. Default: none."""
    support_s3_on_failure_destination: bool | None = None
    """Whether the source accepts an S3 bucket as on_failure destination. Default: False."""
    tumbling_window: Duration | None = None
    """The window of stateful stream processing, at most 15 minutes. Default: none."""


@lazy_frozen(kw_only=True)
class EventSourceMappingProps(EventSourceMappingOptions, metaclass=LazyAttrsMeta):
    """Properties of an EventSourceMapping."""

    target: IFunction
    """The function the events go to."""


@runtime_checkable
class IEventSourceMapping(IResource, Protocol):
    """An event source mapping, defined here or imported."""

    @property
    def event_source_mapping_id(self) -> str:
        """The mapping's id (its UUID)."""
        ...

    @property
    def event_source_mapping_arn(self) -> str:
        """The mapping's ARN."""
        ...

    @property
    def event_source_mapping_ref(self) -> EventSourceMappingReference:
        """A reference to the mapping: its id and ARN."""
        ...


def _mapping_arn(scope: Construct, mapping_id: str) -> str:
    return Stack.of(scope).format_arn(
        service="lambda",
        resource="event-source-mapping",
        resource_name=mapping_id,
        arn_format=ArnFormat.COLON_RESOURCE_NAME,
    )


def _show(value: Any) -> str:
    """An enum member as the user wrote it (`StartingPosition.LATEST`), anything else as its repr."""
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


def _is_known(value: float | None) -> TypeGuard[float]:
    return value is not None and not Token.is_unresolved(value)


class EventSourceMapping(Resource):
    """Lambda reading records from a queue, stream or Kafka topic and invoking a function with them."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        target: IFunction,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None,
        event_source_arn: str | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, Any]] | None = None,
        kafka_bootstrap_servers: Sequence[str] | None = None,
        kafka_consumer_group_id: str | None = None,
        kafka_topic: str | None = None,
        log_level: EventSourceMappingLogLevel | None = None,
        max_batching_window: Duration | None = None,
        max_concurrency: float | None = None,
        max_record_age: Duration | None = None,
        metrics_config: MetricsConfig | Mapping[str, Any] | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | Mapping[str, Any] | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        schema_registry_config: Any = None,
        source_access_configurations: Sequence[SourceAccessConfiguration | Mapping[str, Any]] | None = None,
        starting_position: StartingPosition | None = None,
        starting_position_timestamp: float | None = None,
        support_s3_on_failure_destination: bool | None = None,
        tumbling_window: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = EventSourceMappingProps(
            target=target,
            batch_size=batch_size,
            bisect_batch_on_error=bisect_batch_on_error,
            enabled=enabled,
            event_source_arn=event_source_arn,
            filter_encryption=filter_encryption,
            filters=filters,
            kafka_bootstrap_servers=kafka_bootstrap_servers,
            kafka_consumer_group_id=kafka_consumer_group_id,
            kafka_topic=kafka_topic,
            log_level=log_level,
            max_batching_window=max_batching_window,
            max_concurrency=max_concurrency,
            max_record_age=max_record_age,
            metrics_config=metrics_config,
            on_failure=on_failure,
            parallelization_factor=parallelization_factor,
            provisioned_poller_config=provisioned_poller_config,
            report_batch_item_failures=report_batch_item_failures,
            retry_attempts=retry_attempts,
            schema_registry_config=schema_registry_config,
            source_access_configurations=source_access_configurations,
            starting_position=starting_position,
            starting_position_timestamp=starting_position_timestamp,
            support_s3_on_failure_destination=support_s3_on_failure_destination,
            tumbling_window=tumbling_window,
        )
        self._check_source(props)
        self._check_ranges(props)
        self._check_starting_position(props)
        self._check_kafka_consumer_group_id(props.kafka_consumer_group_id)
        if props.filter_encryption is not None:
            if props.filters is None:
                raise ValidationError(
                    self,
                    "filter_encryption is set but filters is not; pass filters as well, or drop "
                    "filter_encryption",
                )
            props.filter_encryption.grant_decrypt(ServicePrincipal("lambda.amazonaws.com"))
        destination_config = None
        if props.on_failure is not None:
            destination = props.on_failure.bind(self, props.target).destination
            destination_config = CfnEventSourceMapping.DestinationConfigProperty(
                on_failure=CfnEventSourceMapping.OnFailureProperty(destination=destination)
            )
        kafka_config = self._kafka_config(props)
        servers = props.kafka_bootstrap_servers
        resource = CfnEventSourceMapping(
            self,
            "Resource",
            batch_size=props.batch_size,
            bisect_batch_on_function_error=props.bisect_batch_on_error,
            destination_config=destination_config,
            enabled=props.enabled,
            event_source_arn=props.event_source_arn,
            function_name=props.target.function_name,
            starting_position=props.starting_position.value if props.starting_position is not None else None,
            starting_position_timestamp=props.starting_position_timestamp,
            function_response_types=["ReportBatchItemFailures"] if props.report_batch_item_failures else None,
            maximum_batching_window_in_seconds=_seconds(props.max_batching_window),
            maximum_record_age_in_seconds=_seconds(props.max_record_age),
            maximum_retry_attempts=props.retry_attempts,
            parallelization_factor=props.parallelization_factor,
            topics=[props.kafka_topic] if props.kafka_topic is not None else None,
            tumbling_window_in_seconds=_seconds(props.tumbling_window),
            # A max_concurrency of 0 is left out, as aws-cdk-lib does.
            scaling_config=CfnEventSourceMapping.ScalingConfigProperty(
                maximum_concurrency=props.max_concurrency
            )
            if props.max_concurrency
            else None,
            source_access_configurations=[
                CfnEventSourceMapping.SourceAccessConfigurationProperty(type=item.type.type, uri=item.uri)
                for item in props.source_access_configurations
            ]
            if props.source_access_configurations is not None
            else None,
            self_managed_event_source=CfnEventSourceMapping.SelfManagedEventSourceProperty(
                endpoints=CfnEventSourceMapping.EndpointsProperty(kafka_bootstrap_servers=list(servers))
            )
            if servers
            else None,
            filter_criteria=CfnEventSourceMapping.FilterCriteriaProperty(filters=list(props.filters))
            if props.filters is not None
            else None,
            kms_key_arn=props.filter_encryption.key_arn if props.filter_encryption is not None else None,
            self_managed_kafka_event_source_config=kafka_config if servers else None,
            amazon_managed_kafka_event_source_config=kafka_config if props.event_source_arn else None,
            provisioned_poller_config=_poller_config(props.provisioned_poller_config),
            metrics_config=CfnEventSourceMapping.MetricsConfigProperty(
                metrics=[metric.value for metric in props.metrics_config.metrics]
            )
            if props.metrics_config is not None
            else None,
            logging_config=CfnEventSourceMapping.LoggingConfigProperty(system_log_level=props.log_level.value)
            if props.log_level is not None
            else None,
        )
        self.event_source_mapping_id: str = resource.ref
        self.event_source_mapping_arn: str = _mapping_arn(self, self.event_source_mapping_id)

    @property
    def event_source_mapping_ref(self) -> EventSourceMappingReference:
        """A reference to the mapping: its id and ARN."""
        return EventSourceMappingReference(
            event_source_mapping_id=self.event_source_mapping_id,
            event_source_mapping_arn=self.event_source_mapping_arn,
        )

    @staticmethod
    def from_event_source_mapping_id(
        scope: Construct, id: str, event_source_mapping_id: str
    ) -> IEventSourceMapping:
        """An existing event source mapping of this stack's account and region, by id."""
        return _ImportedEventSourceMapping(scope, id, event_source_mapping_id)

    # --- checks -------------------------------------------------------------------------------

    def _check_source(self, props: EventSourceMappingProps) -> None:
        arn, servers = props.event_source_arn, props.kafka_bootstrap_servers
        if arn is None and servers is None:
            raise ValidationError(
                self,
                "event_source_arn and kafka_bootstrap_servers are both unset; pass event_source_arn (the ARN "
                "of the queue, stream or cluster) or kafka_bootstrap_servers (the brokers of a self-managed "
                "Kafka cluster)",
            )
        if arn is not None and servers is not None:
            raise ValidationError(
                self,
                f"event_source_arn={arn!r} and kafka_bootstrap_servers={list(servers)!r} are both set; pass "
                "only one of them",
            )
        if servers is not None and not servers:
            raise ValidationError(
                self,
                "kafka_bootstrap_servers=[] is empty; pass at least one broker, e.g. "
                "['broker-1.example.com:9092']",
            )

    def _check_ranges(self, props: EventSourceMappingProps) -> None:
        check_poller_config(self, props.provisioned_poller_config, _MINIMUM_POLLERS)
        window = props.max_batching_window
        if (
            window is not None
            and not window.is_unresolved()
            and window.to_seconds(integral=False) > _MAX_BATCHING_WINDOW_SECONDS
        ):
            raise ValidationError(
                self,
                f"max_batching_window={window!r} is out of range; use at most "
                f"Duration.seconds({_MAX_BATCHING_WINDOW_SECONDS})",
            )
        concurrency = props.max_concurrency
        if concurrency and _is_known(concurrency) and not _within(concurrency, _MAX_CONCURRENCY):
            raise ValidationError(
                self,
                f"max_concurrency={concurrency!r} is out of range; use {_MAX_CONCURRENCY[0]} to "
                f"{_MAX_CONCURRENCY[1]} concurrent invocations",
            )
        age = props.max_record_age
        if (
            age is not None
            and not age.is_unresolved()
            and not _within(age.to_seconds(integral=False), _MAX_RECORD_AGE_SECONDS)
        ):
            raise ValidationError(
                self,
                f"max_record_age={age!r} is out of range; use Duration.seconds(60) to Duration.days(7)",
            )
        attempts = props.retry_attempts
        if _is_known(attempts) and not (attempts == -1 or 0 <= attempts <= _MAX_RETRY_ATTEMPTS):
            raise ValidationError(
                self,
                f"retry_attempts={attempts!r} is out of range; use -1 (retry until the record expires) or 0 "
                f"to {_MAX_RETRY_ATTEMPTS}",
            )
        factor = props.parallelization_factor
        if _is_known(factor) and not _within(factor, _PARALLELIZATION_FACTOR):
            raise ValidationError(
                self,
                f"parallelization_factor={factor!r} is out of range; use {_PARALLELIZATION_FACTOR[0]} to "
                f"{_PARALLELIZATION_FACTOR[1]}",
            )
        window = props.tumbling_window
        if (
            window is not None
            and not window.is_unresolved()
            and window.to_seconds(integral=False) > _MAX_TUMBLING_WINDOW_SECONDS
        ):
            raise ValidationError(
                self,
                f"tumbling_window={window!r} is out of range; use at most "
                f"Duration.seconds({_MAX_TUMBLING_WINDOW_SECONDS})",
            )

    def _check_starting_position(self, props: EventSourceMappingProps) -> None:
        position, timestamp = props.starting_position, props.starting_position_timestamp
        if position is StartingPosition.AT_TIMESTAMP and not timestamp:
            raise ValidationError(
                self,
                "starting_position=StartingPosition.AT_TIMESTAMP needs starting_position_timestamp; pass the "
                "Unix time in seconds to start reading from",
            )
        if position is not StartingPosition.AT_TIMESTAMP and timestamp:
            raise ValidationError(
                self,
                f"starting_position_timestamp={timestamp!r} needs starting_position=StartingPosition."
                f"AT_TIMESTAMP, not {_show(position)}; pass that, or drop starting_position_timestamp",
            )

    def _check_kafka_consumer_group_id(self, group_id: str | None) -> None:
        if not group_id or Token.is_unresolved(group_id):
            return
        low, high = _KAFKA_CONSUMER_GROUP_ID_LENGTH
        if not low <= len(group_id) <= high:
            raise ValidationError(
                self,
                f"kafka_consumer_group_id={group_id!r} is {len(group_id)} characters long; use {low} to "
                f"{high}",
            )
        if not re.fullmatch(_KAFKA_CONSUMER_GROUP_ID, group_id):
            raise ValidationError(
                self,
                f"kafka_consumer_group_id={group_id!r} has characters Lambda does not accept; use letters, "
                "digits and - / * : _ + = . @",
            )

    def _kafka_config(self, props: EventSourceMappingProps) -> dict[str, Any] | None:
        if not props.kafka_consumer_group_id and props.schema_registry_config is None:
            return None
        config: dict[str, Any] = {}
        if props.kafka_consumer_group_id:
            config["consumer_group_id"] = props.kafka_consumer_group_id
        if props.schema_registry_config is not None:
            registry = props.schema_registry_config.bind(self, props.target)
            access_configs = getattr(registry, "access_configs", None)
            validation_configs = getattr(registry, "schema_validation_configs", None)
            config["schema_registry_config"] = {
                "schema_registry_uri": registry.schema_registry_uri,
                "event_record_format": registry.event_record_format.value,
                "access_configs": [{"type": item.type.type, "uri": item.uri} for item in access_configs]
                if access_configs is not None
                else None,
                "schema_validation_configs": [
                    {"attribute": item.attribute.value} for item in validation_configs
                ]
                if validation_configs is not None
                else None,
            }
        return config


def check_poller_config(
    scope: IConstruct | None, config: ProvisionedPollerConfig | None, minimum_bounds: tuple[int, int]
) -> None:
    """Raise when the pollers of a provisioned mode are out of Lambda's range."""
    if config is None:
        return
    minimum, maximum = config.minimum_pollers, config.maximum_pollers
    if _is_known(minimum) and not _within(minimum, minimum_bounds):
        raise ValidationError(
            scope,
            f"provisioned_poller_config.minimum_pollers={minimum!r} is out of range; use {minimum_bounds[0]} "
            f"to {minimum_bounds[1]}",
        )
    maximum_bounds = (max(minimum_bounds[0], _MAXIMUM_POLLERS[0]), _MAXIMUM_POLLERS[1])
    if _is_known(maximum) and not _within(maximum, maximum_bounds):
        raise ValidationError(
            scope,
            f"provisioned_poller_config.maximum_pollers={maximum!r} is out of range; use {maximum_bounds[0]} "
            f"to {maximum_bounds[1]}",
        )
    if _is_known(minimum) and _is_known(maximum) and minimum > maximum:
        raise ValidationError(
            scope,
            f"provisioned_poller_config.minimum_pollers={minimum!r} is greater than maximum_pollers="
            f"{maximum!r}; use a minimum no greater than the maximum",
        )


def _within(value: float, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= value <= bounds[1]


def _seconds(duration: Duration | None) -> float | None:
    return duration.to_seconds() if duration is not None else None


def _poller_config(
    config: ProvisionedPollerConfig | None,
) -> CfnEventSourceMapping.ProvisionedPollerConfigProperty | None:
    if config is None:
        return None
    return CfnEventSourceMapping.ProvisionedPollerConfigProperty(
        maximum_pollers=config.maximum_pollers,
        minimum_pollers=config.minimum_pollers,
        poller_group_name=config.poller_group_name,
    )


class _ImportedEventSourceMapping(Resource):
    def __init__(self, scope: Construct, id: str, event_source_mapping_id: str) -> None:
        super().__init__(scope, id)
        self.event_source_mapping_id = event_source_mapping_id
        self.event_source_mapping_arn = _mapping_arn(scope, event_source_mapping_id)

    @property
    def event_source_mapping_ref(self) -> EventSourceMappingReference:
        """A reference to the mapping: its id and ARN."""
        return EventSourceMappingReference(
            event_source_mapping_id=self.event_source_mapping_id,
            event_source_mapping_arn=self.event_source_mapping_arn,
        )
