"""Amazon Bedrock: foundation models and imported provisioned models to grant invocation of, and every
`Cfn*` class."""

from ..cfn.aws_bedrock import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_bedrock import *  # noqa: F403
    from .foundation_model import FoundationModel, FoundationModelIdentifier
    from .model_base import IModel
    from .provisioned_model import ProvisionedModel
else:
    _L2_SOURCES = {
        ".foundation_model": ("FoundationModel", "FoundationModelIdentifier"),
        ".model_base": ("IModel",),
        ".provisioned_model": ("ProvisionedModel",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_bedrock"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "FoundationModel",
    "FoundationModelIdentifier",
    "IModel",
    "ProvisionedModel",
]
