"""Where the time of a synth goes: CPU seconds per phase for the app of routes.py, in this process.

    python benchmarks/route_phases.py [--routes 800] [--runs 3]

Phases: importing the package, building the construct tree, rendering the templates (aspects,
validation, token resolution, logical IDs), making the assembly's files (template JSON, tree.json,
manifests) and writing them. Each run is a fresh process (bytecode caching on); the table shows the
median CPU time of each phase (less sensitive than wall time to other work on the machine) and the
peak memory (RSS). Compile the package first (`python -m compileall -q src`) when bytecode is off.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile

from _process import run_fresh
from routes import APP

PHASES = ("import", "build", "render", "files", "write")

_IMPORTS, _BUILD = APP.split("routes = int(sys.argv[1])")

PHASED_APP = (
    "import time\n"
    "_clock = [time.process_time()]\n"
    "_phases = []\n"
    "def _lap():\n"
    "    now = time.process_time()\n"
    "    _phases.append(now - _clock[0])\n"
    "    _clock[0] = now\n"
    + _IMPORTS
    + "from apigwv2_integrations.core.synthesis import assembly as _assembly, rendering as _rendering\n"
    "import json as _json\n"
    "_lap()\n"
    "routes = int(sys.argv[1])"
    + _BUILD.replace("app.synth()", "_lap()")
    .replace("print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)", "")
    .rstrip()
    + "\n"
    "import gc as _gc\n"
    "_gc.disable()  # as app.synth() does\n"
    "_rendered = _rendering.render_app(app)\n"
    "_lap()\n"
    "_files, _ = _assembly.build_assembly(app, _rendered, sys.argv[2])\n"
    "_lap()\n"
    "_assembly.write_assembly(sys.argv[2], _files, {})\n"
    "_gc.enable()\n"
    "_lap()\n"
    "print(_json.dumps([_phases, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss]))\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--routes", type=int, nargs="+", default=[800])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        app_file = f"{scratch}/phases.py"
        with open(app_file, "w", encoding="utf-8") as handle:
            handle.write(PHASED_APP)
        print(f"{'routes':>6}  " + "  ".join(f"{name:>7}" for name in PHASES) + "    total  peak MiB")
        for routes in args.routes:
            samples: list[list[float]] = []
            peaks: list[float] = []
            for run in range(args.runs + 1):
                _, output = run_fresh(app_file, str(routes), f"{scratch}/out-{run}")
                phases, peak = json.loads(output.strip().splitlines()[-1])
                if run:  # the first run fills the bytecode cache
                    samples.append(phases)
                    peaks.append(peak / 1024)
            medians = [statistics.median(sample[i] for sample in samples) for i in range(len(PHASES))]
            cells = "  ".join(f"{value:7.3f}" for value in medians)
            print(f"{routes:>6}  {cells}  {sum(medians):7.3f}  {statistics.median(peaks):8.1f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
