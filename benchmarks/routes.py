"""Benchmark: synth of an app with R Lambda-backed routes (50 per stack) plus a WebSocket API per stack.

    python benchmarks/routes.py [--routes 1 50 200 800] [--runs 5]

Each measurement is a fresh `python` process that builds the app and writes the whole cloud
assembly; the table shows the median wall time and peak memory (RSS) over the runs. Bytecode
caching is on (as for any installed package), and one warm-up run fills the cache first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile

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


def measure(routes: int, runs: int) -> tuple[float, float]:
    """Median wall seconds and median peak RSS (MiB) of `runs` fresh processes."""
    with tempfile.TemporaryDirectory() as scratch:
        app_file = os.path.join(scratch, "app.py")
        with open(app_file, "w", encoding="utf-8") as handle:
            handle.write(APP)
        walls: list[float] = []
        peaks: list[float] = []
        for run in range(runs + 1):
            outdir = os.path.join(scratch, f"out{run}")
            elapsed, output = run_fresh(app_file, str(routes), outdir)
            if run == 0:
                continue  # warm-up: fills the bytecode cache
            walls.append(elapsed)
            peaks.append(int(output.strip().splitlines()[-1]) / 1024)
    return statistics.median(walls), statistics.median(peaks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--routes", type=int, nargs="+", default=[1, 50, 200, 800])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'routes':>6}  {'stacks':>6}  {'wall s (median)':>15}  {'peak MiB':>8}")
    for routes in args.routes:
        wall, peak = measure(routes, args.runs)
        stacks = -(-routes // ROUTES_PER_STACK)
        print(f"{routes:>6}  {stacks:>6}  {wall:>15.3f}  {peak:>8.1f}")


if __name__ == "__main__":
    main()
