"""ScalableTarget: a resource whose capacity Application Auto Scaling changes, and its scheduled actions."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from ..aws_iam import IRole, PolicyStatement, Role, ServicePrincipal
from ..cfn.aws_applicationautoscaling import CfnScalableTarget, ScalableTargetReference
from ..core.annotations import Annotations
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.time_zone import TimeZone
from ..core.tokens.fn import Fn
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from .schedule import Schedule, utc_moment
from .target_tracking_scaling_policy import PredefinedMetric, TargetTrackingScalingPolicy

if TYPE_CHECKING:
    from typing import Any

    from ..aws_cloudwatch import IMetric
    from .step_scaling_action import AdjustmentType, MetricAggregationType
    from .step_scaling_policy import ScalingInterval, StepScalingPolicy


class ServiceNamespace(SimpleEnum):
    """The services whose resources Application Auto Scaling scales."""

    ECS = "ecs"
    ELASTIC_MAP_REDUCE = "elasticmapreduce"
    EC2 = "ec2"
    APPSTREAM = "appstream"
    DYNAMODB = "dynamodb"
    RDS = "rds"
    SAGEMAKER = "sagemaker"
    CUSTOM_RESOURCE = "custom-resource"
    LAMBDA = "lambda"
    COMPREHEND = "comprehend"
    KAFKA = "kafka"
    ELASTICACHE = "elasticache"
    NEPTUNE = "neptune"
    CASSANDRA = "cassandra"
    WORKSPACES = "workspaces"


@runtime_checkable
class IScalableTarget(IResource, Protocol):
    """A scalable target, defined here or imported."""

    @property
    def scalable_target_id(self) -> str:
        """The target's id (`<resource id>|<dimension>|<namespace>`)."""
        ...

    @property
    def scalable_target_ref(self) -> ScalableTargetReference:
        """A reference to the target: its resource id, dimension and namespace."""
        ...


@lazy_frozen(kw_only=True)
class ScalingSchedule(metaclass=LazyAttrsMeta):
    """A scheduled change of a target's capacity range; give at least one of the capacities."""

    schedule: Schedule
    """When the action runs."""
    end_time: datetime.datetime | None = None
    """When the action stops running. Default: never."""
    max_capacity: float | None = None
    """The new maximum capacity. Default: unchanged."""
    min_capacity: float | None = None
    """The new minimum capacity. Default: unchanged."""
    start_time: datetime.datetime | None = None
    """When the action starts running. Default: at once."""
    time_zone: TimeZone | None = None
    """The time zone of `cron` and `at` schedules. Default: UTC."""


@lazy_frozen(kw_only=True)
class ScalableTargetAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing scalable target."""

    scalable_dimension: str
    """Its scalable dimension."""
    scalable_target_id: str
    """Its id (`<resource id>|<dimension>|<namespace>`)."""
    service_namespace: str
    """Its service namespace (`ecs`, `dynamodb`, ...)."""


@lazy_frozen(kw_only=True)
class ScalableTargetProps(metaclass=LazyAttrsMeta):
    """Properties of a ScalableTarget."""

    max_capacity: float
    """The most capacity to scale out to."""
    min_capacity: float
    """The least capacity to scale in to."""
    resource_id: str
    """The resource to scale, as the service names it (`service/<cluster>/<service>`, `table/<name>`)."""
    scalable_dimension: str
    """What to scale (`ecs:service:DesiredCount`, `dynamodb:table:ReadCapacityUnits`, ...)."""
    service_namespace: ServiceNamespace
    """The service of the resource."""
    role: IRole | None = None
    """The role Application Auto Scaling uses. Default: a new role it can assume."""


def _iso_time(moment: datetime.datetime | None) -> str | None:
    """The moment (already in UTC) to the second, as aws-cdk-lib writes it (`2026-12-31T00:00:00Z`)."""
    if moment is None:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class ScalableTarget(Resource):
    """A scalable target (`AWS::ApplicationAutoScaling::ScalableTarget`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        max_capacity: float,
        min_capacity: float,
        resource_id: str,
        scalable_dimension: str,
        service_namespace: ServiceNamespace,
        role: IRole | None = None,
    ) -> None:
        props = ScalableTargetProps(
            max_capacity=max_capacity,
            min_capacity=min_capacity,
            resource_id=resource_id,
            scalable_dimension=scalable_dimension,
            service_namespace=service_namespace,
            role=role,
        )
        super().__init__(scope, id)
        self._check_capacities(props.min_capacity, props.max_capacity)
        self.role: IRole = props.role or Role(
            self, "Role", assumed_by=ServicePrincipal("application-autoscaling.amazonaws.com")
        )
        self._actions: list[dict[str, Any]] = []
        resource = CfnScalableTarget(
            self,
            "Resource",
            max_capacity=props.max_capacity,
            min_capacity=props.min_capacity,
            resource_id=props.resource_id,
            role_arn=self.role.role_arn,
            scalable_dimension=props.scalable_dimension,
            scheduled_actions=Lazy.any(lambda: list(self._actions), omit_empty_array=True),
            service_namespace=props.service_namespace.value,
        )
        self._resource = resource
        self.scalable_target_id: str = resource.ref

    def _check_capacities(self, minimum: float | None, maximum: float | None) -> None:
        for name, value in (("min_capacity", minimum), ("max_capacity", maximum)):
            if value is not None and not Token.is_unresolved(value) and value < 0:
                raise ValidationError(self, f"{name}={value!r} is negative; use 0 or more")
        if (
            minimum is not None
            and maximum is not None
            and not Token.is_unresolved(minimum)
            and not Token.is_unresolved(maximum)
            and minimum > maximum
        ):
            raise ValidationError(
                self,
                f"min_capacity={minimum!r} is above max_capacity={maximum!r}; lower it or raise the maximum",
            )

    @property
    def scalable_target_ref(self) -> ScalableTargetReference:
        """A reference to the target: its resource id, dimension and namespace."""
        return self._resource.scalable_target_ref

    @staticmethod
    def from_scalable_target_id(scope: Construct, id: str, scalable_target_id: str) -> IScalableTarget:
        """An existing scalable target, by id (`<resource id>|<dimension>|<namespace>`); policies need
        `from_scalable_target_attributes` to reference it."""
        return _ImportedScalableTarget(scope, id, scalable_target_id, None)

    @staticmethod
    def from_scalable_target_attributes(
        scope: Construct, id: str, *, scalable_dimension: str, scalable_target_id: str, service_namespace: str
    ) -> IScalableTarget:
        """An existing scalable target: its id, dimension and namespace."""
        attributes = ScalableTargetAttributes(
            scalable_dimension=scalable_dimension,
            scalable_target_id=scalable_target_id,
            service_namespace=service_namespace,
        )
        return _ImportedScalableTarget(scope, id, attributes.scalable_target_id, attributes)

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the role Application Auto Scaling uses."""
        self.role.add_to_principal_policy(statement)

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
        """Change the capacity range on a schedule (a scheduled action named `id`)."""
        action = ScalingSchedule(
            schedule=schedule,
            end_time=end_time,
            max_capacity=max_capacity,
            min_capacity=min_capacity,
            start_time=start_time,
            time_zone=time_zone,
        )
        if action.min_capacity is None and action.max_capacity is None:
            raise ValidationError(
                self, f"scheduled action {id!r} sets neither min_capacity nor max_capacity; set at least one"
            )
        self._check_capacities(action.min_capacity, action.max_capacity)
        if action.schedule._runs_every_minute_by_default:
            # aws-cdk-lib's text, so the warning reads the same.
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute",
                "cron: If you don't pass 'minute', by default the event runs every minute. Pass "
                "'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead.",
            )
        start = utc_moment(f"{self.node.path}: start_time", action.start_time) if action.start_time else None
        end = utc_moment(f"{self.node.path}: end_time", action.end_time) if action.end_time else None
        # In the L1's order (by name), which aws-cdk-lib renders.
        self._actions.append(
            {
                "EndTime": _iso_time(end),
                "ScalableTargetAction": {
                    "MaxCapacity": action.max_capacity,
                    "MinCapacity": action.min_capacity,
                },
                "Schedule": action.schedule.expression_string,
                "ScheduledActionName": id,
                "StartTime": _iso_time(start),
                "Timezone": action.time_zone.timezone_name if action.time_zone is not None else None,
            }
        )

    def scale_on_metric(
        self,
        id: str,
        *,
        metric: IMetric,
        scaling_steps: Sequence[ScalingInterval | Mapping[str, Any]],
        adjustment_type: AdjustmentType | None = None,
        cooldown: Duration | None = None,
        datapoints_to_alarm: float | None = None,
        evaluation_periods: float | None = None,
        metric_aggregation_type: MetricAggregationType | None = None,
        min_adjustment_magnitude: float | None = None,
    ) -> StepScalingPolicy:
        """Scale in steps on `metric` (a step scaling policy named `id`, with its alarms)."""
        from .step_scaling_policy import StepScalingPolicy  # deferred: loads with the first step policy

        return StepScalingPolicy(
            self,
            id,
            scaling_target=self,
            metric=metric,
            scaling_steps=scaling_steps,
            adjustment_type=adjustment_type,
            cooldown=cooldown,
            datapoints_to_alarm=datapoints_to_alarm,
            evaluation_periods=evaluation_periods,
            metric_aggregation_type=metric_aggregation_type,
            min_adjustment_magnitude=min_adjustment_magnitude,
        )

    def scale_to_track_metric(
        self,
        id: str,
        *,
        target_value: float,
        custom_metric: IMetric | None = None,
        predefined_metric: PredefinedMetric | None = None,
        resource_label: str | None = None,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> TargetTrackingScalingPolicy:
        """Keep a metric at `target_value` (a target tracking policy named `id`)."""
        return TargetTrackingScalingPolicy(
            self,
            id,
            scaling_target=self,
            target_value=target_value,
            custom_metric=custom_metric,
            predefined_metric=predefined_metric,
            resource_label=resource_label,
            disable_scale_in=disable_scale_in,
            policy_name=policy_name,
            scale_in_cooldown=scale_in_cooldown,
            scale_out_cooldown=scale_out_cooldown,
        )


class _ImportedScalableTarget(Resource):
    def __init__(
        self, scope: Construct, id: str, scalable_target_id: str, attributes: ScalableTargetAttributes | None
    ) -> None:
        super().__init__(scope, id)
        self.scalable_target_id = scalable_target_id
        self._attributes = attributes

    @property
    def scalable_target_ref(self) -> ScalableTargetReference:
        if self._attributes is None:
            raise ValidationError(
                self,
                "a scalable target imported by id only has no reference for scaling policies; import it with "
                "ScalableTarget.from_scalable_target_attributes(...)",
            )
        # The id is `<resource id>|<dimension>|<namespace>`.
        resource_id = (
            Fn.select(0, Fn.split("|", self.scalable_target_id))
            if Token.is_unresolved(self.scalable_target_id)
            else self.scalable_target_id.split("|")[0]
        )
        return ScalableTargetReference(
            resource_id=resource_id,
            scalable_dimension=self._attributes.scalable_dimension,
            service_namespace=self._attributes.service_namespace,
        )
