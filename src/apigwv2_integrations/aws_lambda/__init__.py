"""AWS Lambda: functions, their code, runtimes, permissions, versions and aliases."""

from ..cfn.aws_lambda import *  # noqa: F403
from ..cfn.aws_lambda import __all__ as _cfn_all
from .alias import Alias, AliasAttributes, AliasOptions, AliasProps, IAlias, VersionWeight
from .architecture import Architecture
from .code import AssetCode, Code, CodeConfig, CodeLocation, InlineCode, S3Code
from .destination import DestinationConfig, DestinationOptions, DestinationType, IDestination
from .event_invoke_config import EventInvokeConfig, EventInvokeConfigOptions, EventInvokeConfigProps
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
from .function_url import FunctionUrlAuthType
from .lambda_version import IVersion, Version, VersionAttributes, VersionOptions, VersionProps
from .layers import ILayerVersion, LayerVersion, LayerVersionAttributes
from .permission import Permission
from .runtime import Runtime, RuntimeFamily
from .snapstart_config import SnapStartConf

__all__ = [
    *_cfn_all,
    "Alias",
    "AliasAttributes",
    "AliasOptions",
    "AliasProps",
    "ApplicationLogLevel",
    "Architecture",
    "AssetCode",
    "Code",
    "CodeConfig",
    "CodeLocation",
    "DestinationConfig",
    "DestinationOptions",
    "DestinationType",
    "EventInvokeConfig",
    "EventInvokeConfigOptions",
    "EventInvokeConfigProps",
    "Function",
    "FunctionAttributes",
    "FunctionBase",
    "FunctionOptions",
    "FunctionProps",
    "FunctionUrlAuthType",
    "IAlias",
    "IDestination",
    "IFunction",
    "ILayerVersion",
    "IVersion",
    "InlineCode",
    "LayerVersion",
    "LayerVersionAttributes",
    "LoggingFormat",
    "Permission",
    "QualifiedFunctionBase",
    "RecursiveLoop",
    "Runtime",
    "RuntimeFamily",
    "S3Code",
    "SnapStartConf",
    "SystemLogLevel",
    "Tracing",
    "Version",
    "VersionAttributes",
    "VersionOptions",
    "VersionProps",
    "VersionWeight",
]
