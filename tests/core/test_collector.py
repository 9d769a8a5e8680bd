"""The collector settings the package makes (core/collector.py), each in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _thresholds_after_import(before: str) -> str:
    code = f"import gc; {before}; import apigwv2_integrations; print(gc.get_threshold())"
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_importing_the_package_raises_the_first_threshold_from_the_default() -> None:
    assert _thresholds_after_import("pass") == "(250000, 10, 10)"


@pytest.mark.parametrize("default", ["(700, 10, 10)", "(2000, 10, 10)"])
def test_every_pythons_default_counts_as_the_default(default: str) -> None:
    # 700 up to Python 3.12, 2000 from 3.13: the package behaves the same on each.
    assert _thresholds_after_import(f"gc.set_threshold(*{default})") == "(250000, 10, 10)"


def test_a_process_that_chose_its_thresholds_keeps_them() -> None:
    assert _thresholds_after_import("gc.set_threshold(500, 5, 5)") == "(500, 5, 5)"


def test_the_first_app_raises_it_again_when_the_process_reset_it() -> None:
    code = (
        "import gc; import apigwv2_integrations as cdk; gc.set_threshold(700, 10, 10); "
        "cdk.App(); print(gc.get_threshold())"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "(250000, 10, 10)"


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_a_collection_that_frees_nothing_makes_the_next_four_times_later_up_to_a_cap() -> None:
    code = (
        "import gc; import apigwv2_integrations; seen = []\n"
        "for _ in range(4):\n"
        "    gc.collect(0); seen.append(gc.get_threshold()[0])\n"
        "print(seen)"
    )
    assert _run(code) == "[1000000, 4000000, 4000000, 4000000]"


def test_a_collection_that_frees_garbage_leaves_the_threshold() -> None:
    code = (
        "import gc; import apigwv2_integrations\n"
        "for _ in range(5000):\n"
        "    a = []; a.append(a)\n"
        "del a; gc.collect(0); print(gc.get_threshold())"
    )
    assert _run(code) == "(250000, 10, 10)"


def test_the_thresholds_of_a_process_that_chose_them_do_not_grow() -> None:
    code = "import gc; gc.set_threshold(500, 5, 5); import apigwv2_integrations; gc.collect(0); print(gc.get_threshold())"
    assert _run(code) == "(500, 5, 5)"
