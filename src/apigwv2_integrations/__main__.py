"""Command line: `python -m apigwv2_integrations synth|ls [APP.py ...] [-c KEY=VALUE ...] [--out DIR]`."""

from __future__ import annotations

import argparse
import os
import runpy
import sys
import traceback
from collections.abc import Mapping, Sequence

from ._cli_context import CliError, Project, app_file_run
from .core import app as app_module
from .core import error_report
from .core.errors import ArgumentTypeError, SynthesisError, ValidationError
from .core.runtime_typing import TYPE_CHECKING
from .core.synthesis.assembly import CloudAssembly, CloudFormationStackArtifact

if TYPE_CHECKING:
    from typing import Any

_DESCRIPTION = """\
Synthesize apps written with apigwv2_integrations into cloud assemblies.

An app file builds an App and its stacks (and usually calls app.synth()). Each app's cloud
assembly (manifest.json, tree.json, <Stack>.template.json, <Stack>.assets.json; the stacks of
each Stage in assembly-<Stage>/) is written to --out DIR; with several app files, each goes to
DIR/<app file name>/ (DIR/<folder>-<name>/ when two files have the same name). A table of the
stacks is printed at the end. Validation errors are printed without a traceback (use --debug).

Without APP.py, the app file is the one that the `app` command of ./cdk.json runs, as with
`cdk synth`. Context is read as the cdk CLI reads it: ~/.cdk.json, ./cdk.context.json,
./cdk.json (its "context") and -c KEY=VALUE, each overriding the ones before; the app gets it
in CDK_CONTEXT_JSON. The cdk.json of the current directory is read also when APP.py is given."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m apigwv2_integrations",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "apps", nargs="*", metavar="APP.py", help="app files to run (default: the app of ./cdk.json)"
    )
    common.add_argument(
        "-c",
        "--context",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="add a context value (a string; repeatable); overrides cdk.json and cdk.context.json",
    )
    common.add_argument(
        "--out", metavar="DIR", help="output folder (default: the 'output' of ./cdk.json, else cdk.out)"
    )
    common.add_argument("--debug", action="store_true", help="show tracebacks for validation errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser(
        "synth",
        parents=[common],
        help="synthesize app files into cloud assemblies",
        description="Synthesize app files into cloud assemblies and print a table of stacks.",
    )
    commands.add_parser(
        "ls",
        parents=[common],
        help="list the stacks of app files, as `cdk ls` prints them",
        description=(
            "Synthesize app files and print one line per stack, stacks of stages included, as `cdk ls` "
            "does: the display name (construct path), then the stack name in parentheses when it differs."
        ),
    )
    serve = commands.add_parser(
        "serve",
        help="serve the app's HTTP and WebSocket APIs on localhost",
        description="Run the app's APIs locally, one port per API from --port; reload when its files change. "
        "Needs the local extra: pip install 'apigwv2_integrations[local]'.",
    )
    serve.add_argument("app", metavar="APP.py", help="app file to run")
    serve.add_argument("--port", type=int, default=3000, help="first port (default: 3000; 0: any free port)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--no-reload", action="store_true", help="do not reload when the app's files change")
    return parser


def run_app_file(path: str, outdir: str, context: Mapping[str, Any] | None = None) -> list[CloudAssembly]:
    """Run one app file with its assembly going to `outdir`; return the assemblies of its apps.

    `context`, when given and not empty, reaches the app in CDK_CONTEXT_JSON (as the cdk CLI passes it).
    """
    first_new = len(app_module.created_apps)
    with app_file_run(path, outdir, context):
        runpy.run_path(path, run_name="__main__")
        apps = app_module.created_apps[first_new:]
        folders = [os.path.abspath(app.outdir) for app in apps]
        shared = sorted({folder for folder in folders if folders.count(folder) > 1})
        if shared:
            raise CliError(
                f"{len(apps)} Apps write to the same folder {os.path.relpath(shared[0])}; "
                "give each App its own outdir=..."
            )
        return [app.synth() for app in apps]


def _table(rows: list[tuple[str, str, str, str]]) -> str:
    header = ("stack", "resources", "outputs", "template")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def output_folders(paths: Sequence[str], out: str) -> list[str]:
    """One output folder per app file: `out` for one file, else `out/<name>`, never the same twice.

    Files with the same name in different folders (`a/app.py`, `b/app.py`) get `out/a-app`, `out/b-app`
    (their path below the folder they share, '/' written as '-').
    """
    if len(paths) == 1:
        return [out]
    absolute = [os.path.abspath(p) for p in paths]
    stems = [os.path.splitext(os.path.basename(p))[0] for p in absolute]
    common = os.path.commonpath([os.path.dirname(p) for p in absolute])
    names: list[str] = []
    for path, stem in zip(absolute, stems, strict=True):
        if stems.count(stem) > 1:
            stem = os.path.splitext(os.path.relpath(path, common))[0].replace(os.sep, "-")
        name, number = stem, 2
        while name in names:
            name, number = f"{stem}-{number}", number + 1
        names.append(name)
    return [os.path.join(out, name) for name in names]


def _synthesize_files(
    paths: Sequence[str], out: str, context: Mapping[str, Any], debug: bool
) -> tuple[list[tuple[str, list[CloudFormationStackArtifact]]], int]:
    """Run each app file; return its stacks (every stage included) and the exit status."""
    results: list[tuple[str, list[CloudFormationStackArtifact]]] = []
    status = 0
    unique = list(dict.fromkeys(paths))
    for path, outdir in zip(unique, output_folders(unique, out), strict=True):
        try:
            if not os.path.isfile(path):
                raise CliError(f"no such app file: {path}")
            assemblies = run_app_file(path, outdir, context)
            if not assemblies:
                raise CliError("creates no App; an app file builds an App (app = App()) and its stacks")
            stacks = [stack for assembly in assemblies for stack in assembly.stacks_recursively]
            if not stacks:
                raise CliError("its App has no stacks; add a Stack to the App (or to a Stage in it)")
        except (SynthesisError, ValidationError, ArgumentTypeError, SyntaxError, CliError) as error:
            if debug:
                traceback.print_exc()
            else:
                print(f"error: {path}: {error_report.describe(error)}", file=sys.stderr)
            status = 1
            continue
        for assembly in assemblies:
            for warning_path, message in assembly.warnings:
                print(f"warning: {warning_path}: {message}", file=sys.stderr)
        results.append((path, stacks))
    return results, status


def synth(paths: Sequence[str], out: str, debug: bool, context: Mapping[str, Any] | None = None) -> int:
    """Synthesize each app file and print the table of stacks; return the exit status."""
    results, status = _synthesize_files(paths, out, context or {}, debug)
    rows = [
        (
            stack.hierarchical_id,
            str(len(stack.template.get("Resources", {}))),
            str(len(stack.template.get("Outputs", {}))),
            os.path.relpath(stack.template_full_path),
        )
        for _, stacks in results
        for stack in stacks
    ]
    if rows:
        print(_table(rows))
    return status


def list_stacks(paths: Sequence[str], out: str, debug: bool, context: Mapping[str, Any] | None = None) -> int:
    """Print the stacks of each app file as `cdk ls` does; return the exit status."""
    results, status = _synthesize_files(paths, out, context or {}, debug)
    for _, stacks in results:
        for stack in stacks:
            same = stack.hierarchical_id == stack.stack_name
            print(stack.hierarchical_id if same else f"{stack.hierarchical_id} ({stack.stack_name})")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the command line."""
    args = _parser().parse_args(argv)
    if args.command == "serve":
        # Imported here: the server needs the optional `local` extra (aiohttp), which other commands do not.
        from .local.cli import serve_main

        return serve_main(args.app, host=args.host, port=args.port, reload=not args.no_reload)
    try:
        project = Project(".", args.context)
        paths = args.apps or [project.app_file()]
    except CliError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    out = args.out or project.output or "cdk.out"
    command = list_stacks if args.command == "ls" else synth
    return command(paths, out, args.debug, project.context)


if __name__ == "__main__":
    sys.exit(main())
