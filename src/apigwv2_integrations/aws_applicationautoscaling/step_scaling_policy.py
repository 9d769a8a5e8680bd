"""StepScalingPolicy: scale a target in steps on a metric, through a lower and an upper alarm."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_cloudwatch import Alarm, AlarmActionConfig, ComparisonOperator, IAlarm, IMetric
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, cast
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token
from ._interval_utils import CompleteInterval, find_alarm_thresholds, normalize_intervals
from .step_scaling_action import AdjustmentType, MetricAggregationType, StepScalingAction

if TYPE_CHECKING:
    from typing import Any

    from .scalable_target import IScalableTarget

# Application Auto Scaling takes at most 40 step adjustments per policy.
_MAX_SCALING_STEPS = 40


@lazy_frozen(kw_only=True)
class ScalingInterval(metaclass=LazyAttrsMeta):
    """A range of the metric's value and the capacity change for it."""

    change: float
    """The change in capacity (its meaning depends on the adjustment type)."""
    lower: float | None = None
    """The lower bound. Default: the upper bound of the step below, or 0."""
    upper: float | None = None
    """The upper bound. Default: the lower bound of the step above, or infinity."""


def _to_scaling_interval(value: ScalingInterval | Mapping[str, Any]) -> ScalingInterval:
    return ScalingInterval(**value) if isinstance(value, Mapping) else value


def _to_scaling_intervals(
    values: Sequence[ScalingInterval | Mapping[str, Any]],
) -> tuple[ScalingInterval, ...]:
    return tuple(_to_scaling_interval(value) for value in values)


@lazy_frozen(kw_only=True)
class BasicStepScalingPolicyProps(metaclass=LazyAttrsMeta):
    """The options of a step scaling policy."""

    metric: IMetric
    """The metric the policy scales on."""
    scaling_steps: Sequence[ScalingInterval] = field(converter=_to_scaling_intervals)
    """The intervals of the metric's value and their changes (2 to 40)."""
    adjustment_type: AdjustmentType | None = None
    """How the changes change the capacity. Default: AdjustmentType.CHANGE_IN_CAPACITY."""
    cooldown: Duration | None = None
    """How long to wait after a scaling activity. Default: the service's default cooldown."""
    datapoints_to_alarm: float | None = None
    """How many breaching data points set off an alarm; needs evaluation_periods. Default: all of them."""
    evaluation_periods: float | None = None
    """How many periods the alarms evaluate. Default: 1."""
    metric_aggregation_type: MetricAggregationType | None = None
    """How the metric's data points are aggregated. Default: from the metric's statistic."""
    min_adjustment_magnitude: float | None = None
    """The least capacity a percentage change adds or removes. Default: no minimum."""


@lazy_frozen(kw_only=True)
class StepScalingPolicyProps(BasicStepScalingPolicyProps, metaclass=LazyAttrsMeta):
    """Properties of a StepScalingPolicy."""

    scaling_target: IScalableTarget
    """The scalable target the policy scales."""


class _StepScalingAlarmAction:
    """Triggers a StepScalingAction from an alarm."""

    def __init__(self, action: StepScalingAction) -> None:
        self._action = action

    def bind(self, scope: Construct, alarm: IAlarm) -> AlarmActionConfig:
        return AlarmActionConfig(alarm_action_arn=self._action.scaling_policy_arn)


def _aggregation_type_of(metric: IMetric) -> MetricAggregationType | None:
    """The aggregation matching the metric's statistic (AVERAGE for other statistics; None for math)."""
    stat = metric.to_metric_config().metric_stat
    if stat is None:
        return None
    return {
        "Minimum": MetricAggregationType.MINIMUM,
        "Maximum": MetricAggregationType.MAXIMUM,
    }.get(stat.statistic, MetricAggregationType.AVERAGE)


class StepScalingPolicy(Construct):
    """A step scaling policy: an upper and a lower alarm on a metric, each triggering a StepScalingAction."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        scaling_target: IScalableTarget,
        metric: IMetric,
        scaling_steps: Sequence[ScalingInterval | Mapping[str, Any]],
        adjustment_type: AdjustmentType | None = None,
        cooldown: Duration | None = None,
        datapoints_to_alarm: float | None = None,
        evaluation_periods: float | None = None,
        metric_aggregation_type: MetricAggregationType | None = None,
        min_adjustment_magnitude: float | None = None,
    ) -> None:
        props = StepScalingPolicyProps(
            scaling_target=scaling_target,
            metric=metric,
            scaling_steps=scaling_steps,
            adjustment_type=adjustment_type,
            cooldown=cooldown,
            datapoints_to_alarm=datapoints_to_alarm,
            evaluation_periods=evaluation_periods,
            metric_aggregation_type=metric_aggregation_type,
            min_adjustment_magnitude=min_adjustment_magnitude,
        )
        super().__init__(scope, id)
        self.lower_alarm: Alarm | None = None
        self.lower_action: StepScalingAction | None = None
        self.upper_alarm: Alarm | None = None
        self.upper_action: StepScalingAction | None = None
        self._check_props(props)

        adjustment = props.adjustment_type or AdjustmentType.CHANGE_IN_CAPACITY
        steps = [(step.lower, step.upper, step.change) for step in props.scaling_steps]
        intervals = normalize_intervals(self, steps, adjustment is AdjustmentType.EXACT_CAPACITY)
        thresholds = find_alarm_thresholds(intervals)
        aggregation = props.metric_aggregation_type or _aggregation_type_of(props.metric)

        if thresholds.lower_alarm_interval_index is not None:
            lower_index = thresholds.lower_alarm_interval_index
            threshold = intervals[lower_index].upper
            self.lower_action = self._action("LowerPolicy", props, adjustment, aggregation)
            for i in range(lower_index, -1, -1):
                self.lower_action.add_adjustment(
                    adjustment=_change_of(intervals[i]),
                    lower_bound=intervals[i].lower - threshold if i != 0 else None,
                    upper_bound=intervals[i].upper - threshold,
                )
            self.lower_alarm = self._alarm(
                "LowerAlarm", props, "Lower", ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD, threshold
            )
            self.lower_alarm.add_alarm_action(_StepScalingAlarmAction(self.lower_action))

        if thresholds.upper_alarm_interval_index is not None:
            upper_index = thresholds.upper_alarm_interval_index
            threshold = intervals[upper_index].lower
            self.upper_action = self._action("UpperPolicy", props, adjustment, aggregation)
            last = len(intervals) - 1
            for i in range(upper_index, len(intervals)):
                self.upper_action.add_adjustment(
                    adjustment=_change_of(intervals[i]),
                    lower_bound=intervals[i].lower - threshold,
                    upper_bound=intervals[i].upper - threshold if i != last else None,
                )
            self.upper_alarm = self._alarm(
                "UpperAlarm", props, "Upper", ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, threshold
            )
            self.upper_alarm.add_alarm_action(_StepScalingAlarmAction(self.upper_action))

    def _action(
        self,
        id: str,
        props: StepScalingPolicyProps,
        adjustment: AdjustmentType,
        aggregation: MetricAggregationType | None,
    ) -> StepScalingAction:
        return StepScalingAction(
            self,
            id,
            scaling_target=props.scaling_target,
            adjustment_type=adjustment,
            cooldown=props.cooldown,
            metric_aggregation_type=aggregation,
            min_adjustment_magnitude=props.min_adjustment_magnitude,
        )

    def _alarm(
        self,
        id: str,
        props: StepScalingPolicyProps,
        side: str,
        comparison: ComparisonOperator,
        threshold: float,
    ) -> Alarm:
        return Alarm(
            self,
            id,
            metric=props.metric,
            alarm_description=f"{side} threshold scaling alarm",
            comparison_operator=comparison,
            evaluation_periods=props.evaluation_periods if props.evaluation_periods is not None else 1,
            datapoints_to_alarm=props.datapoints_to_alarm,
            threshold=threshold,
        )

    def _check_props(self, props: StepScalingPolicyProps) -> None:
        steps = len(props.scaling_steps)
        if steps < 2:
            raise ValidationError(self, f"scaling_steps has {steps} step(s); give at least 2 intervals")
        if steps > _MAX_SCALING_STEPS:
            raise ValidationError(self, f"scaling_steps has {steps} steps; give at most {_MAX_SCALING_STEPS}")
        periods = props.evaluation_periods
        if periods is not None and not Token.is_unresolved(periods) and periods < 1:
            raise ValidationError(self, f"evaluation_periods={periods!r} is less than 1; use 1 or more")
        datapoints = props.datapoints_to_alarm
        if datapoints is None:
            return
        if periods is None:
            raise ValidationError(
                self,
                f"datapoints_to_alarm={datapoints!r} needs evaluation_periods; set it too",
            )
        if not Token.is_unresolved(datapoints) and datapoints < 1:
            raise ValidationError(self, f"datapoints_to_alarm={datapoints!r} is less than 1; use 1 or more")
        if not Token.is_unresolved(datapoints) and not Token.is_unresolved(periods) and periods < datapoints:
            raise ValidationError(
                self,
                f"datapoints_to_alarm={datapoints!r} is more than evaluation_periods={periods!r}; "
                "use at most evaluation_periods",
            )


def _change_of(interval: CompleteInterval) -> float:
    # Only the no-change interval has no change, and it lies between the two alarms' steps.
    return cast("float", interval.change)
