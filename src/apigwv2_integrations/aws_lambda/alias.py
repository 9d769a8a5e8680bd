"""Alias: a named pointer to a function version (`AWS::Lambda::Alias`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_applicationautoscaling import ServiceNamespace
from ..aws_iam import Role
from ..cfn.aws_lambda import AliasReference, CfnAlias
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.fn import Fn
from ..core.tokens.token import Token
from ._scalable_function_attribute import ScalableFunctionAttribute
from .destination import IDestination
from .event_invoke_config import EventInvokeConfigOptions, event_invoke_options_of, has_event_invoke_options
from .function_base import IFunction, QualifiedFunctionBase
from .lambda_version import IVersion, provisioned_concurrency_of
from .scalable_attribute_api import AutoScalingOptions, IScalableFunctionAttribute

if TYPE_CHECKING:
    from typing import Any


@runtime_checkable
class IAlias(IFunction, Protocol):
    """A function alias."""

    @property
    def alias_name(self) -> str:
        """The alias name."""
        ...

    @property
    def alias_ref(self) -> AliasReference:
        """A reference to the alias: its ARN."""
        ...


@lazy_frozen(kw_only=True)
class VersionWeight(metaclass=LazyAttrsMeta):
    """A version that gets a share of the alias's traffic."""

    version: IVersion
    """The version."""
    weight: float
    """Its share, between 0 and 1."""


def _to_weights(
    value: Sequence[VersionWeight | Mapping[str, Any]] | None,
) -> tuple[VersionWeight, ...] | None:
    if value is None:
        return None
    return tuple(VersionWeight(**v) if isinstance(v, Mapping) else v for v in value)


@lazy_frozen(kw_only=True)
class AliasOptions(EventInvokeConfigOptions, metaclass=LazyAttrsMeta):
    """Options of an Alias."""

    additional_versions: tuple[VersionWeight, ...] | None = field(default=None, converter=_to_weights)
    """Other versions and their traffic shares. Default: none."""
    description: str | None = None
    """Description. Default: none."""
    provisioned_concurrent_executions: float | None = None
    """Provisioned concurrency. Default: none."""


@lazy_frozen(kw_only=True)
class AliasProps(AliasOptions, metaclass=LazyAttrsMeta):
    """Properties of an Alias."""

    alias_name: str
    """The alias name."""
    version: IVersion
    """The version the alias points to."""


@lazy_frozen(kw_only=True)
class AliasAttributes(metaclass=LazyAttrsMeta):
    """An existing alias."""

    alias_name: str
    """The alias name."""
    alias_version: IVersion
    """The version it points to."""


class Alias(QualifiedFunctionBase):
    """A named pointer to a function version, with optional weighted traffic to other versions."""

    # Stacks of another environment read the alias ARN by the function's physical name, as in
    # aws-cdk-lib; reading it names the function (PhysicalName.GENERATE_IF_NEEDED) too.
    _ARN_ATTRIBUTE = "Ref"

    def _arn_components(self) -> dict[str, Any]:
        return {
            "service": "lambda",
            "resource": "function",
            "resource_name": f"{self.lambda_.function_name}:{self.alias_name}",
            "arn_format": ArnFormat.COLON_RESOURCE_NAME,
        }

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        alias_name: str,
        version: IVersion,
        additional_versions: Sequence[VersionWeight | Mapping[str, Any]] | None = None,
        description: str | None = None,
        provisioned_concurrent_executions: float | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=alias_name)
        props = AliasProps(
            alias_name=alias_name,
            version=version,
            additional_versions=additional_versions,
            description=description,
            provisioned_concurrent_executions=provisioned_concurrent_executions,
            max_event_age=max_event_age,
            on_failure=on_failure,
            on_success=on_success,
            retry_attempts=retry_attempts,
        )
        self.version = props.version
        self.lambda_ = props.version.lambda_
        self.alias_name = props.alias_name
        weights = list(props.additional_versions or ())
        total = 0.0
        for weight in weights:
            if not Token.is_unresolved(weight.weight) and not 0 <= weight.weight <= 1:
                raise ValidationError(
                    self, f"additional_versions weight={weight.weight!r} is out of range; use 0 to 1"
                )
            total += weight.weight
        if total > 1:
            raise ValidationError(
                self, f"additional_versions weights add up to {total!r}; keep their sum at most 1"
            )
        resource = CfnAlias(
            self,
            "Resource",
            name=props.alias_name,
            description=props.description,
            function_name=self.lambda_.function_name,
            function_version=props.version.version,
            routing_config=(
                {
                    "additional_version_weights": [
                        {"function_version": w.version.version, "function_weight": w.weight} for w in weights
                    ]
                }
                if weights
                else None
            ),
            provisioned_concurrency_config=provisioned_concurrency_of(
                self, props.provisioned_concurrent_executions
            ),
        )
        # The service-linked role of Application Auto Scaling for Lambda (imported: it renders nothing).
        self._scaling_role = Role.from_role_arn(
            self,
            "ScalingRole",
            self.stack.format_arn(
                service="iam",
                region="",
                resource="role/aws-service-role/lambda.application-autoscaling.amazonaws.com",
                resource_name="AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency",
            ),
        )
        self._scalable_alias: ScalableFunctionAttribute | None = None
        self.function_arn = resource.ref
        # Parsed from the alias ARN, as aws-cdk-lib does, so that using the name depends on the alias.
        arn_name = self.stack.split_arn(self.function_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
        self.function_name = f"{arn_name}:{props.alias_name}"
        self.qualifier = props.alias_name
        self.role = self.lambda_.role
        self.architecture = self.lambda_.architecture
        if has_event_invoke_options(props):
            self.configure_async_invoke(**event_invoke_options_of(props))

    def add_auto_scaling(
        self, *, max_capacity: float, min_capacity: float | None = None
    ) -> IScalableFunctionAttribute:
        """Scale the alias's provisioned concurrency with Application Auto Scaling (once per alias)."""
        options = AutoScalingOptions(max_capacity=max_capacity, min_capacity=min_capacity)
        if self._scalable_alias is not None:
            raise ValidationError(self, "add_auto_scaling() was called before; an alias scales once")
        self._scalable_alias = ScalableFunctionAttribute(
            self,
            "AliasScaling",
            min_capacity=options.min_capacity if options.min_capacity is not None else 1,
            max_capacity=options.max_capacity,
            resource_id=f"function:{self.function_name}",
            dimension="lambda:function:ProvisionedConcurrency",
            service_namespace=ServiceNamespace.LAMBDA,
            role=self._scaling_role,
        )
        return self._scalable_alias

    @property
    def alias_ref(self) -> AliasReference:
        """A reference to the alias: its ARN."""
        return AliasReference(alias_arn=self.function_arn)

    def _metric_dimensions(self) -> dict[str, Any]:
        # Alias metrics are those of the function, narrowed to the alias by the Resource dimension.
        name = self.lambda_.function_name
        return {"FunctionName": name, "Resource": f"{name}:{self.alias_name}"}

    @property
    def _async_invoke_qualifier(self) -> str | None:
        # aws-cdk-lib takes the qualifier from the alias ARN (its 8th part), not from alias_name.
        return Fn.select(7, Fn.split(":", self.function_arn))

    @staticmethod
    def from_alias_attributes(
        scope: Construct, id: str, *, alias_name: str, alias_version: IVersion
    ) -> IAlias:
        """An existing alias."""
        attributes = AliasAttributes(alias_name=alias_name, alias_version=alias_version)
        return _ImportedAlias(scope, id, attributes)


class _ImportedAlias(QualifiedFunctionBase):
    def __init__(self, scope: Construct, id: str, attributes: AliasAttributes) -> None:
        super().__init__(scope, id)
        version = attributes.alias_version
        self.alias_name = attributes.alias_name
        self.version = version
        self.lambda_ = version.lambda_
        self.function_arn = f"{version.lambda_.function_arn}:{attributes.alias_name}"
        self.function_name = f"{version.lambda_.function_name}:{attributes.alias_name}"
        self.qualifier = attributes.alias_name
        self.role = version.lambda_.role
        self.architecture = version.lambda_.architecture
        self._can_create_permissions = self._is_stack_account()

    @property
    def alias_ref(self) -> AliasReference:
        """A reference to the alias: its ARN."""
        return AliasReference(alias_arn=self.function_arn)
