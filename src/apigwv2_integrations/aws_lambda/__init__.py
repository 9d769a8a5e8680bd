"""AWS Lambda: functions, their code, runtimes, permissions, versions and aliases."""

import typing as _typing

from ..cfn.aws_lambda import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_lambda import *  # noqa: F403
    from .alias import Alias, AliasAttributes, AliasOptions, AliasProps, IAlias, VersionWeight
    from .architecture import Architecture
    from .code import (
        AssetCode,
        AssetImageCode,
        CfnParametersCode,
        CfnParametersCodeProps,
        Code,
        CodeConfig,
        CodeImageConfig,
        CodeLocation,
        EcrImageCode,
        InlineCode,
        S3Code,
    )
    from .destination import DestinationConfig, DestinationOptions, DestinationType, IDestination
    from .dlq import DlqDestinationConfig, IEventSourceDlq
    from .durable_config import DurableConfig
    from .event_invoke_config import EventInvokeConfig, EventInvokeConfigOptions, EventInvokeConfigProps
    from .event_source import IEventSource
    from .event_source_filter import FilterCriteria, FilterRule
    from .event_source_mapping import (
        EventSourceMapping,
        EventSourceMappingLogLevel,
        EventSourceMappingOptions,
        EventSourceMappingProps,
        IEventSourceMapping,
        MetricsConfig,
        MetricType,
        ProvisionedPollerConfig,
        SourceAccessConfiguration,
        SourceAccessConfigurationType,
        StartingPosition,
    )
    from .function import (
        ApplicationLogLevel,
        Function,
        FunctionAttributes,
        FunctionOptions,
        FunctionProps,
        LoggingFormat,
        RecursiveLoop,
        SystemLogLevel,
        Tracing,
    )
    from .function_base import FunctionBase, IFunction, QualifiedFunctionBase
    from .function_url import (
        FunctionUrl,
        FunctionUrlAuthType,
        FunctionUrlCorsOptions,
        FunctionUrlOptions,
        FunctionUrlProps,
        HttpMethod,
        InvokeMode,
    )
    from .handler import Handler
    from .image_function import DockerImageCode, DockerImageFunction
    from .lambda_version import IVersion, Version, VersionAttributes, VersionOptions, VersionProps
    from .layers import (
        ILayerVersion,
        LayerVersion,
        LayerVersionAttributes,
        LayerVersionOptions,
        LayerVersionPermission,
        LayerVersionProps,
    )
    from .permission import Permission
    from .runtime import Runtime, RuntimeFamily
    from .runtime_management import RuntimeManagementMode
    from .snapstart_config import SnapStartConf
    from .tenancy_config import TenancyConfig
else:
    _L2_SOURCES = {
        ".alias": ("Alias", "AliasAttributes", "AliasOptions", "AliasProps", "IAlias", "VersionWeight"),
        ".architecture": ("Architecture",),
        ".code": (
            "AssetCode",
            "AssetImageCode",
            "CfnParametersCode",
            "CfnParametersCodeProps",
            "Code",
            "CodeConfig",
            "CodeImageConfig",
            "CodeLocation",
            "EcrImageCode",
            "InlineCode",
            "S3Code",
        ),
        ".destination": ("DestinationConfig", "DestinationOptions", "DestinationType", "IDestination"),
        ".dlq": ("DlqDestinationConfig", "IEventSourceDlq"),
        ".durable_config": ("DurableConfig",),
        ".event_invoke_config": ("EventInvokeConfig", "EventInvokeConfigOptions", "EventInvokeConfigProps"),
        ".event_source": ("IEventSource",),
        ".event_source_filter": ("FilterCriteria", "FilterRule"),
        ".event_source_mapping": (
            "EventSourceMapping",
            "EventSourceMappingLogLevel",
            "EventSourceMappingOptions",
            "EventSourceMappingProps",
            "IEventSourceMapping",
            "MetricsConfig",
            "MetricType",
            "ProvisionedPollerConfig",
            "SourceAccessConfiguration",
            "SourceAccessConfigurationType",
            "StartingPosition",
        ),
        ".function": (
            "ApplicationLogLevel",
            "Function",
            "FunctionAttributes",
            "FunctionOptions",
            "FunctionProps",
            "LoggingFormat",
            "RecursiveLoop",
            "SystemLogLevel",
            "Tracing",
        ),
        ".function_base": ("FunctionBase", "IFunction", "QualifiedFunctionBase"),
        ".function_url": (
            "FunctionUrl",
            "FunctionUrlAuthType",
            "FunctionUrlCorsOptions",
            "FunctionUrlOptions",
            "FunctionUrlProps",
            "HttpMethod",
            "InvokeMode",
        ),
        ".handler": ("Handler",),
        ".image_function": ("DockerImageCode", "DockerImageFunction"),
        ".lambda_version": ("IVersion", "Version", "VersionAttributes", "VersionOptions", "VersionProps"),
        ".layers": (
            "ILayerVersion",
            "LayerVersion",
            "LayerVersionAttributes",
            "LayerVersionOptions",
            "LayerVersionPermission",
            "LayerVersionProps",
        ),
        ".permission": ("Permission",),
        ".runtime": ("Runtime", "RuntimeFamily"),
        ".runtime_management": ("RuntimeManagementMode",),
        ".snapstart_config": ("SnapStartConf",),
        ".tenancy_config": ("TenancyConfig",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_lambda"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )

__all__ = [
    *_cfn_all,
    "Alias",
    "AliasAttributes",
    "AliasOptions",
    "AliasProps",
    "ApplicationLogLevel",
    "Architecture",
    "AssetCode",
    "AssetImageCode",
    "CfnParametersCode",
    "CfnParametersCodeProps",
    "Code",
    "CodeConfig",
    "CodeImageConfig",
    "CodeLocation",
    "DestinationConfig",
    "DestinationOptions",
    "DestinationType",
    "DlqDestinationConfig",
    "DockerImageCode",
    "DurableConfig",
    "DockerImageFunction",
    "EcrImageCode",
    "EventInvokeConfig",
    "EventInvokeConfigOptions",
    "EventInvokeConfigProps",
    "EventSourceMapping",
    "EventSourceMappingLogLevel",
    "EventSourceMappingOptions",
    "EventSourceMappingProps",
    "FilterCriteria",
    "FilterRule",
    "Function",
    "FunctionAttributes",
    "FunctionBase",
    "FunctionOptions",
    "FunctionProps",
    "FunctionUrl",
    "FunctionUrlAuthType",
    "FunctionUrlCorsOptions",
    "FunctionUrlOptions",
    "FunctionUrlProps",
    "Handler",
    "HttpMethod",
    "IAlias",
    "IDestination",
    "IEventSource",
    "IEventSourceDlq",
    "IEventSourceMapping",
    "IFunction",
    "ILayerVersion",
    "IVersion",
    "InlineCode",
    "InvokeMode",
    "LayerVersion",
    "LayerVersionAttributes",
    "LayerVersionOptions",
    "LayerVersionPermission",
    "LayerVersionProps",
    "LoggingFormat",
    "MetricType",
    "MetricsConfig",
    "Permission",
    "ProvisionedPollerConfig",
    "QualifiedFunctionBase",
    "RecursiveLoop",
    "Runtime",
    "RuntimeFamily",
    "RuntimeManagementMode",
    "S3Code",
    "SnapStartConf",
    "SourceAccessConfiguration",
    "SourceAccessConfigurationType",
    "StartingPosition",
    "SystemLogLevel",
    "TenancyConfig",
    "Tracing",
    "Version",
    "VersionAttributes",
    "VersionOptions",
    "VersionProps",
    "VersionWeight",
]
