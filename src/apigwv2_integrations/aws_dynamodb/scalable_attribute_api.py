"""IScalableTableAttribute: a table's (or index's) read or write capacity, scaled by Application Auto
Scaling."""

from __future__ import annotations

from ..aws_applicationautoscaling import BaseTargetTrackingProps
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    import datetime

    from ..aws_applicationautoscaling import Schedule
    from ..core.duration import Duration
    from ..core.time_zone import TimeZone


@lazy_frozen(kw_only=True)
class EnableScalingProps(metaclass=LazyAttrsMeta):
    """The range of a capacity that scales."""

    max_capacity: float
    """The most capacity units."""
    min_capacity: float
    """The least capacity units."""


@lazy_frozen(kw_only=True)
class UtilizationScalingProps(BaseTargetTrackingProps, metaclass=LazyAttrsMeta):
    """How `scale_on_utilization` tracks the capacity's utilization."""

    target_utilization_percent: float
    """The utilization to keep, from 10 to 90 percent."""


@runtime_checkable
class IScalableTableAttribute(Protocol):
    """A read or write capacity, with the scaling Application Auto Scaling offers it."""

    def scale_on_utilization(
        self,
        *,
        target_utilization_percent: float,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> None:
        """Keep the capacity's utilization at a target."""
        ...

    def scale_on_schedule(
        self,
        id: str,
        *,
        schedule: Schedule,
        end_time: datetime.datetime | None = None,
        max_capacity: float | None = None,
        min_capacity: float | None = None,
        start_time: datetime.datetime | None = None,
        time_zone: TimeZone | None = None,
    ) -> None:
        """Change the capacity's range on a schedule."""
        ...
