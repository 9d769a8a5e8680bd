"""Run an app written for `aws_cdk` on this package: `aws_cdk` and `constructs` become aliases."""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import runpy
import sys
from types import ModuleType

_TARGET = "apigwv2_integrations"
_ALIASES = ("aws_cdk", "constructs")


def _real_name(fullname: str) -> str | None:
    if fullname == "jsii":
        return f"{_TARGET}.jsii"
    for alias in _ALIASES:
        if fullname == alias or fullname.startswith(alias + "."):
            return _TARGET + fullname[len(alias) :]
    return None


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, real_name: str) -> None:
        self.real_name = real_name

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(self.real_name)

    def exec_module(self, module: ModuleType) -> None:
        module.__spec__ = importlib.util.find_spec(self.real_name)


class AliasFinder(importlib.abc.MetaPathFinder):
    """Resolves `aws_cdk.X` to `apigwv2_integrations.X` (the same module object)."""

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        real = _real_name(fullname)
        if real is None:
            return None
        spec = importlib.util.find_spec(real)
        if spec is None:
            return None
        return importlib.machinery.ModuleSpec(
            fullname, _AliasLoader(real), is_package=spec.submodule_search_locations is not None
        )


def install() -> None:
    """Put the alias finder first on `sys.meta_path` (once)."""
    if not any(isinstance(finder, AliasFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, AliasFinder())


def run_app(app_path: str, outdir: str) -> None:
    """Run an aws_cdk app file with its cloud assembly going to `outdir`."""
    install()
    previous = os.environ.get("CDK_OUTDIR")
    os.environ["CDK_OUTDIR"] = outdir
    saved_path = list(sys.path)
    sys.path.insert(0, os.path.dirname(os.path.abspath(app_path)))
    try:
        runpy.run_path(app_path, run_name="__main__")
    finally:
        sys.path[:] = saved_path
        if previous is None:
            os.environ.pop("CDK_OUTDIR", None)
        else:
            os.environ["CDK_OUTDIR"] = previous
