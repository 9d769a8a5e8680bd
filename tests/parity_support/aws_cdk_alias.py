"""Run an app written for `aws_cdk` on this package: `aws_cdk` and `constructs` become aliases."""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import runpy
import sys
from types import ModuleType
from typing import Any

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


def context_of_case(case_dir: str) -> dict[str, Any] | None:
    """The context a case folder gives its app: `cdk.json`'s "context" or `context.json`, else None."""
    cdk_json = os.path.join(case_dir, "cdk.json")
    if os.path.isfile(cdk_json):
        with open(cdk_json, encoding="utf-8") as handle:
            context: dict[str, Any] = json.load(handle).get("context", {})
        return context
    context_json = os.path.join(case_dir, "context.json")
    if os.path.isfile(context_json):
        with open(context_json, encoding="utf-8") as handle:
            loaded: dict[str, Any] = json.load(handle)
        return loaded
    return None


def _set_environment(values: dict[str, str | None]) -> None:
    """Set each environment variable to its value, or remove it where the value is None."""
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def run_app(app_path: str, outdir: str, context: dict[str, Any] | None = None) -> None:
    """Run an aws_cdk app file with its cloud assembly going to `outdir`.

    `context` reaches the app as the cdk CLI passes a `cdk.json`: in `CDK_CONTEXT_JSON`.
    """
    install()
    overrides = {"CDK_OUTDIR": outdir, "CDK_CONTEXT_JSON": None if context is None else json.dumps(context)}
    previous = {name: os.environ.get(name) for name in overrides}
    _set_environment(overrides)
    saved_path = list(sys.path)
    sys.path.insert(0, os.path.dirname(os.path.abspath(app_path)))
    # Each app sees Runtime.ALL as a fresh process has it (functions on NODEJS_LATEST add to it).
    from apigwv2_integrations.aws_lambda import Runtime

    saved_runtimes = list(Runtime.ALL)
    try:
        runpy.run_path(app_path, run_name="__main__")
    finally:
        sys.path[:] = saved_path
        Runtime.ALL[:] = saved_runtimes
        _set_environment(previous)
