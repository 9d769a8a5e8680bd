"""`import jsii` in an app moved from aws_cdk, on a machine where the jsii package is not installed.

aws_cdk apps import `jsii` for `@jsii.implements(IAspect)`. Once this package is imported, that import
finds the package's own `jsii` module (`apigwv2_integrations.jsii`), so such an app runs with only its
`aws_cdk` and `constructs` imports changed. An installed jsii always wins: this finder is asked last.
"""

from __future__ import annotations

import sys
import types
from _frozen_importlib import ModuleSpec  # importlib.machinery's, without loading importlib
from collections.abc import Sequence

__all__ = ["install_jsii_fallback"]

_JSII_MODULE = __name__.split(".")[0] + ".jsii"
_own_specs: dict[str, ModuleSpec | None] = {}


class _JsiiFallback:
    """Finder and loader of the top-level name `jsii`, answered with this package's `jsii` module."""

    @classmethod
    def find_spec(
        cls, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != "jsii" or path is not None:
            return None
        return ModuleSpec(fullname, cls)  # type: ignore[arg-type]  # the class is its own loader

    @staticmethod
    def create_module(spec: ModuleSpec) -> types.ModuleType:
        __import__(_JSII_MODULE)
        module = sys.modules[_JSII_MODULE]
        _own_specs[module.__name__] = module.__spec__
        return module

    @staticmethod
    def exec_module(module: types.ModuleType) -> None:
        # The module ran under its own name; importlib gave it the alias's spec: give its own back.
        module.__spec__ = _own_specs[module.__name__]


def install_jsii_fallback() -> None:
    """Let `import jsii` find this package's `jsii` module when nothing else finds one."""
    if _JsiiFallback not in sys.meta_path:
        sys.meta_path.append(_JsiiFallback)
