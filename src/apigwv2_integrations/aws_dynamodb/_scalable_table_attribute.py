"""A table's or index's read or write capacity as a scalable attribute (`Table.auto_scale_*`)."""

from __future__ import annotations

import datetime

from ..aws_applicationautoscaling import (
    BaseScalableAttribute,
    BasicTargetTrackingScalingPolicyProps,
    PredefinedMetric,
    ScalingSchedule,
    Schedule,
)
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.time_zone import TimeZone
from ..core.tokens.token import Token
from .scalable_attribute_api import UtilizationScalingProps


class ScalableTableAttribute(BaseScalableAttribute):
    """A read or write capacity, scaled on utilization or on a schedule."""

    # aws-cdk-lib's class of this name is private: its tree.json shows the base class.
    _TREE_FQN = "aws-cdk-lib.aws_applicationautoscaling.BaseScalableAttribute"

    _scaling_on_utilization = False

    def scale_on_utilization(
        self,
        *,
        target_utilization_percent: float,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> None:
        """Keep the capacity's utilization at `target_utilization_percent` (10 to 90)."""
        props = UtilizationScalingProps(
            target_utilization_percent=target_utilization_percent,
            disable_scale_in=disable_scale_in,
            policy_name=policy_name,
            scale_in_cooldown=scale_in_cooldown,
            scale_out_cooldown=scale_out_cooldown,
        )
        if self._scaling_on_utilization:
            raise ValidationError(
                self, "scale_on_utilization() was called before; a capacity tracks one target"
            )
        target = props.target_utilization_percent
        if not Token.is_unresolved(target) and not 10 <= target <= 90:
            raise ValidationError(
                self, f"target_utilization_percent={target!r} is out of range; use 10 to 90 percent"
            )
        self._scaling_on_utilization = True
        metric = (
            PredefinedMetric.DYNAMODB_READ_CAPACITY_UTILIZATION
            if self._dimension.endswith("ReadCapacityUnits")
            else PredefinedMetric.DYNAMODB_WRITE_CAPACITY_UTILIZATION
        )
        self._do_scale_to_track_metric(
            "Tracking",
            BasicTargetTrackingScalingPolicyProps(
                target_value=target,
                predefined_metric=metric,
                disable_scale_in=props.disable_scale_in,
                policy_name=props.policy_name,
                scale_in_cooldown=props.scale_in_cooldown,
                scale_out_cooldown=props.scale_out_cooldown,
            ),
        )

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
        self._do_scale_on_schedule(
            id,
            ScalingSchedule(
                schedule=schedule,
                end_time=end_time,
                max_capacity=max_capacity,
                min_capacity=min_capacity,
                start_time=start_time,
                time_zone=time_zone,
            ),
        )
