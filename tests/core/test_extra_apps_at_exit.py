"""Apps that the program does not synthesize itself (core/app.py, core/stack.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROGRAM = """
from apigwv2_integrations import App, CfnResource, Stack
app = App()
CfnResource(Stack(app, "Main"), "Q", type="AWS::SQS::Queue")
{extra}
app.synth()
"""


def run_with_outdir(tmp_path: Path, extra: str) -> subprocess.CompletedProcess[str]:
    """Run a program the way the cdk CLI does (CDK_OUTDIR set) and let its exit handlers run."""
    script = tmp_path / "app.py"
    script.write_text(PROGRAM.format(extra=extra))
    environment = {**os.environ, "CDK_OUTDIR": str(tmp_path / "out")}
    environment.pop("CDK_CONTEXT_JSON", None)
    return subprocess.run([sys.executable, str(script)], env=environment, capture_output=True, text=True)


def stack_artifacts(tmp_path: Path) -> list[str]:
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    return [
        name
        for name, artifact in manifest["artifacts"].items()
        if artifact["type"] == "aws:cloudformation:stack"
    ]


def test_an_extra_app_does_not_overwrite_the_synthesized_assembly_at_exit(tmp_path: Path) -> None:
    result = run_with_outdir(tmp_path, 'App(context={"key": "value"})')
    assert (result.returncode, result.stderr) == (0, "")
    assert stack_artifacts(tmp_path) == ["Main"]


def test_a_stack_without_scope_is_not_synthesized_at_exit(tmp_path: Path) -> None:
    extra = 'CfnResource(Stack(), "Loose", type="AWS::SNS::Topic")'
    result = run_with_outdir(tmp_path, extra)
    assert (result.returncode, result.stderr) == (0, "")
    assert stack_artifacts(tmp_path) == ["Main"]
    assert not (tmp_path / "out" / "Default.template.json").exists()


def test_a_failed_synth_the_program_caught_is_not_made_again_at_exit(tmp_path: Path) -> None:
    # As with aws_cdk: the program handled the failure, so it ends as it chooses (here with status 0).
    script = tmp_path / "app.py"
    script.write_text(
        "from apigwv2_integrations import App, CfnOutput, Stack\n"
        "class Failing:\n"
        "    def validate(self):\n"
        "        return ['always wrong']\n"
        "app = App()\n"
        "stack = Stack(app, 'Main')\n"
        "CfnOutput(stack, 'Out', value='x')\n"
        "stack.node.add_validation(Failing())\n"
        "try:\n"
        "    app.synth()\n"
        "except Exception as error:\n"
        "    print('caught', type(error).__name__)\n"
    )
    environment = {**os.environ, "CDK_OUTDIR": str(tmp_path / "out")}
    environment.pop("CDK_CONTEXT_JSON", None)
    result = subprocess.run([sys.executable, str(script)], env=environment, capture_output=True, text=True)
    assert (result.returncode, result.stdout, result.stderr) == (0, "caught SynthesisError\n", "")
    assert not (tmp_path / "out").exists()
