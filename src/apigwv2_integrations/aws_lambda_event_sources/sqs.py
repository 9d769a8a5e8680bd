"""SqsEventSource: a function invoked with the messages of an SQS queue."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

# aws_cdk's ProvisionedPollerConfig of aws_lambda: SqsEventSource refuses the stream sources' twin.
from ..aws_lambda import EventSourceMappingOptions, IFunction, MetricsConfig, ProvisionedPollerConfig
from ..aws_lambda.event_source_mapping import check_poller_config
from ..aws_sqs import IQueue
from ..core.annotations import Annotations
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey

_MAX_BATCHING_WINDOW_SECONDS = 300
_BATCH_SIZE_WITHOUT_WINDOW = (1, 10)
_BATCH_SIZE_WITH_WINDOW = (1, 10_000)
# SQS sources need at least two pollers in provisioned mode.
_MINIMUM_POLLERS = (2, 200)


def _to_metrics_config(value: MetricsConfig | Mapping[str, Any] | None) -> MetricsConfig | None:
    return MetricsConfig(**value) if isinstance(value, Mapping) else value


def _to_poller_config(
    value: ProvisionedPollerConfig | Mapping[str, Any] | None,
) -> ProvisionedPollerConfig | None:
    return ProvisionedPollerConfig(**value) if isinstance(value, Mapping) else value


def _to_filters(value: Sequence[Mapping[str, Any]] | None) -> tuple[dict[str, Any], ...] | None:
    return None if value is None else tuple(dict(item) for item in value)


@lazy_frozen(kw_only=True)
class SqsEventSourceProps(metaclass=LazyAttrsMeta):
    """Options of an SQS event source."""

    batch_size: float | None = None
    """The most messages in one invocation: 1 to 10, or up to 10000 with max_batching_window. Default: 10."""
    enabled: bool | None = None
    """Whether the mapping is active. Default: True."""
    filter_encryption: IKey | None = None
    """The KMS key that encrypts the filter criteria. Default: an AWS-owned key."""
    filters: tuple[dict[str, Any], ...] | None = field(default=None, converter=_to_filters)
    """Message filters, made with `aws_lambda.FilterCriteria.filter`. Default: every message."""
    max_batching_window: Duration | None = None
    """How long to gather messages before invoking, at most 5 minutes (not FIFO). Default: none."""
    max_concurrency: float | None = None
    """The most concurrent invocations, 2 to 1000. Default: no limit."""
    metrics_config: MetricsConfig | None = field(default=None, converter=_to_metrics_config)
    """The metrics the mapping publishes. Default: none."""
    provisioned_poller_config: ProvisionedPollerConfig | None = field(
        default=None, converter=_to_poller_config
    )
    """Provisioned mode (not with max_concurrency). Default: on-demand polling."""
    report_batch_item_failures: bool | None = None
    """Let the function report which messages of a batch failed. Default: False."""


class SqsEventSource:
    """Invoke a function with the messages of an SQS queue."""

    def __init__(
        self,
        queue: IQueue,
        *,
        batch_size: float | None = None,
        enabled: bool | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, Any]] | None = None,
        max_batching_window: Duration | None = None,
        max_concurrency: float | None = None,
        metrics_config: MetricsConfig | Mapping[str, Any] | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | Mapping[str, Any] | None = None,
        report_batch_item_failures: bool | None = None,
    ) -> None:
        self.queue = queue
        self._props = SqsEventSourceProps(
            batch_size=batch_size,
            enabled=enabled,
            filter_encryption=filter_encryption,
            filters=filters,
            max_batching_window=max_batching_window,
            max_concurrency=max_concurrency,
            metrics_config=metrics_config,
            provisioned_poller_config=provisioned_poller_config,
            report_batch_item_failures=report_batch_item_failures,
        )
        self._event_source_mapping_id: str | None = None
        self._event_source_mapping_arn: str | None = None
        self._check_batching()
        if self._props.provisioned_poller_config is not None and self._props.max_concurrency is not None:
            raise ValidationError(
                queue,
                "SqsEventSource: provisioned_poller_config and "
                f"max_concurrency={self._props.max_concurrency!r} are both set; pass only one of them",
            )
        check_poller_config(queue, self._props.provisioned_poller_config, _MINIMUM_POLLERS)

    def _check_batching(self) -> None:
        queue, window, size = self.queue, self._props.max_batching_window, self._props.batch_size
        if window is not None:
            if queue.fifo:
                raise ValidationError(
                    queue,
                    f"SqsEventSource: max_batching_window={window!r} is not supported by FIFO queues; drop "
                    "max_batching_window",
                )
            if (
                not window.is_unresolved()
                and window.to_seconds(integral=False) > _MAX_BATCHING_WINDOW_SECONDS
            ):
                raise ValidationError(
                    queue,
                    f"SqsEventSource: max_batching_window={window!r} is out of range; use at most "
                    f"Duration.seconds({_MAX_BATCHING_WINDOW_SECONDS})",
                )
        if size is None or Token.is_unresolved(size):
            return
        low, high = _BATCH_SIZE_WITH_WINDOW if window is not None else _BATCH_SIZE_WITHOUT_WINDOW
        if not low <= size <= high:
            allowed = (
                f"use {low} to {high}"
                if window is not None
                else f"use {low} to {high}, or set max_batching_window to allow up to "
                f"{_BATCH_SIZE_WITH_WINDOW[1]}"
            )
            raise ValidationError(queue, f"SqsEventSource: batch_size={size!r} is out of range; {allowed}")
        # Differs from aws-cdk-lib: it accepts a zero batching window here, which Lambda rejects at deployment
        # ("you must set MaximumBatchingWindowInSeconds to at least 1" for a batch size over 10).
        if (
            window is not None
            and size > _BATCH_SIZE_WITHOUT_WINDOW[1]
            and not window.is_unresolved()
            and window.to_seconds(integral=False) < 1
        ):
            raise ValidationError(
                queue,
                f"SqsEventSource: batch_size={size!r} needs max_batching_window of at least "
                f"Duration.seconds(1), not {window!r}; raise max_batching_window, or use a batch_size of at "
                f"most {_BATCH_SIZE_WITHOUT_WINDOW[1]}",
            )

    def bind(self, target: IFunction) -> None:
        """Read the queue into `target`, and let it consume the queue's messages."""
        props = self._props
        mapping = call_with_struct(
            target.add_event_source_mapping,
            EventSourceMappingOptions,
            f"SqsEventSource:{Names.node_unique_id(self.queue.node)}",
            batch_size=props.batch_size,
            max_batching_window=props.max_batching_window,
            max_concurrency=props.max_concurrency,
            report_batch_item_failures=props.report_batch_item_failures,
            enabled=props.enabled,
            event_source_arn=self.queue.queue_arn,
            filters=props.filters,
            filter_encryption=props.filter_encryption,
            metrics_config=props.metrics_config,
            provisioned_poller_config=props.provisioned_poller_config,
        )
        self._event_source_mapping_id = mapping.event_source_mapping_id
        self._event_source_mapping_arn = mapping.event_source_mapping_arn
        if getattr(target, "role", None) is not None:
            self.queue.grant_consume_messages(target)
        elif isinstance(target, Construct):
            Annotations.of(target).add_warning_v2(
                "@aws-cdk/aws-lambda-event-sources:sqsFunctionImportWithoutRole",
                # aws-cdk-lib's text, so the warning reads the same.
                f"Function '{target.node.path}' was imported without an IAM role so it was not granted "
                f"access to consume messages from '{self.queue.node.path}'",
            )

    @property
    def event_source_mapping_id(self) -> str:
        """The id of the mapping (once bound to a function)."""
        if self._event_source_mapping_id is None:
            raise ValidationError(self.queue, _NOT_BOUND)
        return self._event_source_mapping_id

    @property
    def event_source_mapping_arn(self) -> str:
        """The ARN of the mapping (once bound to a function)."""
        if self._event_source_mapping_arn is None:
            raise ValidationError(self.queue, _NOT_BOUND)
        return self._event_source_mapping_arn


_NOT_BOUND = (
    "SqsEventSource is not bound to a function yet, so it has no event source mapping; call "
    "function.add_event_source(source) first"
)
