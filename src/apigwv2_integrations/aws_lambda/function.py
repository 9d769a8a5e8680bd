"""Function: a Lambda function (`AWS::Lambda::Function`) with its execution role, and imported functions."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence

from ..aws_iam import (
    AddToPrincipalPolicyResult,
    IPrincipal,
    IRole,
    ManagedPolicy,
    PolicyStatement,
    Role,
    ServicePrincipal,
)
from ..cfn.aws_lambda import CfnFunction
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct, IConstruct
from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.json_dumps import dumps as json_dumps
from ..core.names import Names
from ..core.removal_policy import RemovalPolicy
from ..core.runtime_typing import TYPE_CHECKING, cast
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from ._alias_source import _AliasSource
from ._cloudwatch import metric_of, metric_options
from .architecture import Architecture
from .code import Code, CodeConfig, CodeImageConfig
from .event_invoke_config import EventInvokeConfigOptions, event_invoke_options_of, has_event_invoke_options
from .function_base import FunctionBase, warn_invoke_permission_with_versions
from .handler import Handler
from .runtime import Runtime, RuntimeFamily

# aws-cdk-lib's bound for durable_config.execution_timeout: 366 days.
_MAX_DURABLE_SECONDS = 31_622_400

if TYPE_CHECKING:
    from typing import Any

    from ..aws_cloudwatch.metric import Metric, MetricOptions
    from ..aws_cloudwatch.metric_types import Unit
    from ..aws_ec2 import ISecurityGroup, IVpc, SubnetSelection
    from ..aws_iam import PrincipalPolicyFragment
    from ..aws_kms import IKey
    from ..aws_logs import ILogGroup, LogRetentionRetryOptions, RetentionDays
    from ..aws_sns import ITopic
    from ..aws_sqs import IQueue
    from ..core.duration import Duration
    from ..core.size import Size
    from ..interfaces.aws_lambda import ICodeSigningConfigRef

    # Only for annotations: each module loads when an app uses its class.
    from .adot import AdotInstrumentationConfig
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
    from .lambda_insights import LambdaInsightsVersion
    from .lambda_version import Version, VersionOptions
    from .layers import ILayerVersion
    from .params_and_secrets_layers import ParamsAndSecretsLayerVersion
    from .runtime_management import RuntimeManagementMode
    from .snapstart_config import SnapStartConf
    from .tenancy_config import TenancyConfig

# Where Lambda mounts a file system: one directory under /mnt.
_MOUNT_PATH_PATTERN = r"/mnt/[a-zA-Z0-9-_.]+"
_FUNCTION_NAME = r"^[a-zA-Z0-9-_]+$"  # compiled by `re` on first use: most functions are unnamed
_MAX_FUNCTION_NAME = 64
_MAX_DESCRIPTION = 256
# The variables a profiled function gets; aws-cdk-lib warns when the user sets them too.
_PROFILING_VARIABLES = (
    "AWS_CODEGURU_PROFILER_GROUP_NAME",
    "AWS_CODEGURU_PROFILER_GROUP_ARN",
    "AWS_CODEGURU_PROFILER_TARGET_REGION",
    "AWS_CODEGURU_PROFILER_ENABLED",
)
_XRAY_ACTIONS = ("xray:PutTraceSegments", "xray:PutTelemetryRecords")
_MAX_SNAP_START_STORAGE_MIB = 512
# Logical IDs are at most 255 characters; the current version's keeps room for its 32-digit hash.
_MAX_VERSION_ID_PREFIX = 255 - 32
# Lambda's fixed quotas (AWS Lambda Developer Guide, "Lambda quotas"; the timeout in whole seconds as
# "Configure Lambda function timeout" says). The CloudFormation schema accepts more memory, timeout and
# storage than these, for functions on Lambda Managed Instances (capacity providers), which this Function
# does not configure; so the schema's own check lets such values through to a failed deployment.
_MEMORY_MIB = (128, 10_240)
_TIMEOUT_SECONDS = (1, 900)
_EPHEMERAL_STORAGE_MIB = (512, 10_240)
# "4 KB for all environment variables, in aggregate": Lambda measures the variables as compact JSON.
_MAX_ENVIRONMENT_BYTES = 4 * 1024
# The names Lambda accepts (AWS Lambda API Reference, "Environment": Variables, Key Pattern
# [a-zA-Z]([a-zA-Z0-9_])+), matched whole: a letter, then at least one letter, digit or underscore. The
# CloudFormation schema's pattern is unanchored: names such as 'MY-VAR' or '1ST' pass it and fail to deploy.
# Differs from aws-cdk-lib: it renders any name (its optional template validator only warns about some).
_ENVIRONMENT_NAME_PATTERN = "[a-zA-Z]([a-zA-Z0-9_])+"
# The variables the Lambda runtime sets itself ("Defined runtime environment variables"), which a function
# cannot set: aws-cdk-lib's list, refused at the call as it refuses them. Other AWS_ names are the user's
# (AWS_LAMBDA_EXEC_WRAPPER, AWS_XRAY_CONTEXT_MISSING, AWS_NODEJS_CONNECTION_REUSE_ENABLED, ...).
_RESERVED_ENVIRONMENT_NAMES = frozenset(
    {
        "_HANDLER",
        "_X_AMZN_TRACE_ID",
        "AWS_DEFAULT_REGION",
        "AWS_REGION",
        "AWS_EXECUTION_ENV",
        "AWS_LAMBDA_FUNCTION_NAME",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
        "AWS_LAMBDA_FUNCTION_VERSION",
        "AWS_LAMBDA_INITIALIZATION_TYPE",
        "AWS_LAMBDA_LOG_GROUP_NAME",
        "AWS_LAMBDA_LOG_STREAM_NAME",
        "AWS_ACCESS_KEY",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "AWS_LAMBDA_RUNTIME_API",
        "LAMBDA_TASK_ROOT",
        "LAMBDA_RUNTIME_DIR",
    }
)
# Lambda keeps 100 concurrent executions of the Region's quota unreserved (AWS Lambda Developer Guide,
# "Configuring reserved concurrency"); the quota is 1,000 by default and can be raised, so only a warning.
_DEFAULT_CONCURRENCY_QUOTA = 1_000
_MIN_UNRESERVED_CONCURRENCY = 100

USE_CDK_MANAGED_LOG_GROUP = "@aws-cdk/aws-lambda:useCdkManagedLogGroup"


def _to_environment(value: Mapping[str, str] | None) -> dict[str, str] | None:
    return None if value is None else dict(value)


def _to_version_options(value: VersionOptions | Mapping[str, Any] | None) -> VersionOptions | None:
    if not isinstance(value, Mapping):
        return value
    from .lambda_version import VersionOptions  # deferred: loads the Version module only when used

    return VersionOptions(**value)


def _to_adot_instrumentation(
    value: AdotInstrumentationConfig | Mapping[str, Any] | None,
) -> AdotInstrumentationConfig | None:
    if not isinstance(value, Mapping):
        return value
    from .adot import AdotInstrumentationConfig  # deferred: loads the ADOT module only when used

    return AdotInstrumentationConfig(**value)


def _to_durable_config(value: DurableConfig | Mapping[str, Any] | None) -> DurableConfig | None:
    if not isinstance(value, Mapping):
        return value
    from .durable_config import DurableConfig  # deferred: loads the module only for a durable function

    return DurableConfig(**value)


def _to_log_retention_retry_options(
    value: LogRetentionRetryOptions | Mapping[str, Any] | None,
) -> LogRetentionRetryOptions | None:
    if not isinstance(value, Mapping):
        return value
    # Deferred: loads the module only for a function that sets these options.
    from .log_retention_retry_options import LogRetentionRetryOptions

    return LogRetentionRetryOptions(**value)


def _to_subnet_selection(value: Any) -> Any:
    if isinstance(value, Mapping):
        from ..aws_ec2 import SubnetSelection  # deferred: aws_ec2 loads only for a function in a VPC

        return SubnetSelection(**value)
    return value


def _own_runtime(runtime: Runtime) -> Runtime:
    """The runtime a function keeps: its own copy of NODEJS_LATEST, as aws-cdk-lib makes one per function.

    The copy joins Runtime.ALL, which the version hash of functions with layers imported by ARN covers.
    """
    if runtime is not Runtime.NODEJS_LATEST:
        return runtime
    return Runtime(
        runtime.name,
        runtime.family,
        bundling_docker_image=runtime._bundling_docker_image,
        is_variable=runtime.is_variable,
        supports_code_guru_profiling=runtime.supports_code_guru_profiling,
        supports_inline_code=runtime.supports_inline_code,
        supports_snap_start=runtime.supports_snap_start,
    )


def _log_format_text(value: str | LogFormat | None) -> str | None:
    if value is None or type(value) is str:
        return value
    from .function_settings import LogFormat  # deferred: most functions set no log format

    return value.value if isinstance(value, LogFormat) else value


@lazy_frozen(kw_only=True)
class EnvironmentOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Function.add_environment`."""

    remove_in_edge: bool | None = None
    """Drop the variable when the function is used in Lambda@Edge (not supported here). Default: False."""


@lazy_frozen(kw_only=True)
class FunctionOptions(EventInvokeConfigOptions, metaclass=LazyAttrsMeta):
    """The options of a Function, other than its code, handler and runtime."""

    adot_instrumentation: AdotInstrumentationConfig | None = field(
        default=None, converter=_to_adot_instrumentation
    )
    """Instrument the function with AWS Distro for OpenTelemetry (its layer and wrapper script; tracing
    becomes Tracing.ACTIVE unless `tracing` is set). Default: none."""
    allow_all_ipv6_outbound: bool | None = None
    """Whether the automatic security group allows all outbound IPv6 traffic (VPC only). Default: False."""
    allow_all_outbound: bool | None = None
    """Whether the automatic security group allows all outbound traffic (VPC only). Default: True."""
    allow_public_subnet: bool | None = None
    """Acknowledge that a function in a public subnet cannot reach the internet. Default: False."""
    application_log_level: str | None = None
    """Application log level as a string (deprecated in aws_cdk; JSON logs). Default: "INFO"."""
    application_log_level_v2: ApplicationLogLevel | None = None
    """Application log level (JSON logs). Default: INFO."""
    architecture: Architecture | None = None
    """Instruction set. Default: Architecture.X86_64 (not rendered)."""
    current_version_options: VersionOptions | None = field(default=None, converter=_to_version_options)
    """Options of the Version that `current_version` creates. Default: VersionOptions defaults."""
    code_signing_config: ICodeSigningConfigRef | None = None
    """The code signing configuration. Default: none."""
    dead_letter_queue: IQueue | None = None
    """The SQS queue for failed asynchronous invocations. Default: none, or a new
    queue when dead_letter_queue_enabled is True."""
    dead_letter_queue_enabled: bool | None = None
    """Create a dead-letter queue (kept 14 days) when dead_letter_queue is not given. Default: False."""
    dead_letter_topic: ITopic | None = None
    """An SNS topic for failed asynchronous invocations. Default: none."""
    description: str | None = None
    """Description, up to 256 characters. Default: none."""
    durable_config: DurableConfig | None = field(default=None, converter=_to_durable_config)
    """Durable execution settings. Default: not a durable function."""
    environment: dict[str, str] | None = field(default=None, converter=_to_environment)
    """Environment variables. Default: none."""
    events: tuple[IEventSource, ...] | None = field(default=None, converter=optional_tuple)
    """Event sources connected to the function (`add_event_source`). Default: none."""
    filesystem: FileSystem | None = None
    """A file system to mount (`FileSystem.from_efs_access_point`; needs `vpc`). Default: none."""
    environment_encryption: IKey | None = None
    """The KMS key that encrypts the environment. Default: an AWS-managed key."""
    ephemeral_storage_size: Size | None = None
    """Size of the ephemeral storage. Default: 512 MiB."""
    function_name: str | None = None
    """Name of the function. Default: generated by CloudFormation."""
    initial_policy: tuple[PolicyStatement, ...] | None = field(default=None, converter=optional_tuple)
    """Statements added to the role. Default: none."""
    insights_version: LambdaInsightsVersion | None = None
    """The CloudWatch Lambda Insights extension to run with (its layer, and its managed policy on the role).
    Default: none."""
    ipv6_allowed_for_dual_stack: bool | None = None
    """Let the function send IPv6 traffic from dual-stack subnets (VPC only). Default: false."""
    layers: tuple[ILayerVersion, ...] | None = field(default=None, converter=optional_tuple)
    """Layers. Default: none."""
    log_format: str | None = field(default=None, converter=_log_format_text)
    """Log format as a string (deprecated in aws_cdk). Default: "Text"."""
    log_group: ILogGroup | None = None
    """The log group the function sends logs to. Default: `/aws/lambda/<function name>`,
    created by Lambda."""
    log_removal_policy: RemovalPolicy | None = None
    """What happens to the default log group when the function leaves the stack (with `log_retention`,
    whose `Custom::LogRetention` applies it; deprecated in aws_cdk: prefer `log_group`).
    Default: it is kept."""
    log_retention: RetentionDays | None = None
    """Retention of the default log group, set by a `Custom::LogRetention` (deprecated in aws_cdk: prefer
    `log_group`). Default: events are kept forever."""
    log_retention_retry_options: LogRetentionRetryOptions | None = field(
        default=None, converter=_to_log_retention_retry_options
    )
    """Retries of the `Custom::LogRetention` handler's calls. Default: the SDK's."""
    log_retention_role: IRole | None = None
    """The role of the stack's `Custom::LogRetention` handler, if this function creates it. Default: a new
    role."""
    logging_format: LoggingFormat | None = None
    """Log format. Default: LoggingFormat.TEXT."""
    memory_size: float | None = None
    """Memory in MB. Default: 128."""
    params_and_secrets: ParamsAndSecretsLayerVersion | None = None
    """The Parameters and Secrets Extension to run with (its layer, and the environment it reads).
    Default: none."""
    profiling: bool | None = None
    """Send CodeGuru profiles to a new profiling group (or to `profiling_group`). Default: False."""
    profiling_group: Any = None
    """The CodeGuru profiling group (an aws_codeguruprofiler `IProfilingGroup`) to send profiles to,
    unless `profiling` is False. Default: a new group when `profiling` is True."""
    recursive_loop: RecursiveLoop | None = None
    """Recursive loop protection. Default: RecursiveLoop.TERMINATE."""
    runtime_management_mode: RuntimeManagementMode | None = None
    """When the runtime is updated. Default: Lambda's automatic updates (not rendered)."""
    tenancy_config: TenancyConfig | None = None
    """Per-tenant isolation. Default: none."""
    reserved_concurrent_executions: float | None = None
    """Reserved concurrency. Default: none (the account limit)."""
    role: IRole | None = None
    """Execution role. Default: a new role with AWSLambdaBasicExecutionRole (and VPC access in a VPC)."""
    security_groups: tuple[ISecurityGroup, ...] | None = field(default=None, converter=optional_tuple)
    """Security groups (VPC only). Default: a new security group."""
    snap_start: SnapStartConf | None = None
    """SnapStart (Java 11+, Python 3.12+, .NET 8+). Default: none."""
    system_log_level: str | None = None
    """System log level as a string (deprecated in aws_cdk; JSON logs). Default: "INFO"."""
    system_log_level_v2: SystemLogLevel | None = None
    """System log level (JSON logs). Default: INFO."""
    timeout: Duration | None = None
    """Execution time limit. Default: 3 seconds."""
    tracing: Tracing | None = None
    """X-Ray tracing. Default: Tracing.DISABLED."""
    vpc: IVpc | None = None
    """VPC to run in. Default: none."""
    vpc_subnets: SubnetSelection | None = field(default=None, converter=_to_subnet_selection)
    """Subnets of the VPC to use. Default: the private subnets."""


@lazy_frozen(kw_only=True)
class FunctionProps(FunctionOptions, metaclass=LazyAttrsMeta):
    """Properties of a Function."""

    code: Code
    """Where the code comes from."""
    handler: str
    """The entry point, such as `index.handler`."""
    runtime: Runtime
    """The runtime."""


@lazy_frozen(kw_only=True)
class FunctionAttributes(metaclass=LazyAttrsMeta):
    """An existing function."""

    function_arn: str
    """The function's ARN."""
    architecture: Architecture | None = None
    """Its architecture. Default: X86_64."""
    role: IRole | None = None
    """Its execution role. Default: unknown (role policies cannot be added)."""
    same_environment: bool | None = None
    """Whether it is in this stack's account and region, so permissions can be added. Default: derived
    from the ARN."""
    security_group: ISecurityGroup | None = None
    """Its security group, to manage connections. Default: none."""
    skip_permissions: bool | None = None
    """Grants succeed without adding permissions (they exist already). Default: False."""
    tenancy_config: TenancyConfig | None = None
    """Its tenancy config; a tenant-isolated function takes no event sources. Default: none."""


class _FunctionChecks:
    def __init__(self, function: Function) -> None:
        self._function = function

    def validate(self) -> list[str]:
        problems: list[str] = []
        for key in self._function._environment:
            if Token.is_unresolved(key):
                continue
            if not re.fullmatch(_ENVIRONMENT_NAME_PATTERN, key):  # compiled by `re` on first use
                problems.append(
                    f"environment[{key!r}] is not a name Lambda accepts; use a letter, then at least one "
                    f"letter, digit or underscore ({_ENVIRONMENT_NAME_PATTERN}), e.g. 'TABLE_NAME'"
                )
        size = _environment_size(self._function._environment)
        if size > _MAX_ENVIRONMENT_BYTES:
            problems.append(
                f"environment is {size} bytes as Lambda measures it (JSON of names and values); Lambda "
                f"accepts at most {_MAX_ENVIRONMENT_BYTES} bytes (4 KB), move large values to SSM Parameter "
                "Store or Secrets Manager"
            )
        return problems


def _environment_size(environment: Mapping[str, str]) -> int:
    """The size Lambda counts against its 4 KB quota; unresolved names and values count as empty."""
    # Unresolved tokens resolve to values of unknown length, so the size is a lower bound and an error only
    # when the known part alone is too large.
    known = {
        ("" if Token.is_unresolved(key) else key): ("" if Token.is_unresolved(value) else value)
        for key, value in environment.items()
    }
    return len(json_dumps(known, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))


def _all_functions_metric(metric_name: str, statistic: str | None, options: MetricOptions) -> Metric:
    """A metric of every function of the account and region (AWS/Lambda, no dimensions)."""
    return metric_of(
        namespace="AWS/Lambda",
        metric_name=metric_name,
        dimensions_map=None,
        statistic=statistic,
        options=options,
    )


class Function(_AliasSource):
    """A Lambda function (`AWS::Lambda::Function`)."""

    _ARN_ATTRIBUTE = "Arn"
    _NAME_ATTRIBUTE = "Ref"

    def _arn_components(self) -> dict[str, Any]:
        return {
            "service": "lambda",
            "resource": "function",
            "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME,
        }

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
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
        super().__init__(scope, id, physical_name=function_name)
        function_name = self.physical_name  # a token for PhysicalName.GENERATE_IF_NEEDED
        props = FunctionProps(
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
        self._validate_names(props)
        # Made before the checks below, as aws-cdk-lib makes it: a function that fails them still adds its
        # runtime copy to Runtime.ALL.
        self.runtime: Runtime = _own_runtime(props.runtime)
        self._validate_logging(props)
        self._validate_snap_start(props)
        self._validate_quotas(props)
        self.timeout: Duration | None = props.timeout
        self.tenancy_config: TenancyConfig | None = props.tenancy_config
        self.architecture = props.architecture or Architecture.X86_64
        self._code: Code = props.code
        self._environment: dict[str, str] = {}
        self._layers: list[ILayerVersion] = []
        self._log_group: ILogGroup | None = props.log_group
        self._current_version: Version | None = None
        self._current_version_options = props.current_version_options
        self._hash_mixins: list[str] = []

        # A durable function's role gets the durable variant of the basic execution policy.
        basic_policy = (
            "service-role/AWSLambdaBasicDurableExecutionRolePolicy"
            if props.durable_config is not None
            else "service-role/AWSLambdaBasicExecutionRole"
        )
        managed_policies = [ManagedPolicy.from_aws_managed_policy_name(basic_policy)]
        if props.vpc is not None:
            managed_policies.append(
                ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaVPCAccessExecutionRole")
            )
        self.role: IRole | None = props.role or Role(
            self,
            "ServiceRole",
            assumed_by=ServicePrincipal("lambda.amazonaws.com"),
            managed_policies=managed_policies,
        )
        self._role: IRole = self.role
        for statement in props.initial_policy or ():
            self._role.add_to_principal_policy(statement)

        code_config = props.code.bind(self)
        if code_config.inline_code is not None and not props.runtime.supports_inline_code:
            raise ValidationError(
                self,
                f"code=Code.from_inline(...) is not supported by runtime={props.runtime.name!r}; "
                "use Code.from_asset or Code.from_bucket",
            )
        for key, value in {**self._profiling_environment(props), **(props.environment or {})}.items():
            self.add_environment(key, value)

        self._check_image(props, code_config)
        # Tracing's role statement is added once the function's resource exists, as in aws-cdk-lib (under
        # `aws-lambda:createNewPoliciesWithAddToRolePolicy` its Policy follows the function in the
        # template, while the dead-letter target's precedes it).
        self._statements_after_resource: list[PolicyStatement] = []
        self._file_system_rules: list[IConstruct] = []
        dead_letter_target = self._build_dead_letter_target(props)
        vpc_config = self._configure_vpc(props)
        location = code_config.s3_location
        image = code_config.image
        is_image = props.runtime is Runtime.FROM_IMAGE
        resource = CfnFunction(
            self,
            "Resource",
            function_name=self.physical_name,
            description=props.description,
            code=CfnFunction.CodeProperty(
                s3_bucket=location.bucket_name if location else None,
                s3_key=location.object_key if location else None,
                s3_object_version=location.object_version if location else None,
                zip_file=code_config.inline_code,
                image_uri=image.image_uri if image is not None else None,
                source_kms_key_arn=code_config.source_kms_key_arn,
                s3_object_storage_mode=code_config.s3_object_storage_mode.value
                if code_config.s3_object_storage_mode is not None
                else None,
            ),
            layers=Lazy.list(
                lambda: [layer.layer_version_arn for layer in self._ordered_layers()], omit_empty=True
            ),
            handler=None if props.handler == Handler.FROM_IMAGE else props.handler,
            timeout=props.timeout.to_seconds() if props.timeout is not None else None,
            package_type="Image" if is_image else None,
            runtime=None if is_image else props.runtime.name,
            role=self._role.role_arn,
            environment=Lazy.uncached_any(self._render_environment),
            memory_size=props.memory_size,
            vpc_config=vpc_config,
            dead_letter_config=CfnFunction.DeadLetterConfigProperty(target_arn=dead_letter_target)
            if dead_letter_target is not None
            else None,
            tracing_config=self._tracing_config(props.tracing, props.adot_instrumentation is not None),
            reserved_concurrent_executions=props.reserved_concurrent_executions,
            image_config=_image_config(image),
            code_signing_config_arn=props.code_signing_config.code_signing_config_ref.code_signing_config_arn
            if props.code_signing_config is not None
            else None,
            runtime_management_config=props.runtime_management_mode.runtime_management_config
            if props.runtime_management_mode is not None
            else None,
            tenancy_config=props.tenancy_config.tenancy_config_property
            if props.tenancy_config is not None
            else None,
            durable_config=self._render_durable_config(props.durable_config),
            kms_key_arn=props.environment_encryption.key_arn
            if props.environment_encryption is not None
            else None,
            architectures=[props.architecture.name] if props.architecture is not None else None,
            ephemeral_storage=(
                {"size": props.ephemeral_storage_size.to_mebibytes()}
                if props.ephemeral_storage_size is not None
                else None
            ),
            logging_config=_logging_config(props),
            recursive_loop=props.recursive_loop.value if props.recursive_loop is not None else None,
            snap_start=props.snap_start._to_snap_start_property() if props.snap_start is not None else None,
            file_system_configs=self._mount_file_system(props),
        )
        resource.node.add_dependency(self._role)
        for rule in self._file_system_rules:
            resource.node.add_dependency(rule)
        for statement in self._statements_after_resource:
            self.add_to_role_policy(statement)
        self._resource = resource
        self.function_name = resource.ref
        self.function_arn = resource.attr_arn
        if props.layers:
            self.add_layers(*props.layers)
        if props.insights_version is not None:
            self._configure_insights(props.insights_version, is_image=image is not None)
        if props.adot_instrumentation is not None:
            self._configure_adot(props.adot_instrumentation, is_image=is_image)
        if props.params_and_secrets is not None:
            self._configure_params_and_secrets(props.params_and_secrets)
        for source in props.events or ():
            self.add_event_source(source)
        if props.log_retention is not None:
            self._log_group = self._log_group_with_retention(
                props.log_retention,
                "LogGroup",
                props.log_retention_role,
                props.log_retention_retry_options,
                props.log_removal_policy,
            )
        elif props.log_group is None and FeatureFlags.of(self).is_enabled(USE_CDK_MANAGED_LOG_GROUP):
            # Deferred for import speed: aws_logs (and kms) load only for a function that needs a log group.
            from ..aws_logs import LogGroup

            self._log_group = LogGroup(self, "LogGroup", log_group_name=f"/aws/lambda/{self.function_name}")
        # No options: an override taking them as one argument gets None, as from aws_cdk.
        props.code.bind_to_resource(resource)
        self.node.add_validation(_FunctionChecks(self))
        if has_event_invoke_options(props):
            # As aws-cdk-lib: the constructor's options bypass a subclass's configure_async_invoke.
            FunctionBase.configure_async_invoke(self, **event_invoke_options_of(props))

    # --- construction helpers -----------------------------------------------------------------

    def _log_group_with_retention(
        self,
        retention: RetentionDays,
        log_group_id: str,
        role: IRole | None = None,
        retry_options: LogRetentionRetryOptions | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> ILogGroup:
        """The function's default log group, its retention set by a `Custom::LogRetention`."""
        from ..aws_logs import LogGroup, LogRetention  # deferred: only functions that set a retention

        log_retention = LogRetention(
            self,
            "LogRetention",
            log_group_name=f"/aws/lambda/{self.function_name}",
            retention=retention,
            role=role,
            log_retention_retry_options=retry_options,
            removal_policy=removal_policy,
        )
        return LogGroup.from_log_group_arn(self, log_group_id, log_retention.log_group_arn)

    def _render_durable_config(
        self, config: DurableConfig | None
    ) -> CfnFunction.DurableConfigProperty | None:
        if config is None:
            return None
        timeout = config.execution_timeout
        if not timeout.is_unresolved() and not 1 <= timeout.to_seconds() <= _MAX_DURABLE_SECONDS:
            raise ValidationError(
                self,
                f"durable_config.execution_timeout={timeout!r} is out of range; use 1 second to 366 days",
            )
        retention = config.retention_period
        if retention is not None and not retention.is_unresolved() and not 1 <= retention.to_days() <= 90:
            raise ValidationError(
                self, f"durable_config.retention_period={retention!r} is out of range; use 1 to 90 days"
            )
        return CfnFunction.DurableConfigProperty(
            execution_timeout=timeout.to_seconds(),
            retention_period_in_days=retention.to_days() if retention is not None else None,
        )

    def _check_image(self, props: FunctionProps, code_config: CodeConfig) -> None:
        has_image = code_config.image is not None
        if has_image != (props.handler == Handler.FROM_IMAGE):
            raise ValidationError(
                self, "handler must be Handler.FROM_IMAGE exactly when the code is a container image"
            )
        if has_image != (props.runtime is Runtime.FROM_IMAGE):
            raise ValidationError(
                self, "runtime must be Runtime.FROM_IMAGE exactly when the code is a container image"
            )
        if has_image and props.layers:
            raise ValidationError(
                self, "layers are not supported by container image functions; put the files in the image"
            )
        if has_image and props.params_and_secrets is not None:
            # Differs from aws-cdk-lib: it adds the layer, which CloudFormation rejects on an image function.
            raise ValidationError(
                self,
                "params_and_secrets is not supported by container image functions; "
                "put the extension in the image",
            )

    def _configure_insights(self, version: LambdaInsightsVersion, *, is_image: bool) -> None:
        """The Lambda Insights layer (an image function carries the extension in its image) and policy."""
        if not is_image:
            # Deferred for import speed: layers load only for a function that uses one.
            from .layers import LayerVersion

            arn = version._bind(self, self.architecture)
            self.add_layers(LayerVersion.from_layer_version_arn(self, "LambdaInsightsLayer", arn))
        self._role.add_managed_policy(
            ManagedPolicy.from_aws_managed_policy_name("CloudWatchLambdaInsightsExecutionRolePolicy")
        )

    def _configure_adot(self, config: AdotInstrumentationConfig, *, is_image: bool) -> None:
        """The ADOT layer, and the wrapper script that starts the function."""
        # Deferred for import speed: these load only for a function that uses them.
        from .adot import AdotLambdaExecWrapper, adot_settings
        from .layers import LayerVersion

        if is_image:
            raise ValidationError(
                self,
                f"adot_instrumentation.layer_version={config.layer_version!r} is not supported by container "
                "image functions; put the ADOT layer's files in the image",
            )
        if (
            self.runtime.family is RuntimeFamily.PYTHON
            and config.exec_wrapper is not AdotLambdaExecWrapper.INSTRUMENT_HANDLER
        ):
            raise ValidationError(
                self,
                f"adot_instrumentation.exec_wrapper=AdotLambdaExecWrapper.{config.exec_wrapper.name} is not "
                "supported by Python runtimes; use AdotLambdaExecWrapper.INSTRUMENT_HANDLER",
            )
        arn, wrapper_script = adot_settings(self, config, self.architecture)
        self.add_layers(LayerVersion.from_layer_version_arn(self, "AdotLayer", arn))
        self.add_environment("AWS_LAMBDA_EXEC_WRAPPER", wrapper_script)

    def _configure_params_and_secrets(self, layer: ParamsAndSecretsLayerVersion) -> None:
        """The Parameters and Secrets Extension layer, and the settings it reads from the environment."""
        # Deferred for import speed: layers load only for a function that uses one.
        from .layers import LayerVersion

        arn, environment = layer._bind(self, self.architecture)
        self.add_layers(LayerVersion.from_layer_version_arn(self, "ParamsAndSecretsLayer", arn))
        for key, value in environment.items():
            self.add_environment(key, value)

    def _build_dead_letter_target(self, props: FunctionProps) -> str | None:
        """The dead-letter queue or topic ARN, with the role statement that lets the function use it."""
        queue, enabled, topic = (
            props.dead_letter_queue,
            props.dead_letter_queue_enabled,
            props.dead_letter_topic,
        )
        self.dead_letter_queue: IQueue | None = None
        self.dead_letter_topic: ITopic | None = None
        if queue is None and not enabled and topic is None:
            return None
        if queue is not None and enabled is False:
            raise ValidationError(
                self, "dead_letter_queue is set but dead_letter_queue_enabled=False; remove one of them"
            )
        if topic is not None and (queue is not None or enabled is not None):
            raise ValidationError(
                self,
                "dead_letter_topic is set together with dead_letter_queue or dead_letter_queue_enabled; "
                "use a queue or a topic, not both",
            )
        if topic is not None:
            self.dead_letter_topic = topic
            self.add_to_role_policy(PolicyStatement(actions=["sns:Publish"], resources=[topic.topic_arn]))
            return str(topic.topic_arn)
        if queue is None:
            # Deferred for import speed: aws_sqs loads only for a function with a dead-letter queue.
            from ..aws_sqs import Queue
            from ..core.duration import Duration

            queue = Queue(self, "DeadLetterQueue", retention_period=Duration.days(14))
        self.dead_letter_queue = queue
        self.add_to_role_policy(PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.queue_arn]))
        return str(queue.queue_arn)

    def _validate_names(self, props: FunctionProps) -> None:
        name = props.function_name
        if name is not None and not Token.is_unresolved(name):
            if len(name) > _MAX_FUNCTION_NAME:
                raise ValidationError(
                    self,
                    f"function_name={name!r} is {len(name)} characters long; "
                    f"use at most {_MAX_FUNCTION_NAME}",
                )
            if not re.match(_FUNCTION_NAME, name):
                problem = "is empty" if not name else "has characters a function name cannot have"
                raise ValidationError(
                    self,
                    f"function_name={name!r} {problem}; use letters, digits, hyphens and underscores",
                )
        description = props.description
        if (
            description is not None
            and not Token.is_unresolved(description)
            and len(description) > _MAX_DESCRIPTION
        ):
            raise ValidationError(
                self,
                f"description is {len(description)} characters long; use at most {_MAX_DESCRIPTION}",
            )

    def _validate_logging(self, props: FunctionProps) -> None:
        if props.log_removal_policy is not None:
            policy = _show(props.log_removal_policy)
            if props.log_group is not None:
                raise ValidationError(
                    self,
                    f"log_removal_policy={policy} is given with log_group={props.log_group.node.path}; set "
                    "the removal policy on the log group and drop log_removal_policy",
                )
            if FeatureFlags.of(self).is_enabled(USE_CDK_MANAGED_LOG_GROUP):
                raise ValidationError(
                    self,
                    f"log_removal_policy={policy} cannot be used with the feature flag "
                    f"{USE_CDK_MANAGED_LOG_GROUP!r}, which gives the function a LogGroup of its own; set the "
                    "removal policy on that log group (fn.log_group.apply_removal_policy(...)) and drop "
                    "log_removal_policy",
                )
        if props.log_retention is not None and props.log_group is not None:
            raise ValidationError(
                self,
                f"log_retention={_show(props.log_retention)} is given with log_group="
                f"{props.log_group.node.path}; set the retention on the log group and drop log_retention",
            )
        for old, new in (
            ("log_format", "logging_format"),
            ("application_log_level", "application_log_level_v2"),
            ("system_log_level", "system_log_level_v2"),
        ):
            old_value, new_value = getattr(props, old), getattr(props, new)
            if old_value is not None and new_value is not None:
                raise ValidationError(
                    self,
                    f"{old}={old_value!r} and {new}={_show(new_value)} are both set; pass only {new}",
                )
        levels = [
            f"{name}={_show(getattr(props, name))}"
            for name in (
                "application_log_level",
                "application_log_level_v2",
                "system_log_level",
                "system_log_level_v2",
            )
            if getattr(props, name) is not None
        ]
        if not levels:
            return
        from .function_settings import LoggingFormat  # deferred: most functions set no log level

        if _log_format_of(props) != LoggingFormat.JSON.value:
            given = (
                f"logging_format={_show(props.logging_format)}"
                if props.logging_format is not None
                else f"log_format={props.log_format!r}"
                if props.log_format is not None
                else "no logging_format"
            )
            verb = "need" if len(levels) > 1 else "needs"
            raise ValidationError(
                self,
                f"{' and '.join(levels)} {verb} JSON logs, but {given} is set; "
                "pass logging_format=LoggingFormat.JSON",
            )

    def _validate_snap_start(self, props: FunctionProps) -> None:
        if props.snap_start is None:
            return
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-lambda:snapStartRequirePublish",
            "SnapStart only supports published Lambda versions. Ignore if function already has published "
            "versions.",
        )
        # a container image declares no runtime here, so aws-cdk-lib leaves the check to Lambda
        if props.runtime is not Runtime.FROM_IMAGE and not props.runtime.supports_snap_start:
            raise ValidationError(
                self,
                f"snap_start={props.snap_start!r} is not supported by runtime={props.runtime.name!r}; "
                "use Java 11 or later, Python 3.12 or later or .NET 8 or later, or drop snap_start",
            )
        storage = props.ephemeral_storage_size
        if (
            storage is not None
            and not Token.is_unresolved(storage.to_mebibytes())
            and storage.to_mebibytes() > _MAX_SNAP_START_STORAGE_MIB
        ):
            raise ValidationError(
                self,
                f"snap_start={props.snap_start!r} cannot be combined with "
                f"ephemeral_storage_size={storage!r}; use at most {_MAX_SNAP_START_STORAGE_MIB} MiB of "
                "ephemeral storage with SnapStart",
            )

    def _validate_quotas(self, props: FunctionProps) -> None:
        """Lambda's fixed quotas on memory, timeout and /tmp storage; a warning on unreserved concurrency."""
        memory = props.memory_size
        if memory is not None and not Token.is_unresolved(memory) and not _in_range(memory, _MEMORY_MIB):
            raise ValidationError(
                self,
                f"memory_size={memory!r} is out of range; use {_MEMORY_MIB[0]} to {_MEMORY_MIB[1]} MB",
            )
        timeout = props.timeout
        if timeout is not None and not timeout.is_unresolved():
            seconds = timeout.to_milliseconds(integral=False) / 1000
            if not seconds.is_integer() or not _in_range(seconds, _TIMEOUT_SECONDS):
                raise ValidationError(
                    self,
                    f"timeout={timeout!r} is out of range; use whole seconds from Duration.seconds("
                    f"{_TIMEOUT_SECONDS[0]}) to Duration.minutes({_TIMEOUT_SECONDS[1] // 60})",
                )
        storage = props.ephemeral_storage_size
        if storage is not None and not storage.is_unresolved():
            mebibytes = storage.to_mebibytes()
            if not _in_range(mebibytes, _EPHEMERAL_STORAGE_MIB):
                raise ValidationError(
                    self,
                    f"ephemeral_storage_size={storage!r} is out of range; use Size.mebibytes("
                    f"{_EPHEMERAL_STORAGE_MIB[0]}) to Size.mebibytes({_EPHEMERAL_STORAGE_MIB[1]})",
                )
        reserved = props.reserved_concurrent_executions
        most_reservable = _DEFAULT_CONCURRENCY_QUOTA - _MIN_UNRESERVED_CONCURRENCY
        if reserved is not None and not Token.is_unresolved(reserved) and reserved > most_reservable:
            Annotations.of(self).add_warning_v2(
                "lambda:reserved-concurrency-quota",
                f"reserved_concurrent_executions={reserved!r} leaves fewer than "
                f"{_MIN_UNRESERVED_CONCURRENCY} unreserved executions under Lambda's default concurrency "
                f"quota of {_DEFAULT_CONCURRENCY_QUOTA} per Region; ask for a quota increase before "
                "deploying, or reserve less",
            )

    def _tracing_config(self, tracing: Tracing | None, instrumented: bool) -> Any:
        if tracing is None and not instrumented:
            return None
        from .function_settings import Tracing  # deferred: most functions set no tracing

        if tracing is None:
            # ADOT sends traces through X-Ray: its functions trace actively unless told otherwise.
            tracing = Tracing.ACTIVE
        if tracing is Tracing.DISABLED:
            return None
        self._statements_after_resource.append(PolicyStatement(actions=list(_XRAY_ACTIONS), resources=["*"]))
        return CfnFunction.TracingConfigProperty(mode=tracing.value)

    def _configure_vpc(self, props: FunctionProps) -> Any:
        has_security_groups = bool(props.security_groups)
        if props.vpc is None:
            for name, given in (
                ("allow_all_ipv6_outbound", props.allow_all_ipv6_outbound is not None),
                ("allow_all_outbound", props.allow_all_outbound is not None),
                # False asks for nothing a VPC would give, so it is accepted without one.
                ("ipv6_allowed_for_dual_stack", bool(props.ipv6_allowed_for_dual_stack)),
                ("security_groups", has_security_groups),
                ("vpc_subnets", props.vpc_subnets is not None),
            ):
                if given:
                    raise ValidationError(self, f"{name} needs a VPC; pass vpc= as well or drop {name}")
            return None
        for name in ("allow_all_outbound", "allow_all_ipv6_outbound"):
            value = getattr(props, name)
            if value is not None and has_security_groups:
                raise ValidationError(
                    self,
                    f"{name}={value!r} cannot be combined with security_groups; "
                    "configure outbound traffic on the security groups themselves",
                )
        from ..aws_ec2 import (  # deferred: aws_ec2 loads only for a function in a VPC
            Connections,
            SecurityGroup,
            SubnetSelection,
        )

        if has_security_groups:
            security_groups = list(props.security_groups or ())
        else:
            security_groups = [
                SecurityGroup(
                    self,
                    "SecurityGroup",
                    vpc=props.vpc,
                    description=f"Automatic security group for Lambda Function {Names.unique_id(self)}",
                    allow_all_outbound=props.allow_all_outbound,
                    allow_all_ipv6_outbound=props.allow_all_ipv6_outbound,
                )
            ]
        self._connections = Connections(security_groups=security_groups)
        selection = props.vpc_subnets
        selected = call_with_struct(
            props.vpc.select_subnets, SubnetSelection, **(as_dict(selection) if selection else {})
        )
        public_subnet_ids = {subnet.subnet_id for subnet in props.vpc.public_subnets}
        if not props.allow_public_subnet and any(s in public_subnet_ids for s in selected.subnet_ids):
            raise ValidationError(
                self,
                "vpc_subnets selects public subnets, where a function cannot reach the internet (it gets no "
                "public IP); select private subnets, or pass allow_public_subnet=True to accept this",
            )
        self.node.add_dependency(selected.internet_connectivity_established)
        return CfnFunction.VpcConfigProperty(
            ipv6_allowed_for_dual_stack=props.ipv6_allowed_for_dual_stack,
            subnet_ids=list(selected.subnet_ids),
            security_group_ids=[sg.security_group_id for sg in security_groups],
        )

    def _mount_file_system(self, props: FunctionProps) -> list[CfnFunction.FileSystemConfigProperty] | None:
        if props.filesystem is None:
            return None
        config = props.filesystem.config
        path = config.local_mount_path
        if not Token.is_unresolved(path) and not re.fullmatch(_MOUNT_PATH_PATTERN, path):
            raise ValidationError(
                self,
                f"filesystem's mount path {path!r} is not where Lambda mounts file systems; use "
                f"'/mnt/<name>' with a name of letters, digits, '-', '_' and '.' ({_MOUNT_PATH_PATTERN})",
            )
        if props.vpc is None:
            raise ValidationError(
                self, "filesystem needs a VPC (Lambda reaches the file system through it); pass vpc= as well"
            )
        if config.connections is not None and config.connections.default_port is not None:
            groups = [*config.connections.security_groups, *self.connections.security_groups]
            before = {id(child) for group in groups for child in group.node.children}
            self.connections.allow_to(config.connections, config.connections.default_port)
            # As in aws-cdk-lib, the function waits for the rules that let it reach the file system.
            self._file_system_rules = [
                child for group in groups for child in group.node.children if id(child) not in before
            ]
        for statement in config.policies or ():
            self.add_to_role_policy(statement)
        for dependable in config.dependency or ():
            self.node.add_dependency(dependable)
        return [CfnFunction.FileSystemConfigProperty(arn=config.arn, local_mount_path=path)]

    def _profiling_environment(self, props: FunctionProps) -> dict[str, str]:
        wants_new_group = props.profiling_group is None and props.profiling is True
        uses_given_group = props.profiling_group is not None and props.profiling is not False
        if not wants_new_group and not uses_given_group:
            return {}
        if not props.runtime.supports_code_guru_profiling:
            option = "profiling=True" if wants_new_group else "profiling_group"
            raise ValidationError(
                self,
                f"{option} is not supported by runtime={props.runtime.name!r}; "
                "use a Java or Python runtime, or set profiling=False",
            )
        if any(key in _PROFILING_VARIABLES for key in props.environment or {}):
            Annotations.of(self).add_warning(
                ", ".join(_PROFILING_VARIABLES[:-1])
                + f", and {_PROFILING_VARIABLES[-1]} should not be set when profiling options enabled"
            )
        # Deferred: only a profiled function needs the profiling group's module.
        from ._profiling_group import FunctionProfilingGroup, profiling_environment

        group = props.profiling_group or FunctionProfilingGroup(self, "ProfilingGroup")
        group.grant_publish(self._role)
        return profiling_environment(group)

    def _render_environment(self) -> Any:
        if not self._environment:
            return None
        # As aws-cdk-lib: once the function has a current version, the variables are written in sorted key
        # order, so that the version's hash does not depend on the order they were added in.
        keys = sorted(self._environment) if self._current_version is not None else list(self._environment)
        return {"Variables": {key: self._environment[key] for key in keys}}

    # --- public API ---------------------------------------------------------------------------

    @property
    def grant_principal(self) -> IPrincipal:
        """The function's execution role."""
        return self._role

    @property
    def environment(self) -> dict[str, str]:
        """The environment variables so far."""
        return dict(self._environment)

    @property
    def code(self) -> Code:
        """The code the function was created with (read-only; `apigwv2_integrations.local` runs it)."""
        return self._code

    def add_environment(self, key: str, value: str, *, remove_in_edge: bool | None = None) -> Function:
        """Add an environment variable."""
        if key in _RESERVED_ENVIRONMENT_NAMES:
            raise ValidationError(
                self,
                f"environment[{key!r}] is reserved: the Lambda runtime sets it and a function cannot; "
                "use another name",
            )
        self._environment[key] = value
        return self

    def add_layers(self, *layers: ILayerVersion) -> None:
        """Add layers (at most 5 in all)."""
        for layer in layers:
            if len(self._layers) == 5:
                raise ValidationError(
                    self, "layers would exceed 5, the most a function can have; combine layers"
                )
            compatible = getattr(layer, "compatible_runtimes", None)
            if compatible and not any(r.runtime_equals(self.runtime) for r in compatible):
                names = ", ".join(r.name for r in compatible)
                raise ValidationError(
                    self,
                    f"layers includes {layer.layer_version_arn!r}, which supports {names} but not "
                    f"runtime={self.runtime.name!r}; use a compatible layer",
                )
            self._layers.append(layer)

    @property
    def current_version(self) -> Version:
        """A Version of the function as it is configured; created on first use (construct id
        `CurrentVersion`). Its logical ID ends in a hash of the function's configuration, so that any
        change to it publishes a new version."""
        if self._current_version is None:
            # deferred: loads the Version module only when used
            from .lambda_version import Version, VersionOptions

            if self._warn_if_current_version_called:
                warn_invoke_permission_with_versions(self)

            options = self._current_version_options or VersionOptions()
            version = Version(
                self,
                "CurrentVersion",
                lambda_=self,
                code_sha256=options.code_sha256,
                description=options.description,
                max_execution_environments=options.max_execution_environments,
                min_execution_environments=options.min_execution_environments,
                provisioned_concurrent_executions=options.provisioned_concurrent_executions,
                removal_policy=options.removal_policy,
                **event_invoke_options_of(options),
            )
            resource = cast("CfnResource", version.node.default_child)
            prefix = resource.logical_id[-_MAX_VERSION_ID_PREFIX:]
            # Resolved at every use, so that configuration added later (add_environment, ...) counts.
            resource.override_logical_id(
                Lazy.uncached_string(
                    lambda: prefix + self._configuration_hash(), display_hint="CurrentVersionId"
                )
            )
            self._current_version = version
        return self._current_version

    @property
    def log_group(self) -> ILogGroup:
        """The function's log group: the one given as `log_group`, or the default
        `/aws/lambda/<function name>` (a `Custom::LogRetention` without retention makes sure it exists,
        unless the `useCdkManagedLogGroup` flag made a `LogGroup` for it)."""
        if self._log_group is None:
            from ..aws_logs import RetentionDays  # deferred: only functions whose log group is read

            self._log_group = self._log_group_with_retention(
                RetentionDays.INFINITE, f"{self.node.id}-LogGroup"
            )
        return self._log_group

    def _alias_version(self) -> Version:
        return self.current_version

    def invalidate_version_based_on(self, x: str) -> None:
        """Make `x` part of the current version's hash, so that changing it publishes a new version."""
        self._hash_mixins.append(x)

    @staticmethod
    def classify_version_property(property_name: str, locked: bool) -> None:
        """Say whether an `AWS::Lambda::Function` property changes the current version's hash."""
        # deferred: versions and layers are loaded on use
        from .function_hash import classify_version_property

        classify_version_property(property_name, locked)

    def _configuration_hash(self) -> str:
        from .function_hash import calculate_function_hash  # deferred: versions and layers are loaded on use

        return calculate_function_hash(
            self, self._resource, self._ordered_layers(), additional="".join(self._hash_mixins)
        )

    def _ordered_layers(self) -> list[ILayerVersion]:
        """The layers; sorted by construct path under `@aws-cdk/aws-lambda:recognizeLayerVersion`."""
        if not self._layers:
            return self._layers
        from .function_hash import RECOGNIZE_LAYER_VERSION  # deferred: versions and layers are loaded on use

        if not FeatureFlags.of(self).is_enabled(RECOGNIZE_LAYER_VERSION):
            return self._layers
        return sorted(self._layers, key=lambda layer: cast("Construct", layer).node.path)

    @staticmethod
    def metric_all(
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of every function of the account and region."""
        return _all_functions_metric(metric_name, None, metric_options(locals()))

    @staticmethod
    def metric_all_concurrent_executions(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Concurrent executions of every function. Default: Maximum over 5 minutes."""
        return _all_functions_metric("ConcurrentExecutions", "max", metric_options(locals()))

    @staticmethod
    def metric_all_duration(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """How long invocations of every function take. Default: Average over 5 minutes."""
        return _all_functions_metric("Duration", None, metric_options(locals()))

    @staticmethod
    def metric_all_errors(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Failed invocations of every function. Default: Sum over 5 minutes."""
        return _all_functions_metric("Errors", "sum", metric_options(locals()))

    @staticmethod
    def metric_all_invocations(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations of every function. Default: Sum over 5 minutes."""
        return _all_functions_metric("Invocations", "sum", metric_options(locals()))

    @staticmethod
    def metric_all_throttles(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Throttled invocations of every function. Default: Sum over 5 minutes."""
        return _all_functions_metric("Throttles", "sum", metric_options(locals()))

    @staticmethod
    def metric_all_unreserved_concurrent_executions(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Concurrent executions of functions without reserved concurrency. Default: Maximum, 5 minutes."""
        return _all_functions_metric("UnreservedConcurrentExecutions", "max", metric_options(locals()))

    @staticmethod
    def from_function_arn(scope: Construct, id: str, function_arn: str) -> FunctionBase:
        """An existing function, by ARN."""
        return Function.from_function_attributes(scope, id, function_arn=function_arn)

    @staticmethod
    def from_function_name(scope: Construct, id: str, function_name: str) -> FunctionBase:
        """An existing function of this stack's account and region, by name (permissions can be added)."""
        arn = Stack.of(scope).format_arn(
            service="lambda",
            resource="function",
            resource_name=function_name,
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        return Function.from_function_attributes(scope, id, function_arn=arn, same_environment=True)

    @staticmethod
    def from_function_attributes(
        scope: Construct,
        id: str,
        *,
        function_arn: str,
        architecture: Architecture | None = None,
        role: IRole | None = None,
        same_environment: bool | None = None,
        security_group: ISecurityGroup | None = None,
        skip_permissions: bool | None = None,
        tenancy_config: TenancyConfig | None = None,
    ) -> FunctionBase:
        """An existing function; permissions are added only when it is in this account."""
        attributes = FunctionAttributes(
            function_arn=function_arn,
            architecture=architecture,
            role=role,
            same_environment=same_environment,
            security_group=security_group,
            skip_permissions=skip_permissions,
            tenancy_config=tenancy_config,
        )
        return _ImportedFunction(scope, id, attributes)


class FunctionVersionUpgrade:
    """An aspect that publishes a new version of every Function below its scope, for one deployment after a
    feature flag that changes the version hash is turned on (`Aspects.of(stack).add(...)`).

    It appends `version-hash:<hash of the function's configuration>` to each function's description, as
    aws-cdk-lib does, when the flag's state equals `enabled`.
    """

    def __init__(self, feature_flag: str, enabled: bool | None = None) -> None:
        self._feature_flag = feature_flag
        self._enabled = True if enabled is None else enabled

    def visit(self, node: IConstruct) -> None:
        """Change the description of `node` when it is a Function and the flag is in the chosen state."""
        if not isinstance(node, Function):
            return
        if FeatureFlags.of(node).is_enabled(self._feature_flag) != self._enabled:
            return
        from .function_hash import calculate_function_hash  # deferred: versions and layers are loaded on use

        resource = node._resource
        # The hash leaves out `invalidate_version_based_on` values; the description kept is the property's,
        # so that a second visit replaces the first's override instead of appending to it.
        prefix = f"{resource.description} " if resource.description else ""
        digest = calculate_function_hash(node, resource, node._ordered_layers())
        resource.add_property_override("Description", f"{prefix}version-hash:{digest}")


class _ImportedFunction(FunctionBase):
    def __init__(self, scope: Construct, id: str, attributes: FunctionAttributes) -> None:
        from ..core.tokens.fn import Fn  # deferred: most apps never call Fn

        super().__init__(scope, id, environment_from_arn=attributes.function_arn)
        arn = attributes.function_arn
        self.function_arn = arn
        if not Token.is_unresolved(arn) and len(arn.split(":")) < 7:
            # aws-cdk-lib fails here with a JavaScript serialization error.
            raise ValidationError(
                self,
                f"function_arn={arn!r} names no function; use an ARN of the form "
                "'arn:<partition>:lambda:<region>:<account>:function:<name>'",
            )
        # The seventh field, as aws-cdk-lib reads it: a literal for a literal ARN, Fn::Select for a token.
        self.function_name = Fn.select(6, Fn.split(":", arn))
        self.role = attributes.role
        self.architecture = attributes.architecture or Architecture.X86_64
        self._skip_permissions = bool(attributes.skip_permissions)
        self.tenancy_config: TenancyConfig | None = attributes.tenancy_config
        self._can_create_permissions = (
            attributes.same_environment
            if attributes.same_environment is not None
            else self._is_stack_account()
        )
        if attributes.security_group is not None:
            from ..aws_ec2 import Connections  # deferred: aws_ec2 loads only for a function in a VPC

            self._connections = Connections(security_groups=[attributes.security_group])

    @property
    def grant_principal(self) -> IPrincipal:
        if self.role is not None:
            return self.role
        return _UnknownPrincipal(self)

    def _is_tenant_isolated(self) -> bool:
        return self.tenancy_config is not None


class _UnknownPrincipal:
    """The principal of an imported function without a role: statements added to it go nowhere."""

    def __init__(self, resource: Construct) -> None:
        self.resource = resource
        self.principal_account: str | None = None
        self.assume_role_action = "sts:AssumeRole"

    @property
    def grant_principal(self) -> IPrincipal:
        return self

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        raise ValidationError(
            self.resource,
            "has no known role; pass role= to from_function_attributes to grant its role access",
        )

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        return AddToPrincipalPolicyResult(statement_added=False)

    def __str__(self) -> str:
        return f"UnknownPrincipal({self.resource.node.path})"


def _log_format_of(props: FunctionOptions) -> str | None:
    return props.logging_format.value if props.logging_format is not None else props.log_format


def _image_config(image: CodeImageConfig | None) -> CfnFunction.ImageConfigProperty | None:
    if image is None or (image.cmd is None and image.entrypoint is None and image.working_directory is None):
        return None
    return CfnFunction.ImageConfigProperty(
        command=list(image.cmd) if image.cmd is not None else None,
        entry_point=list(image.entrypoint) if image.entrypoint is not None else None,
        working_directory=image.working_directory,
    )


def _logging_config(props: FunctionOptions) -> Any:
    log_format = _log_format_of(props)
    application_log_level = (
        props.application_log_level_v2.value
        if props.application_log_level_v2 is not None
        else props.application_log_level
    )
    system_log_level = (
        props.system_log_level_v2.value if props.system_log_level_v2 is not None else props.system_log_level
    )
    log_group_name = props.log_group.log_group_name if props.log_group is not None else None
    if (
        log_format is None
        and application_log_level is None
        and system_log_level is None
        and log_group_name is None
    ):
        return None
    return CfnFunction.LoggingConfigProperty(
        log_format=log_format,
        application_log_level=application_log_level,
        system_log_level=system_log_level,
        log_group=log_group_name,
    )


def _in_range(value: float, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= value <= bounds[1]


def _show(value: Any) -> str:
    """An enum member as the user wrote it (`LoggingFormat.TEXT`), anything else as its repr."""
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)
