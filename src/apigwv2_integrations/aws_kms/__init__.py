"""AWS Key Management Service: keys, aliases and grants, and every `Cfn*` class of the service."""

from ..cfn.aws_kms import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_kms import *  # noqa: F403
    from ._types import IKey
    from .alias import Alias, AliasAttributes, AliasProps, IAlias
    from .key import Key, KeyBase, KeyGrants, KeyLookupOptions, KeyProps, KeySpec, KeyUsage
    from .via_service_principal import ViaServicePrincipal
else:
    _L2_SOURCES = {
        "._types": ("IKey",),
        ".alias": ("Alias", "AliasAttributes", "AliasProps", "IAlias"),
        ".key": ("Key", "KeyBase", "KeyGrants", "KeyLookupOptions", "KeyProps", "KeySpec", "KeyUsage"),
        ".via_service_principal": ("ViaServicePrincipal",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_kms"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "Alias",
    "AliasAttributes",
    "AliasProps",
    "IAlias",
    "IKey",
    "Key",
    "KeyBase",
    "KeyGrants",
    "KeyLookupOptions",
    "KeyProps",
    "KeySpec",
    "KeyUsage",
    "ViaServicePrincipal",
]
