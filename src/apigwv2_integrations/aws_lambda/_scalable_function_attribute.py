"""The provisioned concurrency of an alias as a scalable attribute (`Alias.add_auto_scaling`)."""

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
from .scalable_attribute_api import UtilizationScalingOptions


class ScalableFunctionAttribute(BaseScalableAttribute):
    """An alias's provisioned concurrency, scaled on utilization or on a schedule."""

    # aws-cdk-lib's class of this name is private: its tree.json shows the base class.
    _TREE_FQN = "aws-cdk-lib.aws_applicationautoscaling.BaseScalableAttribute"

    def scale_on_utilization(
        self,
        *,
        utilization_target: float,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> None:
        """Keep the utilization of the provisioned concurrency at `utilization_target` (0.1 to 0.9)."""
        options = UtilizationScalingOptions(
            utilization_target=utilization_target,
            disable_scale_in=disable_scale_in,
            policy_name=policy_name,
            scale_in_cooldown=scale_in_cooldown,
            scale_out_cooldown=scale_out_cooldown,
        )
        target = options.utilization_target
        if not Token.is_unresolved(target) and not 0.1 <= target <= 0.9:
            raise ValidationError(
                self, f"utilization_target={target!r} is out of range; use a fraction from 0.1 to 0.9"
            )
        self._do_scale_to_track_metric(
            "Tracking",
            BasicTargetTrackingScalingPolicyProps(
                target_value=target,
                predefined_metric=PredefinedMetric.LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION,
                disable_scale_in=options.disable_scale_in,
                policy_name=options.policy_name,
                scale_in_cooldown=options.scale_in_cooldown,
                scale_out_cooldown=options.scale_out_cooldown,
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
        """Change the range of the provisioned concurrency on a schedule."""
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
