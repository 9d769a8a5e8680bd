"""SingletonFunction: a Lambda function created once per stack, however many constructs declare it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..core.construct import Construct, IConstruct, Node
from ..core.errors import ValidationError
from ..core.removal_policy import RemovalPolicy
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, as_dict, lazy_frozen
from .function import Function, FunctionProps
from .function_base import FunctionBase

if TYPE_CHECKING:
    from typing import Any

    from ..aws_ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from ..aws_iam import IPrincipal, IRole, PolicyStatement
    from ..aws_kms import IKey
    from ..aws_logs import ILogGroup, LogRetentionRetryOptions, RetentionDays
    from ..aws_sns import ITopic
    from ..aws_sqs import IQueue
    from ..core.duration import Duration
    from ..core.size import Size
    from ..interfaces.aws_lambda import ICodeSigningConfigRef
    from .adot import AdotInstrumentationConfig
    from .architecture import Architecture
    from .code import Code
    from .destination import IDestination
    from .durable_config import DurableConfig
    from .event_source import IEventSource
    from .filesystem import FileSystem
    from .function_settings import (
        ApplicationLogLevel,
        LogFormat,
        LoggingFormat,
        RecursiveLoop,
        SystemLogLevel,
        Tracing,
    )
    from .function_url import FunctionUrlAuthType
    from .lambda_insights import LambdaInsightsVersion
    from .lambda_version import Version, VersionOptions
    from .layers import ILayerVersion
    from .params_and_secrets_layers import ParamsAndSecretsLayerVersion
    from .runtime import Runtime
    from .runtime_management import RuntimeManagementMode
    from .snapstart_config import SnapStartConf
    from .tenancy_config import TenancyConfig

_DEFAULT_PURPOSE = "SingletonLambda"


@lazy_frozen(kw_only=True)
class SingletonFunctionProps(FunctionProps, metaclass=LazyAttrsMeta):
    """Properties of a SingletonFunction: a Function's, and what makes it one of a kind."""

    uuid: str
    """A unique identifier of the function; declarations with the same uuid (and purpose) share it."""
    lambda_purpose: str | None = None
    """A readable prefix of the function's construct id. Default: "SingletonLambda"."""


def _singleton_construct_name(uuid: str, lambda_purpose: str | None) -> str:
    """The id of the function's construct in its stack: the purpose and the uuid's letters and digits."""
    return (lambda_purpose or _DEFAULT_PURPOSE) + re.sub(r"[^a-zA-Z0-9]", "", uuid)


class SingletonFunction(FunctionBase):
    """A Lambda function created once in its stack (a `Function` with id `<purpose><uuid>` under the stack);
    every SingletonFunction with the same uuid and purpose refers to it, and the props of all but the
    first are ignored."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        uuid: str,
        lambda_purpose: str | None = None,
        code: Code,
        handler: str,
        runtime: Runtime,
        adot_instrumentation: AdotInstrumentationConfig | Mapping[str, Any] | None = None,
        allow_all_ipv6_outbound: bool | None = None,
        allow_all_outbound: bool | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
        allow_public_subnet: bool | None = None,
        application_log_level: str | None = None,
        application_log_level_v2: ApplicationLogLevel | None = None,
        architecture: Architecture | None = None,
        current_version_options: VersionOptions | Mapping[str, Any] | None = None,
        code_signing_config: ICodeSigningConfigRef | None = None,
        dead_letter_queue: IQueue | None = None,
        dead_letter_queue_enabled: bool | None = None,
        dead_letter_topic: ITopic | None = None,
        description: str | None = None,
        durable_config: DurableConfig | Mapping[str, Any] | None = None,
        environment: Mapping[str, str] | None = None,
        environment_encryption: IKey | None = None,
        events: Sequence[IEventSource] | None = None,
        ephemeral_storage_size: Size | None = None,
        filesystem: FileSystem | None = None,
        function_name: str | None = None,
        initial_policy: Sequence[PolicyStatement] | None = None,
        insights_version: LambdaInsightsVersion | None = None,
        ipv6_allowed_for_dual_stack: bool | None = None,
        layers: Sequence[ILayerVersion] | None = None,
        log_format: str | LogFormat | None = None,
        log_group: ILogGroup | None = None,
        log_removal_policy: RemovalPolicy | None = None,
        log_retention: RetentionDays | None = None,
        log_retention_retry_options: LogRetentionRetryOptions | Mapping[str, Any] | None = None,
        log_retention_role: IRole | None = None,
        logging_format: LoggingFormat | None = None,
        memory_size: float | None = None,
        params_and_secrets: ParamsAndSecretsLayerVersion | None = None,
        profiling: bool | None = None,
        profiling_group: Any = None,
        recursive_loop: RecursiveLoop | None = None,
        reserved_concurrent_executions: float | None = None,
        runtime_management_mode: RuntimeManagementMode | None = None,
        role: IRole | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        snap_start: SnapStartConf | None = None,
        system_log_level: str | None = None,
        system_log_level_v2: SystemLogLevel | None = None,
        tenancy_config: TenancyConfig | None = None,
        timeout: Duration | None = None,
        tracing: Tracing | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = SingletonFunctionProps(
            uuid=uuid,
            lambda_purpose=lambda_purpose,
            code=code,
            handler=handler,
            runtime=runtime,
            adot_instrumentation=adot_instrumentation,
            allow_all_ipv6_outbound=allow_all_ipv6_outbound,
            allow_all_outbound=allow_all_outbound,
            max_event_age=max_event_age,
            on_failure=on_failure,
            on_success=on_success,
            retry_attempts=retry_attempts,
            allow_public_subnet=allow_public_subnet,
            application_log_level=application_log_level,
            application_log_level_v2=application_log_level_v2,
            architecture=architecture,
            current_version_options=current_version_options,
            code_signing_config=code_signing_config,
            dead_letter_queue=dead_letter_queue,
            dead_letter_queue_enabled=dead_letter_queue_enabled,
            dead_letter_topic=dead_letter_topic,
            description=description,
            durable_config=durable_config,
            environment=environment,
            environment_encryption=environment_encryption,
            events=events,
            ephemeral_storage_size=ephemeral_storage_size,
            filesystem=filesystem,
            function_name=function_name,
            initial_policy=initial_policy,
            insights_version=insights_version,
            ipv6_allowed_for_dual_stack=ipv6_allowed_for_dual_stack,
            layers=layers,
            log_format=log_format,
            log_group=log_group,
            log_removal_policy=log_removal_policy,
            log_retention=log_retention,
            log_retention_retry_options=log_retention_retry_options,
            log_retention_role=log_retention_role,
            logging_format=logging_format,
            memory_size=memory_size,
            params_and_secrets=params_and_secrets,
            profiling=profiling,
            profiling_group=profiling_group,
            recursive_loop=recursive_loop,
            reserved_concurrent_executions=reserved_concurrent_executions,
            runtime_management_mode=runtime_management_mode,
            role=role,
            security_groups=security_groups,
            snap_start=snap_start,
            system_log_level=system_log_level,
            system_log_level_v2=system_log_level_v2,
            tenancy_config=tenancy_config,
            timeout=timeout,
            tracing=tracing,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )
        self._construct_name = _singleton_construct_name(props.uuid, props.lambda_purpose)
        self._lambda = self._ensure_lambda(props)
        self.function_arn = self._lambda.function_arn
        self.function_name = self._lambda.function_name
        self.role = self._lambda.role
        self.architecture = self._lambda.architecture
        # Differs from aws-cdk-lib: every SingletonFunction of one function shares its invoke grants, so a
        # second grant to the same principal returns the first instead of failing on a duplicate permission.
        self._invocation_grants = self._lambda._invocation_grants
        self._url_invocation_grants = self._lambda._url_invocation_grants

    def _ensure_lambda(self, props: SingletonFunctionProps) -> Function:
        stack = Stack.of(self)
        existing = stack.node.try_find_child(self._construct_name)
        if existing is not None:
            if not isinstance(existing, Function):
                raise ValidationError(
                    self,
                    f"uuid={props.uuid!r} names the construct {existing.node.path!r}, which is a "
                    f"{type(existing).__name__}, not a Function; use another uuid or lambda_purpose",
                )
            return existing
        options = {
            name: value for name, value in as_dict(props).items() if name not in ("uuid", "lambda_purpose")
        }
        return Function(stack, self._construct_name, **options)

    @property
    def construct_name(self) -> str:
        """The id of the function's construct in its stack, such as `SingletonLambda<uuid>`."""
        return self._construct_name

    @property
    def runtime(self) -> Runtime:
        """The function's runtime."""
        return self._lambda.runtime

    @property
    def tenancy_config(self) -> TenancyConfig | None:
        """The function's tenant isolation. Default: none.

        Differs from aws-cdk-lib, whose SingletonFunction always answers None here.
        """
        return self._lambda.tenancy_config

    @property
    def grant_principal(self) -> IPrincipal:
        """The function's execution role."""
        return self._lambda.grant_principal

    @property
    def permissions_node(self) -> Node:
        """The function's node: permissions are created under the function, not under this construct."""
        return self._lambda.node

    @property
    def is_bound_to_vpc(self) -> bool:
        """True when the function runs in a VPC."""
        return self._lambda.is_bound_to_vpc

    @property
    def connections(self) -> Connections:
        """The function's security groups (only for functions in a VPC)."""
        return self._lambda.connections

    @property
    def current_version(self) -> Version:
        """The function's current version (see `Function.current_version`)."""
        return self._lambda.current_version

    @property
    def log_group(self) -> ILogGroup:
        """The function's log group (see `Function.log_group`)."""
        return self._lambda.log_group

    def add_environment(self, key: str, value: str, *, remove_in_edge: bool | None = None) -> Function:
        """Add an environment variable to the function."""
        return self._lambda.add_environment(key, value, remove_in_edge=remove_in_edge)

    def add_layers(self, *layers: ILayerVersion) -> None:
        """Add layers to the function (at most 5 in all)."""
        self._lambda.add_layers(*layers)

    def add_permission(
        self,
        name: str,
        *,
        principal: IPrincipal,
        action: str | None = None,
        event_source_token: str | None = None,
        function_url_auth_type: FunctionUrlAuthType | None = None,
        invoked_via_function_url: bool | None = None,
        organization_id: str | None = None,
        scope: Construct | None = None,
        source_account: str | None = None,
        source_arn: str | None = None,
    ) -> None:
        """Add a statement to the function's resource policy (the permission is made under the function)."""
        self._lambda.add_permission(
            name,
            principal=principal,
            action=action,
            event_source_token=event_source_token,
            function_url_auth_type=function_url_auth_type,
            invoked_via_function_url=invoked_via_function_url,
            organization_id=organization_id,
            scope=scope,
            source_account=source_account,
            source_arn=source_arn,
        )

    def add_event_source(self, source: IEventSource) -> None:
        """Connect an event source to the function; the mapping is created under this construct.

        Differs from aws-cdk-lib, which lets a tenant-isolated SingletonFunction take an event source
        that Lambda then rejects at deployment.
        """
        if self._lambda.tenancy_config is not None:
            raise ValidationError(
                self,
                f"add_event_source: {type(source).__name__} is not supported by functions with "
                f"tenancy_config (tenant isolation); invoke the function another way, or drop tenancy_config",
            )
        super().add_event_source(source)

    def add_dependency(self, *up: IConstruct) -> None:
        """Make the function depend on `up` (deployed after them)."""
        self._lambda.node.add_dependency(*up)

    def depend_on(self, down: IConstruct) -> None:
        """Make `down` depend on the function (deployed after it)."""
        down.node.add_dependency(self._lambda)

    def add_metadata(
        self,
        type: str,  # noqa: A002 - aws_cdk's keyword
        data: Any,
        *,
        stack_trace: bool | None = None,
        stack_trace_override: Sequence[str] | None = None,
        trace_from_function: Any = None,
    ) -> None:
        """Add a metadata entry to the function's construct."""
        self._lambda.node.add_metadata(
            type,
            data,
            stack_trace=stack_trace,
            stack_trace_override=stack_trace_override,
            trace_from_function=trace_from_function,
        )
