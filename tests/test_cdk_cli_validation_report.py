"""The real `cdk` CLI prints the app's template validation report itself, so the app leaves it to the CLI.

Like `tests/test_cdk_cli.py`, this needs the CLI in .tools/cdk-cli (`make cdk-cli`) and skips without npm."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cdk_cli import CDK, cdk

pytestmark = pytest.mark.skipif(shutil.which("npm") is None, reason="npm (Node.js) is not installed")

APP = """
from apigwv2_integrations import App, CfnOutput, CfnResource, Stack
app = App()
CfnOutput(Stack(app, "OnlyOutputs", analytics_reporting=False), "O", value="x")
CfnResource(Stack(app, "Queues"), "Queue", type="AWS::SQS::Queue")
app.synth()
"""

FINDING = (
    "WARNING Resources section must exist and be non-empty (CloudFormation Validate)\n"
    "   OnlyOutputs aws-cdk-lib.Stack\n"
    "   Acknowledge with 'CloudFormation-Validate::F0001'\n"
)


@pytest.fixture
def app_dir(tmp_path: Path) -> Path:
    assert CDK.exists(), "the aws-cdk CLI is not in .tools/cdk-cli; run `make cdk-cli` (make test does)"
    (tmp_path / "app.py").write_text(APP)
    return tmp_path


def _cdk_synth_stderr(app_dir: Path) -> str:
    """What `cdk synth` prints on standard error (its standard output is the template)."""
    result = subprocess.run(
        [str(CDK), "synth", "--quiet", "--no-notices", "--app", f"{sys.executable} app.py"],
        cwd=app_dir,
        env={
            **{k: v for k, v in os.environ.items() if k not in ("CDK_OUTDIR", "CDK_CONTEXT_JSON")},
            "CDK_DISABLE_VERSION_CHECK": "1",
            "CDK_DISABLE_CLI_TELEMETRY": "true",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_cdk_synth_prints_a_finding_once(app_dir: Path) -> None:
    printed = _cdk_synth_stderr(app_dir)
    assert printed.count(FINDING) == 1
    assert "A copy of this report" not in printed


def test_under_the_strict_flag_only_the_stacks_asked_for_fail(app_dir: Path) -> None:
    app = f"{sys.executable} app.py"
    strict = ("-c", "@aws-cdk/core:validateAgainstDefaultRules=true")
    assert cdk("ls", *strict, "--app", app, cwd=app_dir).splitlines() == ["OnlyOutputs", "Queues"]
    assert "Resources:" in cdk("synth", "Queues", *strict, "--app", app, cwd=app_dir)
