"""CapacityProvider: the EC2 capacity Lambda Managed Instances run functions on
(`AWS::Lambda::CapacityProvider`), new or imported, and how a function is placed on it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_iam import IRole, ManagedPolicy, Role, ServicePrincipal
from ..cfn.aws_lambda import CapacityProviderReference, CfnCapacityProvider, CfnFunction
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.converters import optional_tuple, to_tuple
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, cast, runtime_checkable
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tags import CfnTag
from ..core.tokens.token import Token
from ..interfaces.aws_lambda import ICapacityProviderRef

if TYPE_CHECKING:
    from ..aws_ec2 import ISecurityGroup, ISubnet
    from ..aws_kms import IKey
    from ..interfaces.aws_logs import ILogGroupRef
    from .architecture import Architecture
    from .function_base import IFunction
    from .function_settings import SystemLogLevel

# The limits AWS::Lambda::CapacityProvider documents for its VPC and instance settings.
_SECURITY_GROUPS = (1, 5)
_V_CPU_COUNT = (12, 15_000)
_SUBNETS = (1, 16)
_MAX_PROPAGATED_TAGS = 40
_OPERATOR_POLICY = "AWSLambdaManagedEC2ResourceOperator"
_ARN_SHAPE = "arn:<partition>:lambda:<region>:<account>:capacity-provider:<name>"


class IInstanceType(Protocol):
    """An EC2 instance type, such as aws_ec2's `InstanceType.of(...)`: anything whose `to_string()` gives
    the type's name (`m5.large`)."""

    def to_string(self) -> str:
        """The instance type's name."""
        ...


@runtime_checkable
class ICapacityProvider(IResource, ICapacityProviderRef, Protocol):
    """A capacity provider, defined in this app or imported."""

    @property
    def capacity_provider_arn(self) -> str:
        """The capacity provider's ARN."""
        ...

    @property
    def capacity_provider_name(self) -> str:
        """The capacity provider's name."""
        ...


class TargetTrackingScalingPolicy:
    """A target tracking policy: the capacity provider scales its instances to hold a metric at a value."""

    def __init__(self, predefined_metric_type: str, target_value: float) -> None:
        self.predefined_metric_type = predefined_metric_type
        self.target_value = target_value

    @staticmethod
    def cpu_utilization(target_cpu_utilization: float) -> TargetTrackingScalingPolicy:
        """Keep the instances' average CPU utilization (percent) at `target_cpu_utilization`."""
        return TargetTrackingScalingPolicy(
            "LambdaCapacityProviderAverageCPUUtilization", target_cpu_utilization
        )

    @property
    def metric_type(self) -> str:
        """The tracked metric's name (same as `predefined_metric_type`)."""
        return self.predefined_metric_type

    @property
    def value(self) -> float:
        """The target value (same as `target_value`)."""
        return self.target_value

    def __repr__(self) -> str:
        return f"TargetTrackingScalingPolicy({self.predefined_metric_type!r}, {self.target_value!r})"


class ScalingOptions:
    """How a capacity provider scales: `ScalingOptions.auto()` or `ScalingOptions.manual(policies)`."""

    def __init__(
        self, scaling_mode: str, scaling_policies: Sequence[TargetTrackingScalingPolicy] = ()
    ) -> None:
        self.scaling_mode = scaling_mode
        self.scaling_policies = tuple(scaling_policies)

    @staticmethod
    def auto() -> ScalingOptions:
        """Lambda scales the capacity provider by itself."""
        return ScalingOptions("Auto")

    @staticmethod
    def manual(scaling_policies: Sequence[TargetTrackingScalingPolicy]) -> ScalingOptions:
        """The capacity provider scales by these target tracking policies (at least one)."""
        # Differs from aws-cdk-lib, which renders an empty list that Lambda rejects.
        if not scaling_policies:
            raise ValidationError(None, "ScalingOptions.manual() needs at least one scaling policy")
        return ScalingOptions("Manual", scaling_policies)

    def __repr__(self) -> str:
        return f"ScalingOptions({self.scaling_mode!r}, {list(self.scaling_policies)!r})"


class InstanceTypeFilter:
    """Which EC2 instance types a capacity provider may launch: an allow list or an exclude list."""

    def __init__(
        self,
        *,
        allowed_instance_types: Sequence[str] | None = None,
        excluded_instance_types: Sequence[str] | None = None,
    ) -> None:
        self.allowed_instance_types = optional_tuple(allowed_instance_types)
        self.excluded_instance_types = optional_tuple(excluded_instance_types)

    @staticmethod
    def allow(instance_types: Sequence[IInstanceType]) -> InstanceTypeFilter:
        """Launch only these instance types."""
        return InstanceTypeFilter(allowed_instance_types=[t.to_string() for t in instance_types])

    @staticmethod
    def exclude(instance_types: Sequence[IInstanceType]) -> InstanceTypeFilter:
        """Launch any instance type but these."""
        return InstanceTypeFilter(excluded_instance_types=[t.to_string() for t in instance_types])

    def __repr__(self) -> str:
        if self.allowed_instance_types is not None:
            return f"InstanceTypeFilter(allowed={list(self.allowed_instance_types)!r})"
        return f"InstanceTypeFilter(excluded={list(self.excluded_instance_types or ())!r})"


class PropagateTags:
    """Which tags the capacity provider puts on the instances, network interfaces and volumes it launches."""

    def __init__(self, mode: str, tags: Mapping[str, str] | None = None) -> None:
        self.mode = mode
        self.tags = dict(tags) if tags is not None else None

    @staticmethod
    def explicit(tags: Mapping[str, str]) -> PropagateTags:
        """Put these tags (at most 40) on the launched resources."""
        # Differs from aws-cdk-lib, which renders more and leaves Lambda to reject them.
        if len(tags) > _MAX_PROPAGATED_TAGS:
            raise ValidationError(
                None,
                f"PropagateTags.explicit() is given {len(tags)} tags; pass at most {_MAX_PROPAGATED_TAGS}",
            )
        return PropagateTags("Explicit", tags)

    @staticmethod
    def none() -> PropagateTags:
        """Put no tags on the launched resources."""
        return PropagateTags("None")

    def __repr__(self) -> str:
        return f"PropagateTags({self.mode!r}, {self.tags!r})"


@lazy_frozen(kw_only=True)
class LatestPublishedScalingConfig(metaclass=LazyAttrsMeta):
    """How many execution environments the function's `$LATEST.PUBLISHED` version keeps."""

    max_execution_environments: float | None = None
    """The most execution environments. Default: no maximum."""
    min_execution_environments: float | None = None
    """The fewest execution environments. Default: Lambda's (3)."""


@lazy_frozen(kw_only=True)
class CapacityProviderFunctionOptions(metaclass=LazyAttrsMeta):
    """How a function runs on a capacity provider (`CapacityProvider.add_function`)."""

    execution_environment_memory_gib_per_v_cpu: float | None = None
    """Memory per vCPU of an execution environment, in GiB. Default: Lambda's (2)."""
    latest_published_scaling_config: LatestPublishedScalingConfig | None = None
    """Scaling of the `$LATEST.PUBLISHED` version. Default: none."""
    per_execution_environment_max_concurrency: float | None = None
    """The most concurrent invocations one execution environment handles. Default: Lambda's (10)."""
    publish_to_latest_published: bool | None = None
    """Whether each deployment publishes the `$LATEST.PUBLISHED` version. Default: Lambda's (true)."""


@lazy_frozen(kw_only=True)
class CapacityProviderAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing capacity provider."""

    capacity_provider_arn: str
    """Its ARN (`arn:<partition>:lambda:<region>:<account>:capacity-provider:<name>`)."""


@lazy_frozen(kw_only=True)
class CapacityProviderProps(metaclass=LazyAttrsMeta):
    """Properties of a CapacityProvider."""

    security_groups: tuple[ISecurityGroup, ...] = field(converter=to_tuple)
    """The security groups of the launched instances (1 to 5)."""
    subnets: tuple[ISubnet, ...] = field(converter=to_tuple)
    """The subnets instances are launched in (1 to 16)."""
    architectures: tuple[Architecture, ...] | None = field(default=None, converter=optional_tuple)
    """The instances' architecture (one). Default: any."""
    capacity_provider_name: str | None = None
    """The name. Default: one CloudFormation generates."""
    instance_type_filter: InstanceTypeFilter | None = None
    """The instance types allowed or excluded. Default: any."""
    kms_key: IKey | None = None
    """The key that encrypts the capacity provider's data. Default: an AWS managed key."""
    log_group: ILogGroupRef | None = None
    """The log group of the system logs. Default: `/aws/lambda/capacity-provider/<name>`, made by Lambda."""
    max_v_cpu_count: float | None = None
    """The most vCPUs the capacity provider scales to (12 to 15000). Default: Lambda's (400)."""
    operator_role: IRole | None = None
    """The role Lambda manages the instances with. Default: a new role with the AWS managed policy
    AWSLambdaManagedEC2ResourceOperator."""
    propagate_tags: PropagateTags | None = None
    """The tags put on the launched resources. Default: none."""
    scaling_options: ScalingOptions | None = None
    """How the capacity provider scales. Default: Lambda scales it (auto)."""
    system_log_level: SystemLogLevel | None = None
    """The level of the system logs. Default: Lambda's (INFO)."""


class _CapacityProviderBase(Resource):
    capacity_provider_arn: str
    capacity_provider_name: str

    @property
    def capacity_provider_ref(self) -> CapacityProviderReference:
        """A reference to the capacity provider: its ARN and name."""
        return CapacityProviderReference(
            capacity_provider_arn=self.capacity_provider_arn,
            capacity_provider_name=self.capacity_provider_name,
        )


class CapacityProvider(_CapacityProviderBase):
    """A capacity provider (`AWS::Lambda::CapacityProvider`): EC2 instances in a VPC that Lambda runs the
    functions added with `add_function` on."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        security_groups: Sequence[ISecurityGroup],
        subnets: Sequence[ISubnet],
        architectures: Sequence[Architecture] | None = None,
        capacity_provider_name: str | None = None,
        instance_type_filter: InstanceTypeFilter | None = None,
        kms_key: IKey | None = None,
        log_group: ILogGroupRef | None = None,
        max_v_cpu_count: float | None = None,
        operator_role: IRole | None = None,
        propagate_tags: PropagateTags | None = None,
        scaling_options: ScalingOptions | None = None,
        system_log_level: SystemLogLevel | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=capacity_provider_name)
        props = CapacityProviderProps(
            security_groups=security_groups,
            subnets=subnets,
            architectures=architectures,
            capacity_provider_name=capacity_provider_name,
            instance_type_filter=instance_type_filter,
            kms_key=kms_key,
            log_group=log_group,
            max_v_cpu_count=max_v_cpu_count,
            operator_role=operator_role,
            propagate_tags=propagate_tags,
            scaling_options=scaling_options,
            system_log_level=system_log_level,
        )
        self._validate(props)
        role = props.operator_role or Role(
            self,
            "OperatorRole",
            assumed_by=ServicePrincipal("lambda.amazonaws.com"),
            managed_policies=[ManagedPolicy.from_aws_managed_policy_name(_OPERATOR_POLICY)],
        )
        resource = CfnCapacityProvider(
            self,
            "Resource",
            capacity_provider_name=props.capacity_provider_name,
            capacity_provider_scaling_config=_scaling_config(props),
            instance_requirements=_instance_requirements(props),
            kms_key_arn=props.kms_key.key_arn if props.kms_key is not None else None,
            permissions_config=CfnCapacityProvider.CapacityProviderPermissionsConfigProperty(
                capacity_provider_operator_role_arn=role.role_arn
            ),
            propagate_tags=_propagate_tags(props.propagate_tags),
            telemetry_config=_telemetry_config(props),
            vpc_config=CfnCapacityProvider.CapacityProviderVpcConfigProperty(
                security_group_ids=[group.security_group_id for group in props.security_groups],
                subnet_ids=[subnet.subnet_id for subnet in props.subnets],
            ),
        )
        self.capacity_provider_arn = resource.attr_arn
        self.capacity_provider_name = resource.ref

    def _validate(self, props: CapacityProviderProps) -> None:
        groups, subnets = len(props.security_groups), len(props.subnets)
        if not _SECURITY_GROUPS[0] <= groups <= _SECURITY_GROUPS[1]:
            raise ValidationError(
                self,
                f"security_groups lists {groups} security groups; pass {_SECURITY_GROUPS[0]} to "
                f"{_SECURITY_GROUPS[1]}",
            )
        if not _SUBNETS[0] <= subnets <= _SUBNETS[1]:
            raise ValidationError(
                self, f"subnets lists {subnets} subnets; pass {_SUBNETS[0]} to {_SUBNETS[1]}"
            )
        count = props.max_v_cpu_count
        if (
            count is not None
            and not Token.is_unresolved(count)
            and not _V_CPU_COUNT[0] <= count <= _V_CPU_COUNT[1]
        ):
            raise ValidationError(
                self,
                f"max_v_cpu_count={count!r} is out of range; pass {_V_CPU_COUNT[0]} to {_V_CPU_COUNT[1]}",
            )
        # Differs from aws-cdk-lib, which renders several and leaves CloudFormation to reject them.
        if props.architectures is not None and len(props.architectures) != 1:
            raise ValidationError(
                self,
                f"architectures lists {len(props.architectures)} architectures; a capacity provider "
                "takes exactly one",
            )

    def add_function(
        self,
        func: IFunction,
        *,
        execution_environment_memory_gib_per_v_cpu: float | None = None,
        latest_published_scaling_config: LatestPublishedScalingConfig | None = None,
        per_execution_environment_max_concurrency: float | None = None,
        publish_to_latest_published: bool | None = None,
    ) -> None:
        """Run `func` (a Function of this app) on this capacity provider."""
        options = CapacityProviderFunctionOptions(
            execution_environment_memory_gib_per_v_cpu=execution_environment_memory_gib_per_v_cpu,
            latest_published_scaling_config=latest_published_scaling_config,
            per_execution_environment_max_concurrency=per_execution_environment_max_concurrency,
            publish_to_latest_published=publish_to_latest_published,
        )
        resource = func.node.default_child
        if not isinstance(resource, CfnFunction):
            raise ValidationError(
                self,
                f"add_function() is given {func.node.path}, which has no AWS::Lambda::Function of this app; "
                "pass a Function defined in this app",
            )
        # Lambda lets a function move to another capacity provider, never back off one.
        Annotations.of(cast("Construct", func)).add_info_v2(
            "aws-lambda:Function.CapacityProviderConfiguration",
            "Capacity provider configuration cannot be removed from a function, only modified.",
        )
        resource.capacity_provider_config = CfnFunction.CapacityProviderConfigProperty(
            lambda_managed_instances_capacity_provider_config=(
                CfnFunction.LambdaManagedInstancesCapacityProviderConfigProperty(
                    capacity_provider_arn=self.capacity_provider_arn,
                    execution_environment_memory_gib_per_v_cpu=options.execution_environment_memory_gib_per_v_cpu,
                    per_execution_environment_max_concurrency=options.per_execution_environment_max_concurrency,
                )
            )
        )
        scaling = options.latest_published_scaling_config
        if scaling is not None:
            resource.function_scaling_config = CfnFunction.FunctionScalingConfigProperty(
                max_execution_environments=scaling.max_execution_environments,
                min_execution_environments=scaling.min_execution_environments,
            )
        if options.publish_to_latest_published is not None:
            resource.publish_to_latest_published = options.publish_to_latest_published

    @staticmethod
    def from_capacity_provider_arn(
        scope: Construct, id: str, capacity_provider_arn: str
    ) -> ICapacityProvider:
        """An existing capacity provider, by ARN (its name is the ARN's last part)."""
        return _ImportedCapacityProvider(scope, id, capacity_provider_arn=capacity_provider_arn)

    @staticmethod
    def from_capacity_provider_attributes(
        scope: Construct, id: str, *, capacity_provider_arn: str
    ) -> ICapacityProvider:
        """An existing capacity provider, by its attributes."""
        attributes = CapacityProviderAttributes(capacity_provider_arn=capacity_provider_arn)
        return _ImportedCapacityProvider(scope, id, capacity_provider_arn=attributes.capacity_provider_arn)

    @staticmethod
    def from_capacity_provider_name(
        scope: Construct, id: str, capacity_provider_name: str
    ) -> ICapacityProvider:
        """An existing capacity provider of this stack's account and region, by name."""
        return _ImportedCapacityProvider(scope, id, capacity_provider_name=capacity_provider_name)


class _ImportedCapacityProvider(_CapacityProviderBase):
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        capacity_provider_arn: str | None = None,
        capacity_provider_name: str | None = None,
    ) -> None:
        # A malformed ARN is reported below, with this construct's path.
        looks_like_arn = capacity_provider_arn is not None and (
            capacity_provider_arn.startswith("arn:") or Token.is_unresolved(capacity_provider_arn)
        )
        super().__init__(scope, id, environment_from_arn=capacity_provider_arn if looks_like_arn else None)
        if capacity_provider_arn is None:
            assert capacity_provider_name is not None
            capacity_provider_arn = self.stack.format_arn(
                service="lambda",
                resource="capacity-provider",
                resource_name=capacity_provider_name,
                arn_format=ArnFormat.COLON_RESOURCE_NAME,
            )
        else:
            problem = f"capacity_provider_arn={capacity_provider_arn!r} has no capacity provider name"
            try:
                # A literal ARN is taken apart here, a token with Fn::Select and Fn::Split.
                capacity_provider_name = self.stack.split_arn(
                    capacity_provider_arn, ArnFormat.COLON_RESOURCE_NAME
                ).resource_name
            except ValueError:
                capacity_provider_name = None
                problem = f"capacity_provider_arn={capacity_provider_arn!r} is not an ARN"
            if not capacity_provider_name:
                raise ValidationError(self, f"{problem}; use {_ARN_SHAPE}")
        self.capacity_provider_arn = capacity_provider_arn
        self.capacity_provider_name = capacity_provider_name


def _scaling_config(
    props: CapacityProviderProps,
) -> CfnCapacityProvider.CapacityProviderScalingConfigProperty | None:
    options = props.scaling_options
    if options is None and props.max_v_cpu_count is None:
        return None
    policies = [
        CfnCapacityProvider.TargetTrackingScalingPolicyProperty(
            predefined_metric_type=policy.predefined_metric_type, target_value=policy.target_value
        )
        for policy in (options.scaling_policies if options is not None else ())
    ]
    return CfnCapacityProvider.CapacityProviderScalingConfigProperty(
        max_v_cpu_count=props.max_v_cpu_count,
        scaling_mode=options.scaling_mode if options is not None else None,
        scaling_policies=policies or None,
    )


def _instance_requirements(
    props: CapacityProviderProps,
) -> CfnCapacityProvider.InstanceRequirementsProperty | None:
    type_filter = props.instance_type_filter
    if type_filter is None and props.architectures is None:
        return None
    return CfnCapacityProvider.InstanceRequirementsProperty(
        allowed_instance_types=type_filter.allowed_instance_types if type_filter is not None else None,
        architectures=[a.name for a in props.architectures] if props.architectures is not None else None,
        excluded_instance_types=type_filter.excluded_instance_types if type_filter is not None else None,
    )


def _propagate_tags(tags: PropagateTags | None) -> CfnCapacityProvider.PropagateTagsConfigProperty | None:
    if tags is None:
        return None
    explicit = [CfnTag(key=key, value=value) for key, value in tags.tags.items()] if tags.tags else None
    return CfnCapacityProvider.PropagateTagsConfigProperty(explicit_tags=explicit, mode=tags.mode)


def _telemetry_config(
    props: CapacityProviderProps,
) -> CfnCapacityProvider.CapacityProviderTelemetryConfigProperty | None:
    if props.log_group is None and props.system_log_level is None:
        return None
    log_group_name = props.log_group.log_group_ref.log_group_name if props.log_group is not None else None
    return CfnCapacityProvider.CapacityProviderTelemetryConfigProperty(
        logging_config=CfnCapacityProvider.CapacityProviderLoggingConfigProperty(
            log_group=log_group_name,
            system_log_level=props.system_log_level.value if props.system_log_level is not None else None,
        )
    )


__all__ = [
    "CapacityProvider",
    "CapacityProviderAttributes",
    "CapacityProviderFunctionOptions",
    "CapacityProviderProps",
    "ICapacityProvider",
    "IInstanceType",
    "InstanceTypeFilter",
    "LatestPublishedScalingConfig",
    "PropagateTags",
    "ScalingOptions",
    "TargetTrackingScalingPolicy",
]
