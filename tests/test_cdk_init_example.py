"""examples/cdk_init_app: a project as `cdk init` makes it, synthesized with its cdk.json context.

Its template is aws-cdk-lib's for the same app (the aws_cdk imports, the same context), its own unit tests
pass, and the only warning is the one for the flag this package does not implement.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations.core import app as app_module
from tests.cfn_lint import cfn_lint_errors
from tests.parity_support.aws_cdk_alias import context_of_case, run_app
from tests.test_parity import apply_documented_differences, normalize, stack_artifact_facts

PROJECT_DIR = Path(__file__).parent.parent / "examples" / "cdk_init_app"
REFERENCE_DIR = Path(__file__).parent / "data" / "cdk_init_app"
TEMPLATE = "CdkInitAppStack.template.json"


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, str]]]:
    """The assembly folder and the synth warnings of the project, synthesized once."""
    outdir = tmp_path_factory.mktemp("cdk_init_app")
    apps_before = len(app_module.created_apps)
    run_app(str(PROJECT_DIR / "app.py"), str(outdir), context_of_case(str(PROJECT_DIR)))
    apps = app_module.created_apps[apps_before:]
    warnings = [w for app in apps if app._assembly is not None for w in app._assembly.warnings]
    return outdir, warnings


def _template(outdir: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((outdir / TEMPLATE).read_text())
    return loaded


def test_template_matches_aws_cdk_lib(synthesized: tuple[Path, list[tuple[str, str]]]) -> None:
    outdir, _ = synthesized
    expected = normalize(json.loads((REFERENCE_DIR / TEMPLATE).read_text()))
    apply_documented_differences(REFERENCE_DIR, TEMPLATE, expected)
    assert normalize(_template(outdir)) == expected


def test_manifest_stack_facts_match_aws_cdk_lib(synthesized: tuple[Path, list[tuple[str, str]]]) -> None:
    outdir, _ = synthesized
    expected = stack_artifact_facts(json.loads((REFERENCE_DIR / "manifest.json").read_text()))
    assert stack_artifact_facts(json.loads((outdir / "manifest.json").read_text())) == expected


def test_template_snapshot(
    synthesized: tuple[Path, list[tuple[str, str]]], snapshot_json: SnapshotAssertion
) -> None:
    outdir, _ = synthesized
    assert _template(outdir) == snapshot_json


def test_template_passes_cfn_lint(synthesized: tuple[Path, list[tuple[str, str]]]) -> None:
    outdir, _ = synthesized
    assert cfn_lint_errors((outdir / TEMPLATE).read_text()) == []


def test_no_flag_of_the_cdk_init_context_is_warned_about(
    synthesized: tuple[Path, list[tuple[str, str]]],
) -> None:
    _, warnings = synthesized
    assert warnings == []


def test_project_unit_tests_pass() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
