"""Version: a published, immutable version of a Lambda function (`AWS::Lambda::Version`)."""

from __future__ import annotations

from ..cfn.aws_lambda import CfnVersion, VersionReference
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.removal_policy import RemovalPolicy
from ..core.runtime_typing import Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.fn import Fn
from ..core.tokens.token import Token
from ._alias_source import _AliasSource
from .destination import IDestination
from .event_invoke_config import EventInvokeConfigOptions, event_invoke_options_of, has_event_invoke_options
from .function import Function
from .function_base import IFunction, QualifiedFunctionBase


@runtime_checkable
class IVersion(IFunction, Protocol):
    """A function version."""

    @property
    def version(self) -> str:
        """The version number."""
        ...

    @property
    def version_ref(self) -> VersionReference:
        """A reference to the version: its ARN."""
        ...

    @property
    def lambda_(self) -> IFunction:
        """The function the version belongs to."""
        ...


@lazy_frozen(kw_only=True)
class VersionOptions(EventInvokeConfigOptions, metaclass=LazyAttrsMeta):
    """Options of a Version."""

    code_sha256: str | None = None
    """SHA-256 of the code the version must have. Default: not checked."""
    description: str | None = None
    """Description. Default: none."""
    max_execution_environments: float | None = None
    """Most execution environments of the version (Lambda Managed Instances). Default: Lambda's."""
    min_execution_environments: float | None = None
    """Fewest execution environments of the version (Lambda Managed Instances). Default: Lambda's."""
    provisioned_concurrent_executions: float | None = None
    """Provisioned concurrency. Default: none."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the version when it leaves the stack. Default: CloudFormation's default (delete)."""


@lazy_frozen(kw_only=True)
class VersionProps(VersionOptions, metaclass=LazyAttrsMeta):
    """Properties of a Version."""

    lambda_: IFunction
    """The function to publish a version of."""


@lazy_frozen(kw_only=True)
class VersionAttributes(metaclass=LazyAttrsMeta):
    """An existing version."""

    lambda_: IFunction
    """The function."""
    version: str
    """The version number."""


def provisioned_concurrency_of(scope: Construct, executions: float | None) -> dict[str, float] | None:
    """The ProvisionedConcurrencyConfig of a version or an alias; 0, like None, asks for none (as in
    aws-cdk-lib)."""
    if not executions:
        return None
    if not Token.is_unresolved(executions) and executions < 0:
        raise ValidationError(
            scope,
            f"provisioned_concurrent_executions={executions!r} is negative; use at least 1, "
            "or 0 or None for no provisioned concurrency",
        )
    return {"provisioned_concurrent_executions": executions}


class Version(_AliasSource, QualifiedFunctionBase):  # the private base first, so add_alias is checked
    """A published version of a function."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        lambda_: IFunction,
        code_sha256: str | None = None,
        description: str | None = None,
        max_execution_environments: float | None = None,
        min_execution_environments: float | None = None,
        provisioned_concurrent_executions: float | None = None,
        removal_policy: RemovalPolicy | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = VersionProps(
            lambda_=lambda_,
            code_sha256=code_sha256,
            description=description,
            max_execution_environments=max_execution_environments,
            min_execution_environments=min_execution_environments,
            provisioned_concurrent_executions=provisioned_concurrent_executions,
            removal_policy=removal_policy,
            max_event_age=max_event_age,
            on_failure=on_failure,
            on_success=on_success,
            retry_attempts=retry_attempts,
        )
        self.lambda_ = props.lambda_
        resource = CfnVersion(
            self,
            "Resource",
            function_name=props.lambda_.function_name,
            code_sha256=props.code_sha256,
            description=props.description,
            provisioned_concurrency_config=provisioned_concurrency_of(
                self, props.provisioned_concurrent_executions
            ),
            function_scaling_config=self._function_scaling_config(props),
        )
        # aws-cdk-lib marks versions so that `cdk refactor` leaves them in place.
        resource.add_metadata("aws:cdk:do-not-refactor", True)
        if props.removal_policy is not None:
            resource.apply_removal_policy(props.removal_policy, default=RemovalPolicy.DESTROY)
        self.version: str = resource.attr_version
        self.function_arn = resource.ref
        self.function_name = f"{props.lambda_.function_name}:{self.version}"
        self.qualifier = self.version
        self.role = props.lambda_.role
        self.architecture = props.lambda_.architecture
        if has_event_invoke_options(props):
            self.configure_async_invoke(**event_invoke_options_of(props))

    def _function_scaling_config(
        self, props: VersionProps
    ) -> CfnVersion.FunctionScalingConfigProperty | None:
        low, high = props.min_execution_environments, props.max_execution_environments
        if low is None and high is None:
            return None
        known_low = low is not None and not Token.is_unresolved(low)
        known_high = high is not None and not Token.is_unresolved(high)
        for name, value, known in (
            ("min_execution_environments", low, known_low),
            ("max_execution_environments", high, known_high),
        ):
            if known and value is not None and value < 0:
                raise ValidationError(self, f"{name}={value!r} is negative; use 0 or more")
        if known_low and known_high and low is not None and high is not None and low > high:
            raise ValidationError(
                self,
                f"min_execution_environments={low!r} is more than max_execution_environments={high!r}; "
                "make the minimum at most the maximum",
            )
        return CfnVersion.FunctionScalingConfigProperty(
            min_execution_environments=low, max_execution_environments=high
        )

    def _alias_version(self) -> Version:
        return self

    @staticmethod
    def from_version_arn(scope: Construct, id: str, version_arn: str) -> IVersion:
        """An existing version, by its qualified ARN."""
        version = version_arn.rsplit(":", 1)[-1]
        function = Function.from_function_arn(scope, f"{id}Function", _unqualified_arn(version_arn))
        return _ImportedVersion(scope, id, function, version, version_arn)

    @staticmethod
    def from_version_attributes(scope: Construct, id: str, *, lambda_: IFunction, version: str) -> IVersion:
        """An existing version of a function."""
        attributes = VersionAttributes(lambda_=lambda_, version=version)
        arn = f"{attributes.lambda_.function_arn}:{attributes.version}"
        return _ImportedVersion(scope, id, attributes.lambda_, attributes.version, arn)

    @property
    def version_ref(self) -> VersionReference:
        """A reference to the version: its ARN."""
        return VersionReference(function_arn=self.function_arn)


class _ImportedVersion(_AliasSource, QualifiedFunctionBase):
    def __init__(
        self, scope: Construct, id: str, function: IFunction, version: str, version_arn: str
    ) -> None:
        super().__init__(scope, id)
        self.lambda_ = function
        self.version = version
        self.qualifier = version
        self.function_arn = version_arn
        self.function_name = f"{function.function_name}:{version}"
        self.role = function.role
        self.architecture = function.architecture
        self._can_create_permissions = self._is_stack_account()

    @property
    def version_ref(self) -> VersionReference:
        """A reference to the version: its ARN."""
        return VersionReference(function_arn=self.function_arn)

    def _alias_version(self) -> _ImportedVersion:
        return self


def _unqualified_arn(version_arn: str) -> str:
    """The ARN of the function a version ARN qualifies (its first seven parts)."""
    if Token.is_unresolved(version_arn):
        return Fn.join(":", [Fn.select(i, Fn.split(":", version_arn)) for i in range(7)])
    return ":".join(version_arn.split(":")[:7])
