"""Context and app command for the command line, read as the `cdk` CLI reads them.

Sources, from lowest to highest precedence (a key in a later source wins), as `cdk synth` of
aws-cdk CLI 2.1149.0 merges them:

1. `~/.cdk.json`, its `context` object (when the file exists);
2. `cdk.context.json` in the current directory (the cached lookups);
3. `cdk.json` in the current directory, its `context` object;
4. `-c KEY=VALUE` / `--context KEY=VALUE` options, in order (the value is always a string).

The merged object reaches the app in the `CDK_CONTEXT_JSON` environment variable, as the `cdk` CLI
passes it. `cdk.json`'s `app` command names the app file to run when none is given.
`app_file_run` is the setting an app file runs in, for the command line and the local server alike.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import sys
from collections.abc import Iterator, Mapping, Sequence

from .core import app as app_module
from .core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

PROJECT_CONFIG = "cdk.json"
PROJECT_CONTEXT = "cdk.context.json"
USER_DEFAULTS = "~/.cdk.json"


class CliError(Exception):
    """A problem with the command line or the project files: printed as `error: ...`, exit status 1."""


def read_json_object(path: str) -> dict[str, Any]:
    """The JSON object in `path`; a clear error when it is not valid JSON or not an object."""
    try:
        with open(path, encoding="utf-8") as handle:
            loaded = json.load(handle)
    except json.JSONDecodeError as error:
        raise CliError(
            f"{path}: not valid JSON ({error.msg} at line {error.lineno} column {error.colno})"
        ) from None
    if not isinstance(loaded, dict):
        raise CliError(f"{path}: holds a {type(loaded).__name__}; it must hold a JSON object")
    return loaded


def _context_of(path: str, settings: dict[str, Any]) -> dict[str, Any]:
    context = settings.get("context", {})
    if not isinstance(context, dict):
        raise CliError(f"{path}: 'context' is {context!r}; it must be a JSON object")
    return context


def parse_context_options(options: Sequence[str]) -> dict[str, str]:
    """`KEY=VALUE` strings (split at the first '=') as a dict; a clear error for any other form."""
    parsed: dict[str, str] = {}
    for option in options:
        key, equals, value = option.partition("=")
        if not equals or not key:
            raise CliError(f"--context {option!r}: write it as KEY=VALUE, for example -c stage=prod")
        parsed[key] = value
    return parsed


def _in(directory: str, name: str) -> str:
    return name if directory == "." else os.path.join(directory, name)


class Project:
    """The `cdk.json` settings of a directory and the merged context, as the `cdk` CLI builds them."""

    def __init__(self, directory: str = ".", context_options: Sequence[str] = ()) -> None:
        self.directory = directory
        config_path = _in(directory, PROJECT_CONFIG)
        self.config_path: str | None = config_path if os.path.isfile(config_path) else None
        self.config: dict[str, Any] = read_json_object(config_path) if self.config_path else {}
        context: dict[str, Any] = {}
        user_path = os.path.expanduser(USER_DEFAULTS)
        if os.path.isfile(user_path):
            context.update(_context_of(user_path, read_json_object(user_path)))
        cached_path = _in(directory, PROJECT_CONTEXT)
        if os.path.isfile(cached_path):
            context.update(read_json_object(cached_path))
        if self.config_path:
            context.update(_context_of(self.config_path, self.config))
        context.update(parse_context_options(context_options))
        self.context = context

    @property
    def output(self) -> str | None:
        """`cdk.json`'s `output` folder, if set."""
        value = self.config.get("output")
        return value if isinstance(value, str) and value else None

    def app_file(self) -> str:
        """The Python file that `cdk.json`'s `app` command runs (`python3 app.py` gives `app.py`)."""
        if self.config_path is None:
            raise CliError(
                "no app file given and no cdk.json in the current directory; "
                "pass APP.py or run in a folder with a cdk.json"
            )
        command = self.config.get("app")
        if not isinstance(command, str) or not command.strip():
            raise CliError(
                f"{self.config_path}: 'app' is {command!r}; set it to a command like 'python3 app.py'"
            )
        words = shlex.split(command)
        index = next((i for i, word in enumerate(words) if word.endswith(".py")), None)
        if index is None or not any(os.path.basename(w).startswith("python") for w in words[:index]):
            raise CliError(
                f"{self.config_path}: app command {command!r} does not run a Python file; "
                "only commands of the form 'python3 APP.py' can be run here"
            )
        return _in(self.directory, words[index])


@contextlib.contextmanager
def app_file_run(path: str, outdir: str, context: Mapping[str, Any] | None = None) -> Iterator[None]:
    """The setting an app file runs in: its folder first on `sys.path`, `CDK_OUTDIR` set to `outdir`,
    `CDK_CONTEXT_JSON` to `context` (when given and not empty) and no synthesis at exit; all restored after.
    """
    saved_environment = {
        name: os.environ.get(name) for name in (app_module.OUTDIR_ENV, app_module.CONTEXT_ENV)
    }
    previous_auto_synth = app_module.auto_synth_enabled
    os.environ[app_module.OUTDIR_ENV] = outdir
    if context:
        os.environ[app_module.CONTEXT_ENV] = json.dumps(dict(context))
    app_module.auto_synth_enabled = False
    saved_path = list(sys.path)
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    try:
        yield
    finally:
        sys.path[:] = saved_path
        app_module.auto_synth_enabled = previous_auto_synth
        for name, value in saved_environment.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
