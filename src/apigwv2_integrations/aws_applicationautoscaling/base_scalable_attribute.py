"""BaseScalableAttribute: what a service's scalable attribute (a table's capacity, an alias's
provisioned concurrency) builds on: a scalable target with scheduled and tracking scaling."""

from __future__ import annotations

from ..aws_iam import IRole
from ..cfn.aws_applicationautoscaling import ScalableTargetReference
from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from .scalable_target import ScalableTarget, ScalingSchedule, ServiceNamespace
from .target_tracking_scaling_policy import BasicTargetTrackingScalingPolicyProps, TargetTrackingScalingPolicy

if TYPE_CHECKING:
    from .step_scaling_policy import BasicStepScalingPolicyProps


@lazy_frozen(kw_only=True)
class EnableScalingProps(metaclass=LazyAttrsMeta):
    """The capacity range of a scalable attribute."""

    max_capacity: float
    """The most capacity."""
    min_capacity: float | None = None
    """The least capacity. Default: 1."""


@lazy_frozen(kw_only=True)
class BaseScalableAttributeProps(EnableScalingProps, metaclass=LazyAttrsMeta):
    """What a scalable attribute scales."""

    dimension: str
    """The scalable dimension."""
    resource_id: str
    """The resource, as the service names it."""
    role: IRole
    """The role Application Auto Scaling uses (usually the service-linked role)."""
    service_namespace: ServiceNamespace
    """The service of the resource."""


class BaseScalableAttribute(Construct):
    """A scalable attribute: a scalable target `Target` below it, with the scaling its service offers."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        dimension: str,
        resource_id: str,
        role: IRole,
        service_namespace: ServiceNamespace,
        max_capacity: float,
        min_capacity: float | None = None,
    ) -> None:
        props = BaseScalableAttributeProps(
            dimension=dimension,
            resource_id=resource_id,
            role=role,
            service_namespace=service_namespace,
            max_capacity=max_capacity,
            min_capacity=min_capacity,
        )
        super().__init__(scope, id)
        self._dimension = props.dimension
        self._target = ScalableTarget(
            self,
            "Target",
            service_namespace=props.service_namespace,
            scalable_dimension=props.dimension,
            resource_id=props.resource_id,
            role=props.role,
            min_capacity=props.min_capacity if props.min_capacity is not None else 1,
            max_capacity=props.max_capacity,
        )

    @property
    def scalable_target_ref(self) -> ScalableTargetReference:
        """A reference to the scalable target."""
        return self._target.scalable_target_ref

    def _do_scale_on_schedule(self, id: str, props: ScalingSchedule) -> None:
        self._target.scale_on_schedule(
            id,
            schedule=props.schedule,
            end_time=props.end_time,
            max_capacity=props.max_capacity,
            min_capacity=props.min_capacity,
            start_time=props.start_time,
            time_zone=props.time_zone,
        )

    def _do_scale_on_metric(self, id: str, props: BasicStepScalingPolicyProps) -> None:
        self._target.scale_on_metric(
            id,
            metric=props.metric,
            scaling_steps=props.scaling_steps,
            adjustment_type=props.adjustment_type,
            cooldown=props.cooldown,
            datapoints_to_alarm=props.datapoints_to_alarm,
            evaluation_periods=props.evaluation_periods,
            metric_aggregation_type=props.metric_aggregation_type,
            min_adjustment_magnitude=props.min_adjustment_magnitude,
        )

    def _do_scale_to_track_metric(
        self, id: str, props: BasicTargetTrackingScalingPolicyProps
    ) -> TargetTrackingScalingPolicy:
        return self._target.scale_to_track_metric(
            id,
            target_value=props.target_value,
            custom_metric=props.custom_metric,
            predefined_metric=props.predefined_metric,
            resource_label=props.resource_label,
            disable_scale_in=props.disable_scale_in,
            policy_name=props.policy_name,
            scale_in_cooldown=props.scale_in_cooldown,
            scale_out_cooldown=props.scale_out_cooldown,
        )
