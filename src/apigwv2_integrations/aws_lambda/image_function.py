"""DockerImageFunction: a function whose code is a container image; DockerImageCode."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.construct import Construct
from ..core.removal_policy import RemovalPolicy
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, as_dict, lazy_frozen
from .architecture import Architecture
from .code import Code
from .function import Function, FunctionOptions
from .handler import Handler
from .image_code import AssetImageCode, EcrImageCode
from .runtime import Runtime

if TYPE_CHECKING:
    from typing import Any

    from ..aws_ec2 import ISecurityGroup, IVpc, SubnetSelection
    from ..aws_iam import IRole, PolicyStatement
    from ..aws_kms import IKey
    from ..aws_logs import ILogGroup, LogRetentionRetryOptions, RetentionDays
    from ..aws_sns import ITopic
    from ..aws_sqs import IQueue
    from ..core.duration import Duration
    from ..core.size import Size
    from ..interfaces.aws_lambda import ICodeSigningConfigRef
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
    from .lambda_version import VersionOptions
    from .layers import ILayerVersion
    from .params_and_secrets_layers import ParamsAndSecretsLayerVersion
    from .runtime_management import RuntimeManagementMode
    from .snapstart_config import SnapStartConf
    from .tenancy_config import TenancyConfig


class DockerImageCode:
    """Where a container image function's image comes from."""

    def _bind(self, architecture: Architecture | None = None) -> Code:
        raise NotImplementedError(f"{type(self).__name__} must give its code")

    @staticmethod
    def from_ecr(
        repository: Any,
        *,
        cmd: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        tag: str | None = None,
        tag_or_digest: str | None = None,
        working_directory: str | None = None,
    ) -> DockerImageCode:
        """An image in an ECR repository (an `aws_ecr.IRepository`). Default tag: latest."""
        code = EcrImageCode(
            repository,
            cmd=cmd,
            entrypoint=entrypoint,
            tag=tag,
            tag_or_digest=tag_or_digest,
            working_directory=working_directory,
        )
        return _FixedImageCode(code)

    @staticmethod
    def from_image_asset(
        directory: str,
        *,
        build_args: Mapping[str, str] | None = None,
        cmd: Sequence[str] | None = None,
        display_name: str | None = None,
        entrypoint: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        extra_hash: str | None = None,
        file: str | None = None,
        platform: Any = None,
        target: str | None = None,
        working_directory: str | None = None,
    ) -> DockerImageCode:
        """An image built from a local directory; the function's architecture sets the platform."""
        options: dict[str, Any] = {
            "build_args": build_args,
            "cmd": cmd,
            "display_name": display_name,
            "entrypoint": entrypoint,
            "exclude": exclude,
            "extra_hash": extra_hash,
            "file": file,
            "platform": platform,
            "target": target,
            "working_directory": working_directory,
        }
        return _AssetImageCodeFactory(directory, options)


class _FixedImageCode(DockerImageCode):
    def __init__(self, code: Code) -> None:
        self._code = code

    def _bind(self, architecture: Architecture | None = None) -> Code:
        return self._code


class _AssetImageCodeFactory(DockerImageCode):
    def __init__(self, directory: str, options: dict[str, Any]) -> None:
        self._directory = directory
        self._options = options

    def _bind(self, architecture: Architecture | None = None) -> Code:
        options = dict(self._options)
        if options["platform"] is None and architecture is not None:
            options["platform"] = architecture.docker_platform
        return AssetImageCode(self._directory, **options)


@lazy_frozen(kw_only=True)
class DockerImageFunctionProps(FunctionOptions, metaclass=LazyAttrsMeta):
    """Properties of a DockerImageFunction: a Function's options and the image."""

    code: DockerImageCode
    """Where the image comes from: `DockerImageCode.from_image_asset(...)` or
    `DockerImageCode.from_ecr(...)`."""


class DockerImageFunction(Function):
    """A Lambda function that runs a container image (`PackageType: Image`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code: DockerImageCode,
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
        props = DockerImageFunctionProps(
            code=code,
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
        options = {name: value for name, value in as_dict(props).items() if name != "code"}
        super().__init__(
            scope,
            id,
            code=props.code._bind(props.architecture),
            handler=Handler.FROM_IMAGE,
            runtime=Runtime.FROM_IMAGE,
            **options,
        )
