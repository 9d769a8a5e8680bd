"""Benchmark: the instructions a whole process executes for `routes.py`'s app, counted by callgrind.

    python benchmarks/instructions.py [--routes 1 50]

Wall time on a shared or virtual machine varies by several per cent from run to run; the count of
instructions does not (under 0.1 %), so it tells whether a change made the package do less, where a
wall-time comparison needs dozens of paired runs. It is not a time: code that touches more memory runs
fewer instructions per second, so the wall-time table of `routes.py` stays the measure of the goals.
Needs valgrind; without it the benchmark says so and stops. Each app runs once normally first, so
bytecode caches are filled and the count is that of an installed package.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

from _process import run_fresh
from routes import contenders


def instructions(python: str, app_file: str, routes: int, scratch: str) -> int:
    """The instructions (callgrind's `Ir`) of one run of `python app_file routes outdir`."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    outdir = os.path.join(scratch, "out")
    command = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={os.path.join(scratch, 'callgrind.out')}",
        python,
        app_file,
        str(routes),
        outdir,
    ]
    result = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    shutil.rmtree(outdir, ignore_errors=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count:\n{result.stderr}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--routes", type=int, nargs="+", default=[1, 50])
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction counts")
        return
    with tempfile.TemporaryDirectory() as scratch:
        tools = [tool for tool in contenders(scratch) if tool[0] != "aws_cdk"]
        with_ratio = any(name == "troposphere" for name, _, _ in tools)
        header = f"{'routes':>6}  " + "  ".join(f"{name + ' Minstr':>22}" for name, _, _ in tools)
        print(header + (f"  {'x troposphere':>13}" if with_ratio else ""))
        for routes in args.routes:
            counts = {}
            for name, python, app_file in tools:
                run_fresh(app_file, str(routes), os.path.join(scratch, "warm-up"), python=python)
                counts[name] = instructions(python, app_file, routes, scratch)
            cells = "  ".join(f"{count / 1e6:>22.1f}" for count in counts.values())
            ratio = f"  {counts['this package'] / counts['troposphere']:>13.2f}" if with_ratio else ""
            print(f"{routes:>6}  {cells}{ratio}", flush=True)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
