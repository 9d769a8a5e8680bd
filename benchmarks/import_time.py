"""Benchmark: import time of the package and its heaviest subpackages, each in a fresh interpreter.

    python benchmarks/import_time.py [--repeat 10]

Each measurement is a fresh `python -c` process that times its one `import` with `time.perf_counter`
(a subpackage's time includes the top-level package it pulls in). The `python -c pass` row is the
bare interpreter start-up, timed from outside. The table shows the median and the fastest run.
Bytecode caching is on (as for any installed package), and one warm-up run fills the cache first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

MODULES = [
    "apigwv2_integrations",
    "apigwv2_integrations.aws_apigatewayv2",
    "apigwv2_integrations.aws_apigatewayv2_integrations",
    "apigwv2_integrations.aws_ec2",
]

CHILD = "import time; start = time.perf_counter(); import {module}; print(time.perf_counter() - start)"


def run(code: str, env: dict[str, str]) -> tuple[float, str]:
    """Wall seconds of one `python -c code` process and what it printed."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    return time.perf_counter() - start, result.stdout


def measure(code: str | None, repeat: int) -> list[float]:
    """Seconds over `repeat` fresh processes: the import as timed inside, or (no code) the bare start-up."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times: list[float] = []
    for attempt in range(repeat + 1):
        wall, stdout = run(code or "pass", env)
        if attempt == 0:
            continue  # warm-up: fills the bytecode cache
        times.append(float(stdout) if code else wall)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    width = max(len(module) for module in MODULES)
    print(f"{'import':<{width}}  {'median ms':>9}  {'min ms':>7}")
    rows = [("(python -c pass)", None)] + [(module, CHILD.format(module=module)) for module in MODULES]
    for name, code in rows:
        times = measure(code, args.repeat)
        print(f"{name:<{width}}  {statistics.median(times) * 1000:>9.1f}  {min(times) * 1000:>7.1f}")


if __name__ == "__main__":
    main()
