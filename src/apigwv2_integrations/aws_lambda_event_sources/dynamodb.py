"""DynamoEventSource: a function invoked with the records of a DynamoDB table's stream."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_dynamodb import ITable
from ..aws_lambda import (
    EventSourceMappingOptions,
    IEventSourceDlq,
    IFunction,
    MetricsConfig,
    StartingPosition,
)
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
class DynamoEventSourceProps(StreamEventSourceProps, metaclass=LazyAttrsMeta):
    """Options of a DynamoDB stream event source."""


class DynamoEventSource(StreamEventSource):
    """Invoke a function with the records of a DynamoDB table's stream."""

    def __init__(
        self,
        table: ITable,
        *,
        starting_position: StartingPosition,
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
            starting_position=starting_position,
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
        self.table = table
        self._event_source_mapping_id: str | None = None
        self._event_source_mapping_arn: str | None = None
        size = self.props.batch_size
        if (
            size is not None
            and not Token.is_unresolved(size)
            and not _BATCH_SIZE[0] <= size <= _BATCH_SIZE[1]
        ):
            raise ValidationError(
                table,
                f"DynamoEventSource: batch_size={size!r} is out of range; use {_BATCH_SIZE[0]} to "
                f"{_BATCH_SIZE[1]}",
            )

    def bind(self, target: IFunction) -> None:
        """Read the table's stream into `target`, and let it read the stream."""
        stream_arn = self.table.table_stream_arn
        if not stream_arn:
            raise ValidationError(
                self.table,
                "DynamoEventSource: the table has no stream; pass stream=StreamViewType.NEW_AND_OLD_IMAGES "
                "(or another view type) when creating the table, or table_stream_arn= when importing it",
            )
        mapping = call_with_struct(
            target.add_event_source_mapping,
            EventSourceMappingOptions,
            f"DynamoDBEventSource:{Names.node_unique_id(self.table.node)}",
            **self._mapping_options(
                event_source_arn=stream_arn,
                metrics_config=self.props.metrics_config,
                support_s3_on_failure_destination=True,
            ),
        )
        self._event_source_mapping_id = mapping.event_source_mapping_id
        self._event_source_mapping_arn = mapping.event_source_mapping_arn
        self.table.grant_stream_read(target)

    @property
    def event_source_mapping_id(self) -> str:
        """The id of the mapping (once bound to a function)."""
        if self._event_source_mapping_id is None:
            raise ValidationError(self.table, _NOT_BOUND)
        return self._event_source_mapping_id

    @property
    def event_source_mapping_arn(self) -> str:
        """The ARN of the mapping (once bound to a function)."""
        if self._event_source_mapping_arn is None:
            raise ValidationError(self.table, _NOT_BOUND)
        return self._event_source_mapping_arn


_NOT_BOUND = (
    "DynamoEventSource is not bound to a function yet, so it has no event source mapping; call "
    "function.add_event_source(source) first"
)
