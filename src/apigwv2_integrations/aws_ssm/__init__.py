"""AWS Systems Manager: Parameter Store parameters (created, imported, read at deployment or looked up at
synth), their grants, and every `Cfn*` class of the service."""

from ..cfn.aws_ssm import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_ssm import *  # noqa: F403
    from .parameter import (
        CommonStringParameterAttributes,
        IParameter,
        IStringListParameter,
        IStringParameter,
        ListParameterAttributes,
        ParameterDataType,
        ParameterOptions,
        ParameterTier,
        ParameterType,
        ParameterValueType,
        SecureStringParameterAttributes,
        StringListParameter,
        StringListParameterProps,
        StringParameter,
        StringParameterAttributes,
        StringParameterLookupOptions,
        StringParameterProps,
    )
else:
    _L2_SOURCES = {
        ".parameter": (
            "CommonStringParameterAttributes",
            "IParameter",
            "IStringListParameter",
            "IStringParameter",
            "ListParameterAttributes",
            "ParameterDataType",
            "ParameterOptions",
            "ParameterTier",
            "ParameterType",
            "ParameterValueType",
            "SecureStringParameterAttributes",
            "StringListParameter",
            "StringListParameterProps",
            "StringParameter",
            "StringParameterAttributes",
            "StringParameterLookupOptions",
            "StringParameterProps",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_ssm"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "CommonStringParameterAttributes",
    "IParameter",
    "IStringListParameter",
    "IStringParameter",
    "ListParameterAttributes",
    "ParameterDataType",
    "ParameterOptions",
    "ParameterTier",
    "ParameterType",
    "ParameterValueType",
    "SecureStringParameterAttributes",
    "StringListParameter",
    "StringListParameterProps",
    "StringParameter",
    "StringParameterAttributes",
    "StringParameterLookupOptions",
    "StringParameterProps",
]
