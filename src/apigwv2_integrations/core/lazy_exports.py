"""Names a package exports from modules it loads only when a name is first used (PEP 562).

A package with hundreds of names (the generated L1 classes of a service) lists them in `__all__` and
for mypy under `if TYPE_CHECKING:`, and gets its `__getattr__` and `__dir__` from `lazy_exports`, so
`import` costs only the package's own module and `from package import CfnVPC` loads one module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str, sources: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of `package`, which exports each name of `sources` from its module.

    `sources` maps a name to the module that defines or exports it, absolute or relative to `package`
    (`".vpc"`, `"..cfn.aws_ec2"`). A name is imported on first access and then kept in the package's
    namespace, so later lookups cost nothing.
    """
    namespace = vars(sys.modules[package])
    base = package.split(".")

    def absolute(source: str) -> str:
        if not source.startswith("."):
            return source
        level = len(source) - len(source.lstrip("."))
        return ".".join(base[: len(base) - level + 1]) + "." + source[level:]

    def __getattr__(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module_name = absolute(source)
        module = sys.modules.get(module_name)
        if module is None:
            __import__(module_name)
            module = sys.modules[module_name]
        value = getattr(module, name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *sources})

    return __getattr__, __dir__
