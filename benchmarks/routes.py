"""Benchmark: synth of an app with R Lambda-backed routes (50 per stack) plus a WebSocket API per stack.

    python benchmarks/routes.py [--routes 1 50 800 5000] [--runs 5]

Each measurement is a fresh `python` process that builds the app and writes the whole cloud
assembly; the table shows the median wall time and peak memory (RSS) over the runs. Bytecode
caching is on (as for any installed package), and one warm-up run fills the cache first.

The same app is measured, in the same run and alternating run by run, with troposphere (when
installed: `pip install '.[bench]'`), with plain `json` writing the same templates, and with aws_cdk
when `AWS_CDK_PYTHON` names a Python that has aws-cdk-lib installed. Apps of up to 50 routes get four
times the runs, apps above 1,000 routes half. `x troposphere` is the median of the run-by-run ratios
of this package's time to troposphere's (each pair ran back to back).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import sys
import tempfile

from _peer_apps import JSON_APP, TROPOSPHERE_APP
from _process import run_fresh

ROUTES_PER_STACK = 50

APP = f"""
import resource, sys
import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_

routes = int(sys.argv[1])
app = cdk.App(outdir=sys.argv[2])
for first in range(0, routes, {ROUTES_PER_STACK}):
    stack = cdk.Stack(app, f"Routes{{first // {ROUTES_PER_STACK}}}")
    api = apigwv2.HttpApi(stack, "HttpApi")
    for index in range(first, min(first + {ROUTES_PER_STACK}, routes)):
        fn = lambda_.Function(
            stack,
            f"Fn{{index}}",
            runtime=lambda_.Runtime.NODEJS_22_X,
            handler="index.handler",
            code=lambda_.Code.from_inline("exports.handler = async () => ({{ statusCode: 200 }});"),
        )
        api.add_routes(
            path=f"/items{{index}}",
            methods=[apigwv2.HttpMethod.GET],
            integration=integrations.HttpLambdaIntegration(f"Integration{{index}}", fn),
        )
    ws_fn = lambda_.Function(
        stack,
        "WsFn",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({{ statusCode: 200 }});"),
    )
    ws_integration = integrations.WebSocketLambdaIntegration("WsIntegration", ws_fn)
    ws = apigwv2.WebSocketApi(
        stack,
        "WsApi",
        connect_route_options=apigwv2.WebSocketRouteOptions(integration=ws_integration),
        disconnect_route_options=apigwv2.WebSocketRouteOptions(integration=ws_integration),
    )
    ws.add_route("sendmessage", integration=ws_integration)
app.synth()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def write_app(scratch: str, name: str, source: str) -> str:
    """Write an app's source into the scratch folder and return its path."""
    path = os.path.join(scratch, name)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(source)
    return path


def aws_cdk_source() -> str:
    """The same app for aws_cdk: only the imports differ."""
    return APP.replace("import apigwv2_integrations as cdk", "import aws_cdk as cdk").replace(
        "from apigwv2_integrations import", "from aws_cdk import"
    )


def contenders(scratch: str) -> list[tuple[str, str, str]]:
    """(column, python, app file) for every tool measured in this run."""
    found = [("this package", sys.executable, write_app(scratch, "app.py", APP))]
    if importlib.util.find_spec("troposphere") is not None:
        found.append(("troposphere", sys.executable, write_app(scratch, "tropo.py", TROPOSPHERE_APP)))
    found.append(("json alone", sys.executable, write_app(scratch, "plain.py", JSON_APP)))
    aws_cdk_python = os.environ.get("AWS_CDK_PYTHON")
    if aws_cdk_python:
        found.append(("aws_cdk", aws_cdk_python, write_app(scratch, "cdk_app.py", aws_cdk_source())))
    return found


def measure(
    routes: int, runs: int, scratch: str, tools: list[tuple[str, str, str]]
) -> tuple[dict[str, tuple[float, float]], dict[str, list[float]]]:
    """Median wall seconds and peak RSS (MiB) per tool, and each run's wall seconds; runs alternate
    between tools (paired)."""
    walls: dict[str, list[float]] = {name: [] for name, _, _ in tools}
    peaks: dict[str, list[float]] = {name: [] for name, _, _ in tools}
    for run in range(runs + 1):
        for name, python, app_file in tools:
            outdir = os.path.join(scratch, f"out-{len(walls[name])}-{run}-{name.replace(' ', '_')}")
            elapsed, output = run_fresh(app_file, str(routes), outdir, python=python)
            shutil.rmtree(outdir, ignore_errors=True)
            if run == 0:
                continue  # warm-up: fills the bytecode cache
            walls[name].append(elapsed)
            peaks[name].append(int(output.strip().splitlines()[-1]) / 1024)
    medians = {name: (statistics.median(walls[name]), statistics.median(peaks[name])) for name in walls}
    return medians, walls


def runs_for(routes: int, runs: int) -> int:
    """Small apps take a tenth of a second, where the machine's noise is largest: they get four times the
    runs; apps above 1,000 routes get half."""
    if routes <= 50:
        return 4 * runs
    return runs if routes <= 1000 else max(1, runs // 2)


def paired_ratio(walls: dict[str, list[float]]) -> float:
    """The median of the run-by-run ratios of this package's wall time to troposphere's: each pair ran
    back to back, so a slow spell of the machine slows both sides of it."""
    return statistics.median(
        ours / theirs for ours, theirs in zip(walls["this package"], walls["troposphere"], strict=True)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--routes", type=int, nargs="+", default=[1, 50, 800, 5000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        tools = contenders(scratch)
        # The ratio of this package's wall time to troposphere's, paired in the same run.
        with_ratio = any(name == "troposphere" for name, _, _ in tools)
        header = f"{'routes':>6}  " + "  ".join(f"{name + ' s / MiB':>24}" for name, _, _ in tools)
        print(header + (f"  {'x troposphere':>13}" if with_ratio else ""))
        for routes in args.routes:
            results, walls = measure(routes, runs_for(routes, args.runs), scratch, tools)
            cells = "  ".join(f"{f'{wall:.3f} / {peak:.0f}':>24}" for wall, peak in results.values())
            ratio = f"  {paired_ratio(walls):>13.2f}" if with_ratio else ""
            print(f"{routes:>6}  {cells}{ratio}", flush=True)


if __name__ == "__main__":
    main()
