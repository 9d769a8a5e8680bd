"""Names a package exports from modules it loads only when a name is first used (PEP 562).

A package with hundreds of names (the generated L1 classes of a service) lists them in `__all__` and
for mypy under `if TYPE_CHECKING:`, and gets its `__getattr__` and `__dir__` from `lazy_exports`, so
`import` costs only the package's own module and `from package import CfnVPC` loads one module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

from .runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

__all__ = ["first_use_hooks", "lazy_exports", "load_exports"]

# package -> the `sources` of its `lazy_exports`, for every package made so far
_packages: dict[str, Mapping[str, str]] = {}
# Run with what a name gives when it is first looked up, before it is returned: the type checks wrap the
# classes of the modules that were just imported and the class looked up (type_checks adds its hook here).
first_use_hooks: list[Callable[[Any], None]] = []


def _absolute(package: str, source: str) -> str:
    if not source.startswith("."):
        return source
    base = package.split(".")
    level = len(source) - len(source.lstrip("."))
    return ".".join(base[: len(base) - level + 1]) + "." + source[level:]


def load_exports(select: Callable[[str], bool]) -> None:
    """Load every name the lazy packages export from a module `select` accepts (by absolute name).

    Packages that loading imports are loaded in turn, so the result is what importing every package
    in full would have loaded. For introspection (error messages listing classes), never on a hot path.
    """
    done: set[str] = set()
    while pending := [package for package in _packages if package not in done]:
        for package in pending:
            done.add(package)
            module = sys.modules.get(package)
            if module is None:
                continue  # a package whose import failed or was undone
            for name, source in list(_packages[package].items()):
                if select(_absolute(package, source)):
                    getattr(module, name)


def lazy_exports(
    package: str, sources: Mapping[str, str], *, submodules: bool = False
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of `package`, which exports each name of `sources` from its module.

    `sources` maps a name to the module that defines or exports it, absolute or relative to `package`
    (`".vpc"`, `"..cfn.aws_ec2"`). A name is imported on first access and then kept in the package's
    namespace, so later lookups cost nothing. With `submodules`, the package's public submodules are
    attributes too, imported on first access (aws_cdk's `cdk.aws_lambda.Function` without importing it).
    """
    namespace = vars(sys.modules[package])
    _packages[package] = sources

    def __getattr__(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            if name.startswith("_"):
                raise AttributeError(f"module {package!r} has no attribute {name!r}")  # probes of dunders
            if submodules:
                return _submodule(package, name, __dir__)
            raise _missing(package, name, __dir__())
        module_name = _absolute(package, source)
        module = sys.modules.get(module_name)
        if module is None:
            __import__(module_name)
            module = sys.modules[module_name]
        value = getattr(module, name)
        for hook in first_use_hooks:
            hook(value)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *sources, *(_public_submodules(package) if submodules else ())})

    return __getattr__, __dir__


def _missing(package: str, name: str, names: list[str]) -> AttributeError:
    from .errors import MissingNameError  # deferred: only a misspelt name needs it

    return MissingNameError(package, name, [n for n in names if not n.startswith("_")])


def _submodule(package: str, name: str, names: Callable[[], list[str]]) -> Any:
    """The submodule `name` of `package`, imported now; an AttributeError when there is none."""
    full_name = f"{package}.{name}"
    try:
        __import__(full_name)
    except ModuleNotFoundError as error:
        if error.name != full_name:
            raise  # the submodule exists and failed to import something of its own
        raise _missing(package, name, names()) from None
    module = sys.modules[full_name]
    for hook in first_use_hooks:
        hook(module)
    return module


def _public_submodules(package: str) -> list[str]:
    import pkgutil  # deferred: only dir() of the package lists its submodules

    return [info.name for info in pkgutil.iter_modules(sys.modules[package].__path__) if info.name[:1] != "_"]
