"""The collector settings the package makes (core/collector.py), each in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys


def _thresholds_after_import(before: str) -> str:
    code = f"import gc; {before}; import apigwv2_integrations; print(gc.get_threshold())"
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_importing_the_package_raises_the_first_threshold_from_the_default() -> None:
    assert _thresholds_after_import("pass") == "(250000, 10, 10)"


def test_a_process_that_chose_its_thresholds_keeps_them() -> None:
    assert _thresholds_after_import("gc.set_threshold(500, 5, 5)") == "(500, 5, 5)"


def test_the_first_app_raises_it_again_when_the_process_reset_it() -> None:
    code = (
        "import gc; import apigwv2_integrations as cdk; gc.set_threshold(700, 10, 10); "
        "cdk.App(); print(gc.get_threshold())"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "(250000, 10, 10)"
