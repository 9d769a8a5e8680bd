"""Runs the build command of `Code.from_custom_command` while the app is built."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping, Sequence

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

# The spawn options aws_cdk passes on that mean the same to Python's subprocess.
_OPTIONS = ("cwd", "env", "shell", "timeout")
_OUTPUT_SHOWN = 2000


def run_build_command(command: Sequence[str], options: Mapping[str, Any] | None) -> None:
    """Run `command`; a command that cannot run, fails or times out is a ValidationError."""
    if not command:
        raise ValidationError(
            None, "command=[] is empty; pass the program and its arguments, e.g. ['make', 'build']"
        )
    options = dict(options or {})
    unknown = sorted(set(options) - set(_OPTIONS))
    if unknown:
        raise ValidationError(
            None, f"command_options has {unknown}, which this package does not pass on; use {list(_OPTIONS)}"
        )
    timeout = options.get("timeout")
    arguments: Any = " ".join(command) if options.get("shell") else list(command)
    try:
        result = subprocess.run(
            arguments,
            cwd=options.get("cwd"),
            env=options.get("env"),
            shell=bool(options.get("shell")),
            timeout=timeout / 1000 if timeout else None,
            capture_output=True,
            text=True,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ValidationError(
            None, f"command={list(command)!r} did not run: {error}; check the command"
        ) from error
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip()[-_OUTPUT_SHOWN:]
        raise ValidationError(
            None,
            f"command={list(command)!r} exited with status {result.returncode}; fix the build"
            + (f" (its output ends: {output})" if output else ""),
        )
