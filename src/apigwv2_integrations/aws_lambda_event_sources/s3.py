"""S3EventSource: a function invoked with the notifications of an S3 bucket."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_lambda import IFunction
from ..aws_s3 import Bucket, EventType, IBucket, NotificationKeyFilter
from ..aws_s3_notifications import LambdaDestination
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


def _to_events(value: Sequence[EventType]) -> tuple[EventType, ...]:
    return tuple(value)


# The items' type is spelled out (not `Any`) so that a dict's keys and values are checked as the struct's.
def _to_filters(
    value: Sequence[NotificationKeyFilter | Mapping[str, str | None]] | None,
) -> tuple[NotificationKeyFilter, ...] | None:
    if value is None:
        return None
    return tuple(NotificationKeyFilter(**item) if isinstance(item, Mapping) else item for item in value)


@lazy_frozen(kw_only=True)
class S3EventSourceProps(metaclass=LazyAttrsMeta):
    """Which notifications of the bucket invoke the function."""

    events: Sequence[EventType] = field(converter=_to_events)
    """The events that invoke the function (one notification each)."""
    filters: Sequence[NotificationKeyFilter] | None = field(default=None, converter=_to_filters)
    """Only objects whose keys match these. Default: every object."""


class _BucketNotificationSource:
    """What both S3 event sources do: one notification of the bucket per event, to the function."""

    def __init__(self, bucket: IBucket, props: S3EventSourceProps) -> None:
        self._bucket = bucket
        self._props = props

    def bind(self, target: IFunction) -> None:
        """Notify `target` of each event (a `LambdaDestination`, with the permission S3 needs)."""
        filters = self._props.filters or ()
        for event in self._props.events:
            self._bucket.add_event_notification(event, LambdaDestination(target), *filters)


class S3EventSource(_BucketNotificationSource):
    """Invoke a function with the notifications of a bucket defined in the app."""

    def __init__(
        self,
        bucket: Bucket,
        *,
        events: Sequence[EventType],
        filters: Sequence[NotificationKeyFilter | Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(bucket, S3EventSourceProps(events=events, filters=filters))
        self.bucket = bucket


class S3EventSourceV2(_BucketNotificationSource):
    """Invoke a function with the notifications of a bucket, defined in the app or imported."""

    def __init__(
        self,
        bucket: IBucket,
        *,
        events: Sequence[EventType],
        filters: Sequence[NotificationKeyFilter | Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(bucket, S3EventSourceProps(events=events, filters=filters))
