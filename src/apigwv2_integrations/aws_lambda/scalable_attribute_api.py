"""IScalableFunctionAttribute: the provisioned concurrency of an alias, scaled by Application Auto Scaling."""

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
class UtilizationScalingOptions(BaseTargetTrackingProps, metaclass=LazyAttrsMeta):
    """How `scale_on_utilization` tracks the provisioned concurrency's utilization."""

    utilization_target: float
    """The utilization to keep, from 0.1 to 0.9."""


@lazy_frozen(kw_only=True)
class AutoScalingOptions(metaclass=LazyAttrsMeta):
    """The range of an alias's provisioned concurrency."""

    max_capacity: float
    """The most provisioned concurrency."""
    min_capacity: float | None = None
    """The least provisioned concurrency. Default: 1."""


@runtime_checkable
class IScalableFunctionAttribute(Protocol):
    """The provisioned concurrency of an alias, with the scaling Application Auto Scaling offers it."""

    def scale_on_utilization(
        self,
        *,
        utilization_target: float,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> None:
        """Keep the utilization of the provisioned concurrency at a target."""
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
        """Change the range of the provisioned concurrency on a schedule."""
        ...
