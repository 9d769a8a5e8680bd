"""Capacity: fixed or auto-scaled read and write capacity of a TableV2."""

from __future__ import annotations

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


class CapacityMode(SimpleEnum):
    """How capacity is set."""

    FIXED = "FIXED"
    AUTOSCALED = "AUTOSCALED"


@lazy_frozen(kw_only=True)
class AutoscaledCapacityOptions(metaclass=LazyAttrsMeta):
    """Options of auto-scaled capacity."""

    max_capacity: float
    """The most capacity units."""
    min_capacity: float | None = None
    """The fewest capacity units. Default: 1."""
    seed_capacity: float | None = None
    """The capacity units a new table starts with. Default: none."""
    target_utilization_percent: float | None = None
    """The utilization auto scaling aims at, 20 to 90 percent. Default: 70."""


class Capacity:
    """Read or write capacity of a provisioned TableV2."""

    def __init__(
        self, mode: CapacityMode, options: AutoscaledCapacityOptions | None, iops: float | None
    ) -> None:
        self.mode = mode
        self._options = options
        self._iops = iops

    @staticmethod
    def fixed(iops: float) -> Capacity:
        """A fixed number of capacity units (read capacity only)."""
        return Capacity(CapacityMode.FIXED, None, iops)

    @staticmethod
    def autoscaled(
        *,
        max_capacity: float,
        min_capacity: float | None = None,
        seed_capacity: float | None = None,
        target_utilization_percent: float | None = None,
    ) -> Capacity:
        """Capacity that auto scaling keeps between `min_capacity` and `max_capacity`."""
        options = AutoscaledCapacityOptions(
            max_capacity=max_capacity,
            min_capacity=min_capacity,
            seed_capacity=seed_capacity,
            target_utilization_percent=target_utilization_percent,
        )
        minimum = options.min_capacity if options.min_capacity is not None else 1
        if minimum > options.max_capacity:
            raise ValidationError(
                None,
                f"min_capacity={minimum!r} is above max_capacity={options.max_capacity!r}; "
                "make min_capacity at most max_capacity",
            )
        percent = options.target_utilization_percent
        if percent is not None and not 20 <= percent <= 90:
            raise ValidationError(
                None, f"target_utilization_percent={percent!r} is out of range; use 20 to 90"
            )
        if options.seed_capacity is not None and options.seed_capacity < 1:
            raise ValidationError(None, f"seed_capacity={options.seed_capacity!r} is below 1; use at least 1")
        return Capacity(CapacityMode.AUTOSCALED, options, None)

    @staticmethod
    def _render_autoscaled(options: AutoscaledCapacityOptions) -> dict[str, Any]:
        return {
            "MaxCapacity": options.max_capacity,
            "MinCapacity": options.min_capacity if options.min_capacity is not None else 1,
            "SeedCapacity": options.seed_capacity,
            "TargetTrackingScalingPolicyConfiguration": {
                "TargetValue": options.target_utilization_percent
                if options.target_utilization_percent is not None
                else 70
            },
        }

    def render_read_capacity(self) -> dict[str, Any]:
        """The ReadProvisionedThroughputSettings of a replica."""
        if self._options is None:
            return {"ReadCapacityUnits": self._iops}
        return {"ReadCapacityAutoScalingSettings": self._render_autoscaled(self._options)}

    def render_write_capacity(self) -> dict[str, Any]:
        """The WriteProvisionedThroughputSettings of a table."""
        if self._options is None:
            raise ValidationError(
                None,
                "write_capacity=Capacity.fixed(...) is not allowed; write capacity is always auto-scaled, "
                "use Capacity.autoscaled(max_capacity=...)",
            )
        return {"WriteCapacityAutoScalingSettings": self._render_autoscaled(self._options)}
