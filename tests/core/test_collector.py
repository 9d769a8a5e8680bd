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


def test_synthesis_leaves_no_young_objects_for_a_collection_to_traverse() -> None:
    # The rendered assembly is long-lived: after synth it is in the oldest generation, so the allocations
    # that follow do not start a collection that would only promote it.
    code = (
        "import gc, sys, tempfile, apigwv2_integrations as cdk\n"
        "gc.set_threshold(1000, 10, 10)\n"
        "app = cdk.App(outdir=tempfile.mkdtemp())\n"
        "for i in range(20):\n"
        "    cdk.CfnResource(cdk.Stack(app, f'S{i}'), 'T', type='AWS::SNS::Topic')\n"
        "after_synth, collections = [False], []\n"
        "gc.callbacks.append(lambda phase, info: after_synth[0] and collections.append(phase))\n"
        "app.synth()\n"
        "after_synth[0] = True\n"
        "objects = [[] for _ in range(100)]\n"
        "after_synth[0] = False\n"
        "print(collections)\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"
