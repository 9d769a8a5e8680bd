"""Running a benchmark app in a fresh `python` process."""

from __future__ import annotations

import os
import subprocess
import sys
import time


def run_fresh(app_file: str, *arguments: str, python: str = sys.executable) -> tuple[float, str]:
    """Wall seconds and standard output of `python app_file arguments...`, bytecode caching on."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    result = subprocess.run(
        [python, app_file, *arguments], env=env, check=True, capture_output=True, text=True
    )
    return time.perf_counter() - start, result.stdout
