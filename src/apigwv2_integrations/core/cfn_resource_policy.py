"""Structs for a resource's CreationPolicy and UpdatePolicy attributes."""

from __future__ import annotations

from .struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class CfnResourceSignal(metaclass=LazyAttrsMeta):
    """How many success signals to wait for, and how long."""

    count: float | None = None
    timeout: str | None = None


@lazy_frozen(kw_only=True)
class CfnResourceAutoScalingCreationPolicy(metaclass=LazyAttrsMeta):
    """Share of instances that must signal success."""

    min_successful_instances_percent: float | None = None


@lazy_frozen(kw_only=True)
class CfnCreationPolicy(metaclass=LazyAttrsMeta):
    """A resource's CreationPolicy attribute."""

    auto_scaling_creation_policy: CfnResourceAutoScalingCreationPolicy | None = None
    resource_signal: CfnResourceSignal | None = None
    start_fleet: bool | None = None


@lazy_frozen(kw_only=True)
class CfnAutoScalingRollingUpdate(metaclass=LazyAttrsMeta):
    """Rolling update settings of an Auto Scaling group."""

    max_batch_size: float | None = None
    min_active_instances_percent: float | None = None
    min_instances_in_service: float | None = None
    min_successful_instances_percent: float | None = None
    pause_time: str | None = None
    suspend_processes: list[str] | None = None
    wait_on_resource_signals: bool | None = None


@lazy_frozen(kw_only=True)
class CfnAutoScalingReplacingUpdate(metaclass=LazyAttrsMeta):
    """Replacing update settings of an Auto Scaling group."""

    will_replace: bool | None = None


@lazy_frozen(kw_only=True)
class CfnAutoScalingScheduledAction(metaclass=LazyAttrsMeta):
    """Scheduled action settings during updates."""

    ignore_unmodified_group_size_properties: bool | None = None


@lazy_frozen(kw_only=True)
class CfnCodeDeployLambdaAliasUpdate(metaclass=LazyAttrsMeta):
    """CodeDeploy settings for updating a Lambda alias."""

    application_name: str
    deployment_group_name: str
    after_allow_traffic_hook: str | None = None
    before_allow_traffic_hook: str | None = None


@lazy_frozen(kw_only=True)
class CfnUpdatePolicy(metaclass=LazyAttrsMeta):
    """A resource's UpdatePolicy attribute."""

    auto_scaling_replacing_update: CfnAutoScalingReplacingUpdate | None = None
    auto_scaling_rolling_update: CfnAutoScalingRollingUpdate | None = None
    auto_scaling_scheduled_action: CfnAutoScalingScheduledAction | None = None
    code_deploy_lambda_alias_update: CfnCodeDeployLambdaAliasUpdate | None = None
    enable_version_upgrade: bool | None = None
    use_online_resharding: bool | None = None
