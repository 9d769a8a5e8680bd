"""StreamEventSource: the base of event sources that read a stream (DynamoDB, Kinesis)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_lambda import (
    IEventSourceDlq,
    IFunction,
    MetricsConfig,
    StartingPosition,
)
from ..aws_lambda import ProvisionedPollerConfig as LambdaProvisionedPollerConfig
from ..aws_lambda.event_source_mapping import check_poller_config
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey

# The default batch size of stream sources, which aws-cdk-lib renders (Lambda's own default is also 100).
_DEFAULT_BATCH_SIZE = 100
_MINIMUM_POLLERS = (1, 200)


def _to_metrics_config(value: MetricsConfig | Mapping[str, Any] | None) -> MetricsConfig | None:
    return MetricsConfig(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class ProvisionedPollerConfig(metaclass=LazyAttrsMeta):
    """Provisioned mode of a stream or Kafka source: the event pollers kept ready for its mapping."""

    # aws_cdk has this struct apart from aws_lambda.ProvisionedPollerConfig (which SqsEventSource takes),
    # and each source accepts only its own, so the two are separate classes here too.
    maximum_pollers: float | None = None
    """The most pollers. Default: 200."""
    minimum_pollers: float | None = None
    """The fewest pollers. Default: 1."""
    poller_group_name: str | None = None
    """The group of pollers the mapping shares. Default: none."""


def _to_poller_config(
    value: ProvisionedPollerConfig | Mapping[str, Any] | None,
) -> ProvisionedPollerConfig | None:
    return ProvisionedPollerConfig(**value) if isinstance(value, Mapping) else value


def to_mapping_poller_config(config: ProvisionedPollerConfig | None) -> LambdaProvisionedPollerConfig | None:
    """The same pollers as the struct an event source mapping takes."""
    if config is None:
        return None
    return LambdaProvisionedPollerConfig(
        maximum_pollers=config.maximum_pollers,
        minimum_pollers=config.minimum_pollers,
        poller_group_name=config.poller_group_name,
    )


def _to_filters(value: Sequence[Mapping[str, Any]] | None) -> tuple[dict[str, Any], ...] | None:
    return None if value is None else tuple(dict(item) for item in value)


@lazy_frozen(kw_only=True)
class BaseStreamEventSourceProps(metaclass=LazyAttrsMeta):
    """Options of every stream event source."""

    starting_position: StartingPosition
    """Where to start reading the stream."""
    batch_size: float | None = None
    """The most records sent to the function in one invocation, 1 to 10000. Default: 100."""
    enabled: bool | None = None
    """Whether the mapping is active. Default: True."""
    max_batching_window: Duration | None = None
    """How long to gather records before invoking, at most 5 minutes. Default: Duration.seconds(0)."""
    provisioned_poller_config: ProvisionedPollerConfig | None = field(
        default=None, converter=_to_poller_config
    )
    """Provisioned mode. Default: on-demand polling."""


@lazy_frozen(kw_only=True)
class StreamEventSourceProps(BaseStreamEventSourceProps, metaclass=LazyAttrsMeta):
    """Options of a stream event source."""

    bisect_batch_on_error: bool | None = None
    """Split a failed batch in two and retry each half. Default: False."""
    filter_encryption: IKey | None = None
    """The KMS key that encrypts the filter criteria. Default: an AWS-owned key."""
    filters: tuple[dict[str, Any], ...] | None = field(default=None, converter=_to_filters)
    """Event filters, made with `aws_lambda.FilterCriteria.filter`. Default: every record."""
    max_record_age: Duration | None = None
    """Discard records older than this, 60 seconds to 7 days. Default: never."""
    metrics_config: MetricsConfig | None = field(default=None, converter=_to_metrics_config)
    """The metrics the mapping publishes. Default: none."""
    on_failure: IEventSourceDlq | None = None
    """Where records that could not be processed go, such as `SqsDlq(queue)`. Default: discarded."""
    parallelization_factor: float | None = None
    """Batches processed at once per shard, 1 to 10. Default: 1."""
    report_batch_item_failures: bool | None = None
    """Let the function report which records of a batch failed. Default: False."""
    retry_attempts: float | None = None
    """Retries of a failed batch, -1 (until the record expires) or 0 to 10000. Default: -1."""
    tumbling_window: Duration | None = None
    """The window of stateful processing, at most 15 minutes. Default: none."""


class StreamEventSource:
    """The base of stream event sources: the mapping options they share."""

    def __init__(
        self,
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
        self.props = StreamEventSourceProps(
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
        check_poller_config(
            None, to_mapping_poller_config(self.props.provisioned_poller_config), _MINIMUM_POLLERS
        )

    def bind(self, target: IFunction) -> None:
        """Connect the stream to `target`."""
        raise NotImplementedError

    def _mapping_options(self, **options: Any) -> dict[str, Any]:
        """The mapping options of the stream (`options` first, then the stream's own), as keywords."""
        props = self.props
        if props.on_failure is not None and not options.get("support_s3_on_failure_destination"):
            # Deferred: loads aws_s3 only for a source that may not take a bucket as failure destination.
            from .s3_onfailuire_destination import S3OnFailureDestination

            if isinstance(props.on_failure, S3OnFailureDestination):
                raise ValidationError(
                    None,
                    f"{type(self).__name__}: on_failure=S3OnFailureDestination(...) is not supported by this "
                    "event source; use SqsDlq(queue) instead",
                )
        return {
            **options,
            # A batch size of 0 falls back to the default too, as in aws-cdk-lib.
            "batch_size": props.batch_size or _DEFAULT_BATCH_SIZE,
            "bisect_batch_on_error": props.bisect_batch_on_error,
            "starting_position": props.starting_position,
            "report_batch_item_failures": props.report_batch_item_failures,
            "max_batching_window": props.max_batching_window,
            "max_record_age": props.max_record_age,
            "retry_attempts": props.retry_attempts,
            "parallelization_factor": props.parallelization_factor,
            "on_failure": props.on_failure,
            "tumbling_window": props.tumbling_window,
            "enabled": props.enabled,
            "filters": props.filters,
            "filter_encryption": props.filter_encryption,
        }
