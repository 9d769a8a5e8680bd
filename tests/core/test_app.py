"""App: outdir, context and synth (core/app.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from apigwv2_integrations import App, CfnResource, Construct, Stack, Stage, ValidationError
from apigwv2_integrations.core.errors import SynthesisError


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("CDK_OUTDIR", "CDK_CONTEXT_JSON", "CONTEXT_OVERFLOW_LOCATION_ENV"):
        monkeypatch.delenv(variable, raising=False)


def test_outdir_defaults_to_cdk_out() -> None:
    assert App(auto_synth=False).outdir == "cdk.out"


def test_outdir_comes_from_cdk_outdir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CDK_OUTDIR", str(tmp_path))
    assert App(auto_synth=False).outdir == str(tmp_path)
    assert App(auto_synth=False, outdir="given").outdir == "given"


def test_context_from_the_constructor_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDK_CONTEXT_JSON", json.dumps({"from-env": 1, "both": "env"}))
    app = App(context={"from-props": 2, "both": "props"})
    stack = Stack(app, "S")
    assert [stack.node.try_get_context(k) for k in ("from-env", "from-props", "both")] == [1, 2, "env"]


def test_context_from_an_overflow_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    overflow = tmp_path / "context-overflow.json"
    overflow.write_text(json.dumps({"big": "x" * 1000}))
    monkeypatch.setenv("CONTEXT_OVERFLOW_LOCATION_ENV", str(overflow))
    assert App().node.try_get_context("big") == "x" * 1000


def test_post_cli_context_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDK_CONTEXT_JSON", json.dumps({"k": "env"}))
    assert App(post_cli_context={"k": "final"}).node.try_get_context("k") == "final"


def test_synth_returns_the_assembly_and_a_second_call_the_same(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    CfnResource(Stack(app, "S"), "Q", type="AWS::SQS::Queue")
    assert not app.is_synthesized
    assembly = app.synth()
    assert app.is_synthesized and app.synth() is assembly
    assert assembly.directory == str(tmp_path / "out")
    assert [s.stack_name for s in assembly.stacks] == ["S"]


def test_synth_again_after_the_tree_changed_is_an_error(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    CfnResource(stack, "Q", type="AWS::SQS::Queue")
    CfnResource(stack, "T", type="AWS::SNS::Topic")
    assembly = app.synth()
    group = Construct(stack, "Group")
    CfnResource(group, "Inner", type="AWS::SQS::Queue")
    stack.node.try_remove_child("T")
    CfnResource(Stack(app, "Other"), "Q", type="AWS::SQS::Queue")
    with pytest.raises(ValidationError) as error:
        app.synth()
    assert str(error.value) == (
        "synth() was called again after the construct tree changed (-S/T, +Other, +S/Group); the first "
        "synth() wrote the assembly without these changes: build the whole tree before calling synth() once, "
        "or pass force=True to synthesize again"
    )
    assert app.synth(error_on_duplicate_synth=False) is assembly
    assert sorted(app.synth(force=True).get_stack_by_name("S").template["Resources"]) == [
        "GroupInner92CB7A4B",
        "Q",
    ]
    assert app.synth() is not assembly


def test_synth_again_after_a_construct_came_and_went_returns_the_first_assembly(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    nested = Stack(Stage(app, "Beta"), "B")
    assembly = app.synth()
    Construct(stack, "Scratch")
    stack.node.try_remove_child("Scratch")
    # A nested stage's constructs are its own: the App's second synth() does not look at them.
    Construct(nested, "Late")
    assert app.synth() is assembly


def test_skip_validation_skips_the_constructs_own_validations(tmp_path: Path) -> None:
    class Failing:
        def validate(self) -> list[str]:
            return ["always wrong"]

    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    CfnResource(stack, "Q", type="AWS::SQS::Queue")
    stack.node.add_validation(Failing())
    assembly = app.synth(skip_validation=True, aspect_stabilization=True)
    assert [s.stack_name for s in assembly.stacks] == ["S"]
    with pytest.raises(SynthesisError, match="always wrong"):
        app.synth(force=True)


def test_validate_on_synthesis_marks_the_stack_artifacts(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    CfnResource(Stack(app, "S"), "Q", type="AWS::SQS::Queue")
    app.synth(validate_on_synthesis=True, error_on_duplicate_synth=False, skip_validation=False)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["artifacts"]["S"]["properties"]["validateOnSynth"] is True
    plain = App(outdir=str(tmp_path / "plain"))
    CfnResource(Stack(plain, "S"), "Q", type="AWS::SQS::Queue")
    plain.synth()
    manifest = json.loads((tmp_path / "plain" / "manifest.json").read_text())
    assert manifest["artifacts"]["S"]["properties"]["validateOnSynth"] is False


def test_is_app() -> None:
    app = App()
    assert (App.is_app(app), App.is_app(Stack(app, "S"))) == (True, False)


AUTO_SYNTH_APP = """
from apigwv2_integrations import App, CfnResource, Construct, Stack
app = App()
stack = Stack(app, "S")
CfnResource(stack, "Q", type="AWS::SQS::Queue")
{ending}
"""


def run_under_cli(tmp_path: Path, ending: str) -> subprocess.CompletedProcess[str]:
    """Run an app file without synth() call the way the cdk CLI does: CDK_OUTDIR set."""
    script = tmp_path / "app.py"
    script.write_text(AUTO_SYNTH_APP.format(ending=ending))
    environment = {**os.environ, "CDK_OUTDIR": str(tmp_path / "out")}
    return subprocess.run([sys.executable, str(script)], env=environment, capture_output=True, text=True)


def test_an_app_under_the_cli_is_synthesized_at_exit(tmp_path: Path) -> None:
    result = run_under_cli(tmp_path, "")
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads((tmp_path / "out" / "S.template.json").read_text())["Resources"] == {
        "Q": {"Type": "AWS::SQS::Queue"}
    }


def test_an_app_that_raises_is_not_synthesized_at_exit(tmp_path: Path) -> None:
    result = run_under_cli(tmp_path, "raise RuntimeError('boom')")
    assert result.returncode == 1
    assert result.stderr.endswith("RuntimeError: boom\n")
    assert not (tmp_path / "out").exists()


def test_a_failed_synthesis_at_exit_fails_the_process(tmp_path: Path) -> None:
    ending = "class Broken:\n    def validate(self):\n        return ['broken']\nConstruct(stack, 'G').node.add_validation(Broken())"
    result = run_under_cli(tmp_path, ending)
    assert (result.returncode, result.stderr) == (
        1,
        "error: synthesis failed with 1 validation error:\n  S/G: broken\n",
    )
    assert not (tmp_path / "out").exists()


def test_synth_into_a_file_is_an_error(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    app = App(outdir=str(target))
    CfnResource(Stack(app, "S"), "Q", type="AWS::SQS::Queue")
    with pytest.raises(ValidationError) as error:
        app.synth()
    assert str(error.value) == (
        f"outdir={str(target)!r} is a file; the cloud assembly is written into a folder, so pass the path of a "
        "folder (or of one to create)"
    )
