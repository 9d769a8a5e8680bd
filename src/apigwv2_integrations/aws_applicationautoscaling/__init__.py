"""Application Auto Scaling: scalable targets with scheduled, step and target tracking scaling, the base
of the scalable attributes of other services, and every `Cfn*` class of the service."""

from ..cfn.aws_applicationautoscaling import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_applicationautoscaling import *  # noqa: F403
    from .base_scalable_attribute import BaseScalableAttribute, BaseScalableAttributeProps, EnableScalingProps
    from .scalable_target import (
        IScalableTarget,
        ScalableTarget,
        ScalableTargetAttributes,
        ScalableTargetProps,
        ScalingSchedule,
        ServiceNamespace,
    )
    from .schedule import CronOptions, Schedule
    from .step_scaling_action import (
        AdjustmentTier,
        AdjustmentType,
        MetricAggregationType,
        StepScalingAction,
        StepScalingActionProps,
    )
    from .step_scaling_policy import (
        BasicStepScalingPolicyProps,
        ScalingInterval,
        StepScalingPolicy,
        StepScalingPolicyProps,
    )
    from .target_tracking_scaling_policy import (
        BaseTargetTrackingProps,
        BasicTargetTrackingScalingPolicyProps,
        PredefinedMetric,
        TargetTrackingScalingPolicy,
        TargetTrackingScalingPolicyProps,
    )
else:
    _L2_SOURCES = {
        ".base_scalable_attribute": (
            "BaseScalableAttribute",
            "BaseScalableAttributeProps",
            "EnableScalingProps",
        ),
        ".scalable_target": (
            "IScalableTarget",
            "ScalableTarget",
            "ScalableTargetAttributes",
            "ScalableTargetProps",
            "ScalingSchedule",
            "ServiceNamespace",
        ),
        ".schedule": ("CronOptions", "Schedule"),
        ".step_scaling_action": (
            "AdjustmentTier",
            "AdjustmentType",
            "MetricAggregationType",
            "StepScalingAction",
            "StepScalingActionProps",
        ),
        ".step_scaling_policy": (
            "BasicStepScalingPolicyProps",
            "ScalingInterval",
            "StepScalingPolicy",
            "StepScalingPolicyProps",
        ),
        ".target_tracking_scaling_policy": (
            "BaseTargetTrackingProps",
            "BasicTargetTrackingScalingPolicyProps",
            "PredefinedMetric",
            "TargetTrackingScalingPolicy",
            "TargetTrackingScalingPolicyProps",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_applicationautoscaling"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )

__all__ = [
    *_cfn_all,
    "AdjustmentTier",
    "AdjustmentType",
    "BaseScalableAttribute",
    "BaseScalableAttributeProps",
    "BaseTargetTrackingProps",
    "BasicStepScalingPolicyProps",
    "BasicTargetTrackingScalingPolicyProps",
    "CronOptions",
    "EnableScalingProps",
    "IScalableTarget",
    "MetricAggregationType",
    "PredefinedMetric",
    "ScalableTarget",
    "ScalableTargetAttributes",
    "ScalableTargetProps",
    "ScalingInterval",
    "ScalingSchedule",
    "Schedule",
    "ServiceNamespace",
    "StepScalingAction",
    "StepScalingActionProps",
    "StepScalingPolicy",
    "StepScalingPolicyProps",
    "TargetTrackingScalingPolicy",
    "TargetTrackingScalingPolicyProps",
]
