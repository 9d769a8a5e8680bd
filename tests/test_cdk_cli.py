"""The real `cdk` CLI (npm package aws-cdk) reads the cloud assemblies we write.

`make test` installs the CLI into .tools/cdk-cli with npm. Only a machine without npm (and so without
Node.js) skips this module; where npm exists, a missing CLI is a failure that says how to install it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CDK = Path(__file__).parent.parent / ".tools" / "cdk-cli" / "node_modules" / ".bin" / "cdk"

pytestmark = pytest.mark.skipif(shutil.which("npm") is None, reason="npm (Node.js) is not installed")


@pytest.fixture(autouse=True)
def _cli_installed() -> None:
    assert CDK.exists(), "the aws-cdk CLI is not in .tools/cdk-cli; run `make cdk-cli` (make test does)"


APP = """
from apigwv2_integrations import App, CfnOutput, CfnResource, Stack
app = App()
producer = Stack(app, "Producer")
queue = CfnResource(producer, "Queue", type="AWS::SQS::Queue")
consumer = Stack(app, "Consumer", stack_name="consumer-stack")
CfnOutput(consumer, "QueueArn", value=queue.get_att("Arn").to_string())
app.synth()
"""


def cdk(*arguments: str, cwd: Path) -> str:
    """Run the CLI offline (no notices, version check or telemetry) and return its standard output."""
    environment = {
        **os.environ,
        "CDK_DISABLE_VERSION_CHECK": "1",
        "CDK_DISABLE_CLI_TELEMETRY": "true",
    }
    for variable in ("CDK_OUTDIR", "CDK_CONTEXT_JSON"):
        environment.pop(variable, None)
    result = subprocess.run(
        [str(CDK), *arguments, "--no-notices"], cwd=cwd, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def app_dir(tmp_path: Path) -> Path:
    (tmp_path / "app.py").write_text(APP)
    return tmp_path


def test_cdk_ls_reads_an_assembly_we_wrote(app_dir: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "apigwv2_integrations", "synth", "app.py", "--out", "assembly"],
        cwd=app_dir,
        check=True,
        capture_output=True,
    )
    assert cdk("ls", "--app", "assembly", cwd=app_dir).splitlines() == [
        "Producer",
        "Consumer (consumer-stack)",
    ]


def test_cdk_synth_runs_the_app_and_prints_our_template(app_dir: Path) -> None:
    printed = json.loads(cdk("synth", "--app", f"{sys.executable} app.py", "--json", "Consumer", cwd=app_dir))
    written = json.loads((app_dir / "cdk.out" / "Consumer.template.json").read_text())
    assert (
        printed["Outputs"]
        == written["Outputs"]
        == {"QueueArn": {"Value": {"Fn::ImportValue": "Producer:ExportsOutputFnGetAttQueueArn042C0F02"}}}
    )
    manifest = json.loads((app_dir / "cdk.out" / "manifest.json").read_text())
    assert manifest["artifacts"]["Consumer"]["dependencies"] == ["Producer", "Consumer.assets"]


STAGE_APP = """
from apigwv2_integrations import App, CfnOutput, CfnResource, Construct, Environment, Stack, Stage
app = App()
CfnResource(Stack(app, "Tooling"), "Queue", type="AWS::SQS::Queue")
prod = Stage(app, "Prod", env=Environment(account="123456789012", region="eu-west-1"))
producer = Stack(prod, "Producer")
queue = CfnResource(producer, "Queue", type="AWS::SQS::Queue")
consumer = Stack(prod, "Consumer", stack_name="prod-consumer")
CfnOutput(consumer, "QueueArn", value=queue.get_att("Arn").to_string())
cell = Stage(prod, "Cell")
CfnResource(Stack(Construct(cell, "Group"), "Worker"), "Queue", type="AWS::SQS::Queue")
app.synth()
"""

STAGE_STACKS = [
    "Tooling",
    "Prod/Producer (Prod-Producer)",
    "Prod/Consumer (prod-consumer)",
    "Prod/Cell/Group/Worker (Prod-Cell-GroupWorkerE7AB0A95)",
]


@pytest.fixture
def stage_app_dir(tmp_path: Path) -> Path:
    (tmp_path / "app.py").write_text(STAGE_APP)
    return tmp_path


def test_cdk_ls_reads_nested_assemblies_we_wrote(stage_app_dir: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "apigwv2_integrations", "synth", "app.py", "--out", "assembly"],
        cwd=stage_app_dir,
        check=True,
        capture_output=True,
    )
    assert cdk("ls", "--app", "assembly", cwd=stage_app_dir).splitlines() == STAGE_STACKS
    ours = subprocess.run(
        [sys.executable, "-m", "apigwv2_integrations", "ls", "app.py", "--out", "assembly"],
        cwd=stage_app_dir,
        check=True,
        capture_output=True,
        text=True,
    )
    assert ours.stdout.splitlines() == STAGE_STACKS


def test_cdk_synth_runs_a_stage_app_and_prints_stacks_of_stages(stage_app_dir: Path) -> None:
    app = f"{sys.executable} app.py"
    assert cdk("ls", "--app", app, cwd=stage_app_dir).splitlines() == STAGE_STACKS
    printed = json.loads(cdk("synth", "--app", app, "--json", "Prod/Consumer", cwd=stage_app_dir))
    nested = stage_app_dir / "cdk.out" / "assembly-Prod"
    written = json.loads((nested / "ProdConsumerB9729712.template.json").read_text())
    assert (
        printed["Outputs"]
        == written["Outputs"]
        == {"QueueArn": {"Value": {"Fn::ImportValue": "Prod-Producer:ExportsOutputFnGetAttQueueArn042C0F02"}}}
    )
    deep = json.loads(cdk("synth", "--app", app, "--json", "Prod/Cell/Group/Worker", cwd=stage_app_dir))
    assert list(deep["Resources"]) == ["Queue"]
    manifest = json.loads((stage_app_dir / "cdk.out" / "manifest.json").read_text())
    assert manifest["artifacts"]["assembly-Prod"] == {
        "type": "cdk:cloud-assembly",
        "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"},
    }
