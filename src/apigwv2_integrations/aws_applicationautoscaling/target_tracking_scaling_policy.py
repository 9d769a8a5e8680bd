"""TargetTrackingScalingPolicy: keep a metric of a scalable target at a value."""

from __future__ import annotations

from ..cfn.aws_applicationautoscaling import CfnScalingPolicy
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from ..aws_cloudwatch import IMetric
    from .scalable_target import IScalableTarget


class PredefinedMetric(SimpleEnum):
    """The metrics Application Auto Scaling tracks without a custom metric."""

    APPSTREAM_AVERAGE_CAPACITY_UTILIZATION = "AppStreamAverageCapacityUtilization"
    CASSANDRA_READ_CAPACITY_UTILIZATION = "CassandraReadCapacityUtilization"
    CASSANDRA_WRITE_CAPACITY_UTILIZATION = "CassandraWriteCapacityUtilization"
    COMPREHEND_INFERENCE_UTILIZATION = "ComprehendInferenceUtilization"
    NEPTURE_READER_AVERAGE_CPU_UTILIZATION = "NeptuneReaderAverageCPUUtilization"
    DYNAMODB_READ_CAPACITY_UTILIZATION = "DynamoDBReadCapacityUtilization"
    DYNAMODB_WRITE_CAPACITY_UTILIZATION = "DynamoDBWriteCapacityUtilization"
    DYANMODB_WRITE_CAPACITY_UTILIZATION = "DynamoDBWriteCapacityUtilization"
    ALB_REQUEST_COUNT_PER_TARGET = "ALBRequestCountPerTarget"
    RDS_READER_AVERAGE_CPU_UTILIZATION = "RDSReaderAverageCPUUtilization"
    RDS_READER_AVERAGE_DATABASE_CONNECTIONS = "RDSReaderAverageDatabaseConnections"
    EC2_SPOT_FLEET_REQUEST_AVERAGE_CPU_UTILIZATION = "EC2SpotFleetRequestAverageCPUUtilization"
    EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_IN = "EC2SpotFleetRequestAverageNetworkIn"
    EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_OUT = "EC2SpotFleetRequestAverageNetworkOut"
    SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE = "SageMakerVariantInvocationsPerInstance"
    SAGEMAKER_VARIANT_PROVISIONED_CONCURRENCY_UTILIZATION = (
        "SageMakerVariantProvisionedConcurrencyUtilization"
    )
    SAGEMAKER_INFERENCE_COMPONENT_INVOCATIONS_PER_COPY = "SageMakerInferenceComponentInvocationsPerCopy"
    ECS_SERVICE_AVERAGE_CPU_UTILIZATION = "ECSServiceAverageCPUUtilization"
    ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION = "ECSServiceAverageMemoryUtilization"
    LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION = "LambdaProvisionedConcurrencyUtilization"
    KAFKA_BROKER_STORAGE_UTILIZATION = "KafkaBrokerStorageUtilization"
    ELASTICACHE_PRIMARY_ENGINE_CPU_UTILIZATION = "ElastiCachePrimaryEngineCPUUtilization"
    ELASTICACHE_REPLICA_ENGINE_CPU_UTILIZATION = "ElastiCacheReplicaEngineCPUUtilization"
    ELASTICACHE_DATABASE_MEMORY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE = (
        "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage"
    )
    ELASTICACHE_DATABASE_CAPACITY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE = (
        "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage"
    )
    SAGEMAKER_INFERENCE_COMPONENT_CONCURRENT_REQUESTS_PER_COPY_HIGH_RESOLUTION = (
        "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution"
    )
    SAGEMAKER_VARIANT_CONCURRENT_REQUESTS_PER_MODEL_HIGH_RESOLUTION = (
        "SageMakerVariantConcurrentRequestsPerModelHighResolution"
    )
    WORKSPACES_AVERAGE_USER_SESSIONS_CAPACITY_UTILIZATION = "WorkSpacesAverageUserSessionsCapacityUtilization"


@lazy_frozen(kw_only=True)
class BaseTargetTrackingProps(metaclass=LazyAttrsMeta):
    """Options of every target tracking policy."""

    disable_scale_in: bool | None = None
    """Never remove capacity. Default: false."""
    policy_name: str | None = None
    """The policy's name. Default: the construct's unique id."""
    scale_in_cooldown: Duration | None = None
    """How long after a scale-in activity another may start. Default: the service's."""
    scale_out_cooldown: Duration | None = None
    """How long after a scale-out activity another may start. Default: the service's."""


@lazy_frozen(kw_only=True)
class BasicTargetTrackingScalingPolicyProps(BaseTargetTrackingProps, metaclass=LazyAttrsMeta):
    """What to track and its target value."""

    target_value: float
    """The value to keep the metric at."""
    custom_metric: IMetric | None = None
    """A metric of your own. Default: a predefined metric."""
    predefined_metric: PredefinedMetric | None = None
    """A predefined metric. Default: a custom metric."""
    resource_label: str | None = None
    """The resource of an ALB_REQUEST_COUNT_PER_TARGET metric (`app/<lb>/<id>/targetgroup/<tg>/<id>`)."""


@lazy_frozen(kw_only=True)
class TargetTrackingScalingPolicyProps(BasicTargetTrackingScalingPolicyProps, metaclass=LazyAttrsMeta):
    """Properties of a TargetTrackingScalingPolicy."""

    scaling_target: IScalableTarget
    """The scalable target whose capacity the policy changes."""


def _seconds(duration: Duration | None) -> float | None:
    return duration.to_seconds() if duration is not None else None


class TargetTrackingScalingPolicy(Construct):
    """A target tracking policy (`AWS::ApplicationAutoScaling::ScalingPolicy`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        scaling_target: IScalableTarget,
        target_value: float,
        custom_metric: IMetric | None = None,
        predefined_metric: PredefinedMetric | None = None,
        resource_label: str | None = None,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> None:
        props = TargetTrackingScalingPolicyProps(
            scaling_target=scaling_target,
            target_value=target_value,
            custom_metric=custom_metric,
            predefined_metric=predefined_metric,
            resource_label=resource_label,
            disable_scale_in=disable_scale_in,
            policy_name=policy_name,
            scale_in_cooldown=scale_in_cooldown,
            scale_out_cooldown=scale_out_cooldown,
        )
        super().__init__(scope, id)
        if (props.custom_metric is None) == (props.predefined_metric is None):
            raise ValidationError(self, "give exactly one of custom_metric and predefined_metric to track")
        if props.custom_metric is not None and props.resource_label is not None:
            raise ValidationError(
                self, "resource_label is for predefined metrics; drop it with a custom_metric"
            )
        if (
            props.predefined_metric is PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET
            and props.resource_label is None
        ):
            raise ValidationError(
                self,
                "predefined_metric=ALB_REQUEST_COUNT_PER_TARGET needs resource_label="
                "'app/<load balancer>/<id>/targetgroup/<target group>/<id>'",
            )
        for name in ("scale_in_cooldown", "scale_out_cooldown"):
            cooldown = getattr(props, name)
            if cooldown is None:
                continue
            # The policy takes whole seconds; a token converts only when given in seconds.
            if cooldown.is_unresolved() and cooldown.unit_label() != "seconds":
                raise ValidationError(
                    self,
                    f"{name}={cooldown!r} comes from a token in {cooldown.unit_label()}; give a token "
                    "duration in seconds, e.g. Duration.seconds(<token>)",
                )
            if cooldown.is_unresolved():
                continue
            if not float(cooldown.to_seconds(integral=False)).is_integer():
                raise ValidationError(
                    self, f"{name}={cooldown!r} is not a whole number of seconds; use Duration.seconds(...)"
                )
            if cooldown.to_seconds() > 86400:
                raise ValidationError(self, f"{name}={cooldown!r} is too long; use at most 1 day")
        configuration: dict[str, Any] = {
            "target_value": props.target_value,
            "disable_scale_in": props.disable_scale_in,
            "scale_in_cooldown": _seconds(props.scale_in_cooldown),
            "scale_out_cooldown": _seconds(props.scale_out_cooldown),
        }
        if props.predefined_metric is not None:
            configuration["predefined_metric_specification"] = {
                "predefined_metric_type": props.predefined_metric.value,
                "resource_label": props.resource_label,
            }
        else:
            configuration["customized_metric_specification"] = _custom_metric(self, props.custom_metric)
        resource = CfnScalingPolicy(
            self,
            "Resource",
            policy_name=props.policy_name or Names.unique_id(self),
            policy_type="TargetTrackingScaling",
            # A reference is required (as in aws-cdk-lib) even though the id is what renders.
            scaling_target_id=_target_id(props.scaling_target),
            target_tracking_scaling_policy_configuration=configuration,
        )
        self.scaling_policy_arn: str = resource.ref


def _target_id(target: IScalableTarget) -> str:
    target.scalable_target_ref  # noqa: B018 - raises for a target imported by id only
    return target.scalable_target_id


def _custom_metric(scope: Construct, metric: IMetric | None) -> dict[str, Any]:
    """A custom metric as the policy takes it: namespace, name, dimensions and statistic."""
    config = metric.to_metric_config() if metric is not None else None
    stat = config.metric_stat if config is not None else None
    if stat is None:
        raise ValidationError(
            scope,
            f"custom_metric={metric!r} is not a single metric; target tracking takes one Metric: "
            "pass a Metric, or use scale_on_metric() for a math expression",
        )
    dimensions = [{"name": d.name, "value": d.value} for d in stat.dimensions or ()]
    return {
        "dimensions": dimensions or None,
        "metric_name": stat.metric_name,
        "namespace": stat.namespace,
        "statistic": stat.statistic,
        "unit": stat.unit_filter.value if stat.unit_filter is not None else None,
    }
