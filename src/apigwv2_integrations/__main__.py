"""Command line: `python -m apigwv2_integrations synth APP.py [APP.py ...] [--out DIR]`."""

from __future__ import annotations

import argparse
import os
import runpy
import sys
import traceback
from collections.abc import Sequence

from .core import app as app_module
from .core.errors import SynthesisError, ValidationError
from .core.synthesis.assembly import CloudAssembly

_DESCRIPTION = """\
Synthesize apps written with apigwv2_integrations into cloud assemblies.

An app file builds an App and its stacks (and usually calls app.synth()). Each app's cloud
assembly (manifest.json, tree.json, <Stack>.template.json, <Stack>.assets.json) is written to
--out DIR; with several app files, each goes to DIR/<app file name>/. A table of the stacks
is printed at the end. Validation errors are printed without a traceback (use --debug)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m apigwv2_integrations",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    synth = commands.add_parser(
        "synth",
        help="synthesize app files into cloud assemblies",
        description="Synthesize app files into cloud assemblies and print a table of stacks.",
    )
    synth.add_argument("apps", nargs="+", metavar="APP.py", help="app files to run")
    synth.add_argument("--out", default="cdk.out", metavar="DIR", help="output folder (default: cdk.out)")
    synth.add_argument("--debug", action="store_true", help="show tracebacks for validation errors")
    return parser


def run_app_file(path: str, outdir: str) -> list[CloudAssembly]:
    """Run one app file with its assembly going to `outdir`; return the assemblies of its apps."""
    first_new = len(app_module.created_apps)
    previous_outdir = os.environ.get(app_module.OUTDIR_ENV)
    previous_auto_synth = app_module.auto_synth_enabled
    os.environ[app_module.OUTDIR_ENV] = outdir
    app_module.auto_synth_enabled = False
    saved_path = list(sys.path)
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    try:
        runpy.run_path(path, run_name="__main__")
        return [app.synth() for app in app_module.created_apps[first_new:]]
    finally:
        sys.path[:] = saved_path
        app_module.auto_synth_enabled = previous_auto_synth
        if previous_outdir is None:
            os.environ.pop(app_module.OUTDIR_ENV, None)
        else:
            os.environ[app_module.OUTDIR_ENV] = previous_outdir


def _table(rows: list[tuple[str, str, str, str]]) -> str:
    header = ("stack", "resources", "outputs", "template")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def synth(paths: Sequence[str], out: str, debug: bool) -> int:
    """Synthesize each app file and print the table of stacks; return the exit status."""
    rows: list[tuple[str, str, str, str]] = []
    status = 0
    for path in paths:
        outdir = out if len(paths) == 1 else os.path.join(out, os.path.splitext(os.path.basename(path))[0])
        try:
            assemblies = run_app_file(path, outdir)
        except (SynthesisError, ValidationError) as error:
            if debug:
                traceback.print_exc()
            else:
                print(f"error: {path}: {error}", file=sys.stderr)
            status = 1
            continue
        for assembly in assemblies:
            for warning_path, message in assembly.warnings:
                print(f"warning: {warning_path}: {message}", file=sys.stderr)
            for stack in assembly.stacks:
                template = stack.template
                rows.append(
                    (
                        stack.display_name,
                        str(len(template.get("Resources", {}))),
                        str(len(template.get("Outputs", {}))),
                        os.path.relpath(stack.template_full_path),
                    )
                )
    if rows:
        print(_table(rows))
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the command line."""
    args = _parser().parse_args(argv)
    return synth(args.apps, args.out, args.debug)


if __name__ == "__main__":
    sys.exit(main())
