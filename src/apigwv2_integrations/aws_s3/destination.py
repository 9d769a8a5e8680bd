"""Where bucket notifications go: the destination interface and what binding a destination gives."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.converters import optional_tuple
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from ..core.construct import Construct, IDependable
    from ..interfaces.aws_s3 import IBucketRef


class BucketNotificationDestinationType(SimpleEnum):
    """The kind of a notification destination, which decides the configuration list it goes in."""

    LAMBDA = "LAMBDA"
    QUEUE = "QUEUE"
    TOPIC = "TOPIC"


@lazy_frozen(kw_only=True)
class BucketNotificationDestinationConfig(metaclass=LazyAttrsMeta):
    """What a destination gives the bucket when it is bound: its ARN, its kind, what must exist first."""

    arn: str
    """The destination's ARN (a function, queue or topic)."""
    type: BucketNotificationDestinationType
    """The kind of destination."""
    dependencies: Sequence[IDependable] | None = field(default=None, converter=optional_tuple)
    """What the notifications resource must be created after (permissions, policies). Default: nothing."""


@runtime_checkable
class IBucketNotificationDestination(Protocol):
    """A destination of bucket notifications (`aws_s3_notifications.LambdaDestination`, ...)."""

    def bind(self, scope: Construct, bucket: IBucketRef) -> BucketNotificationDestinationConfig:
        """Give the bucket what it needs to notify this destination (and allow it to)."""
        ...
