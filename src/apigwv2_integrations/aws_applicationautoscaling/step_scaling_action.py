"""StepScalingAction: a step scaling policy that an alarm triggers, with its adjustments."""

from __future__ import annotations

from ..cfn.aws_applicationautoscaling import CfnScalingPolicy
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from .target_tracking_scaling_policy import _target_id

if TYPE_CHECKING:
    from .scalable_target import IScalableTarget


class AdjustmentType(SimpleEnum):
    """How a step's adjustment changes the capacity."""

    CHANGE_IN_CAPACITY = "ChangeInCapacity"
    PERCENT_CHANGE_IN_CAPACITY = "PercentChangeInCapacity"
    EXACT_CAPACITY = "ExactCapacity"


class MetricAggregationType(SimpleEnum):
    """How the metric's data points are aggregated."""

    AVERAGE = "Average"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"


@lazy_frozen(kw_only=True)
class AdjustmentTier(metaclass=LazyAttrsMeta):
    """One step of a StepScalingAction: an adjustment for a range of the metric above the alarm threshold."""

    adjustment: float
    """The change in capacity (its meaning depends on the adjustment type)."""
    lower_bound: float | None = None
    """The lower bound of the range, relative to the threshold. Default: minus infinity."""
    upper_bound: float | None = None
    """The upper bound of the range, relative to the threshold. Default: plus infinity."""


@lazy_frozen(kw_only=True)
class StepScalingActionProps(metaclass=LazyAttrsMeta):
    """Properties of a StepScalingAction."""

    scaling_target: IScalableTarget
    """The scalable target the policy scales."""
    adjustment_type: AdjustmentType | None = None
    """How the adjustments change the capacity. Default: AdjustmentType.CHANGE_IN_CAPACITY."""
    cooldown: Duration | None = None
    """How long to wait after a scaling activity. Default: the service's default cooldown."""
    metric_aggregation_type: MetricAggregationType | None = None
    """How the metric's data points are aggregated. Default: MetricAggregationType.AVERAGE."""
    min_adjustment_magnitude: float | None = None
    """The least capacity a percentage change adds or removes. Default: no minimum."""
    policy_name: str | None = None
    """The policy's name. Default: the construct's unique id."""


class StepScalingAction(Construct):
    """A step scaling policy (`AWS::ApplicationAutoScaling::ScalingPolicy`) for an alarm to trigger."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        scaling_target: IScalableTarget,
        adjustment_type: AdjustmentType | None = None,
        cooldown: Duration | None = None,
        metric_aggregation_type: MetricAggregationType | None = None,
        min_adjustment_magnitude: float | None = None,
        policy_name: str | None = None,
    ) -> None:
        props = StepScalingActionProps(
            scaling_target=scaling_target,
            adjustment_type=adjustment_type,
            cooldown=cooldown,
            metric_aggregation_type=metric_aggregation_type,
            min_adjustment_magnitude=min_adjustment_magnitude,
            policy_name=policy_name,
        )
        super().__init__(scope, id)
        self._adjustments: list[CfnScalingPolicy.StepAdjustmentProperty] = []
        resource = CfnScalingPolicy(
            self,
            "Resource",
            policy_name=props.policy_name or Names.unique_id(self),
            policy_type="StepScaling",
            scaling_target_id=_target_id(props.scaling_target),
            step_scaling_policy_configuration=CfnScalingPolicy.StepScalingPolicyConfigurationProperty(
                adjustment_type=props.adjustment_type.value if props.adjustment_type is not None else None,
                cooldown=props.cooldown.to_seconds() if props.cooldown is not None else None,
                min_adjustment_magnitude=props.min_adjustment_magnitude,
                metric_aggregation_type=(
                    props.metric_aggregation_type.value if props.metric_aggregation_type is not None else None
                ),
                # Adjustments may still be added; an empty list is written, as in aws-cdk-lib.
                step_adjustments=Lazy.any(lambda: list(self._adjustments)),
            ),
        )
        self.scaling_policy_arn: str = resource.ref

    def add_adjustment(
        self, *, adjustment: float, lower_bound: float | None = None, upper_bound: float | None = None
    ) -> None:
        """Add a step: change the capacity by `adjustment` for metric values in the given range."""
        tier = AdjustmentTier(adjustment=adjustment, lower_bound=lower_bound, upper_bound=upper_bound)
        if tier.lower_bound is None and tier.upper_bound is None:
            raise ValidationError(
                self,
                f"add_adjustment(adjustment={tier.adjustment!r}) has neither lower_bound nor upper_bound; "
                "give at least one",
            )
        self._adjustments.append(
            CfnScalingPolicy.StepAdjustmentProperty(
                metric_interval_lower_bound=tier.lower_bound,
                metric_interval_upper_bound=tier.upper_bound,
                scaling_adjustment=tier.adjustment,
            )
        )
