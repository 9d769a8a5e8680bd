"""KinesisEventSource and KinesisConsumerEventSource: a function invoked with the records of a Kinesis
data stream, read directly or through an enhanced fan-out consumer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_kinesis import IStream, IStreamConsumer
from ..aws_lambda import (
    EventSourceMappingOptions,
    IEventSourceDlq,
    IFunction,
    MetricsConfig,
    StartingPosition,
)
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from ..core.tokens.token import Token
from .stream import ProvisionedPollerConfig, StreamEventSource, StreamEventSourceProps

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey

_BATCH_SIZE = (1, 10_000)


@lazy_frozen(kw_only=True)
class KinesisEventSourceProps(StreamEventSourceProps, metaclass=LazyAttrsMeta):
    """Options of a Kinesis event source."""

    starting_position_timestamp: float | None = None
    """The time to start reading at, in Unix seconds, with `StartingPosition.AT_TIMESTAMP`. Default: none."""


class _KinesisSourceBase(StreamEventSource):
    """What both Kinesis sources share: the options, the batch size rule and the mapping they make."""

    _KIND = ""

    def __init__(self, source: Construct, **options: Any) -> None:
        timestamp = options.pop("starting_position_timestamp")
        super().__init__(**options)
        self._starting_position_timestamp: float | None = timestamp
        self._event_source_mapping_id: str | None = None
        self._event_source_mapping_arn: str | None = None
        size = self.props.batch_size
        if (
            size is not None
            and not Token.is_unresolved(size)
            and not _BATCH_SIZE[0] <= size <= _BATCH_SIZE[1]
        ):
            raise ValidationError(
                source,
                f"{type(self).__name__}: batch_size={size!r} is out of range; use {_BATCH_SIZE[0]} to "
                f"{_BATCH_SIZE[1]}",
            )

    def _map(self, target: IFunction, source: Construct, arn: str) -> None:
        mapping = call_with_struct(
            target.add_event_source_mapping,
            EventSourceMappingOptions,
            f"{self._KIND}:{Names.node_unique_id(source.node)}",
            **self._mapping_options(
                event_source_arn=arn,
                starting_position_timestamp=self._starting_position_timestamp,
                metrics_config=self.props.metrics_config,
                # aws-cdk-lib does not render a stream source's provisioned_poller_config either.
                support_s3_on_failure_destination=True,
            ),
        )
        self._event_source_mapping_id = mapping.event_source_mapping_id
        self._event_source_mapping_arn = mapping.event_source_mapping_arn

    def _bound(self, value: str | None, source: Construct) -> str:
        if value is None:
            raise ValidationError(
                source,
                f"{type(self).__name__} is not bound to a function yet, so it has no event source mapping; "
                "call function.add_event_source(source) first",
            )
        return value


class KinesisEventSource(_KinesisSourceBase):
    """Invoke a function with the records of a Kinesis data stream (the function may read the stream)."""

    _KIND = "KinesisEventSource"

    def __init__(
        self,
        stream: IStream,
        *,
        starting_position: StartingPosition,
        starting_position_timestamp: float | None = None,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, Any]] | None = None,
        max_batching_window: Duration | None = None,
        max_record_age: Duration | None = None,
        metrics_config: MetricsConfig | Mapping[str, Any] | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | Mapping[str, Any] | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        tumbling_window: Duration | None = None,
    ) -> None:
        super().__init__(
            stream,  # type: ignore[arg-type]
            starting_position=starting_position,
            starting_position_timestamp=starting_position_timestamp,
            batch_size=batch_size,
            bisect_batch_on_error=bisect_batch_on_error,
            enabled=enabled,
            filter_encryption=filter_encryption,
            filters=filters,
            max_batching_window=max_batching_window,
            max_record_age=max_record_age,
            metrics_config=metrics_config,
            on_failure=on_failure,
            parallelization_factor=parallelization_factor,
            provisioned_poller_config=provisioned_poller_config,
            report_batch_item_failures=report_batch_item_failures,
            retry_attempts=retry_attempts,
            tumbling_window=tumbling_window,
        )
        self.stream = stream

    def bind(self, target: IFunction) -> None:
        """Read the stream into `target`, and let it read the stream."""
        self._map(target, self.stream, self.stream.stream_arn)  # type: ignore[arg-type]
        self.stream.grant_read(target)

    @property
    def event_source_mapping_id(self) -> str:
        """The id of the mapping (once bound to a function)."""
        return self._bound(self._event_source_mapping_id, self.stream)  # type: ignore[arg-type]

    @property
    def event_source_mapping_arn(self) -> str:
        """The ARN of the mapping (once bound to a function)."""
        return self._bound(self._event_source_mapping_arn, self.stream)  # type: ignore[arg-type]


class KinesisConsumerEventSource(_KinesisSourceBase):
    """Invoke a function with the records of a stream, through an enhanced fan-out consumer (the function
    may read the stream and subscribe through the consumer)."""

    _KIND = "KinesisConsumerEventSource"

    def __init__(
        self,
        stream_consumer: IStreamConsumer,
        *,
        starting_position: StartingPosition,
        starting_position_timestamp: float | None = None,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, Any]] | None = None,
        max_batching_window: Duration | None = None,
        max_record_age: Duration | None = None,
        metrics_config: MetricsConfig | Mapping[str, Any] | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | Mapping[str, Any] | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        tumbling_window: Duration | None = None,
    ) -> None:
        super().__init__(
            stream_consumer,  # type: ignore[arg-type]
            starting_position=starting_position,
            starting_position_timestamp=starting_position_timestamp,
            batch_size=batch_size,
            bisect_batch_on_error=bisect_batch_on_error,
            enabled=enabled,
            filter_encryption=filter_encryption,
            filters=filters,
            max_batching_window=max_batching_window,
            max_record_age=max_record_age,
            metrics_config=metrics_config,
            on_failure=on_failure,
            parallelization_factor=parallelization_factor,
            provisioned_poller_config=provisioned_poller_config,
            report_batch_item_failures=report_batch_item_failures,
            retry_attempts=retry_attempts,
            tumbling_window=tumbling_window,
        )
        self.stream_consumer = stream_consumer

    def bind(self, target: IFunction) -> None:
        """Read the stream through the consumer into `target`, and let it do so."""
        consumer = self.stream_consumer
        self._map(target, consumer, consumer.stream_consumer_arn)  # type: ignore[arg-type]
        consumer.grant_read(target)

    @property
    def event_source_mapping_id(self) -> str:
        """The id of the mapping (once bound to a function)."""
        return self._bound(self._event_source_mapping_id, self.stream_consumer)  # type: ignore[arg-type]

    @property
    def event_source_mapping_arn(self) -> str:
        """The ARN of the mapping (once bound to a function)."""
        return self._bound(self._event_source_mapping_arn, self.stream_consumer)  # type: ignore[arg-type]
