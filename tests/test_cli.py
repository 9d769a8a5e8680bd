"""The command line: `python -m apigwv2_integrations synth APP.py [--out DIR] [--debug]` and `--help`."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from apigwv2_integrations.__main__ import main

GOOD_APP = """
from apigwv2_integrations import App, Annotations, CfnOutput, CfnResource, Stack
app = App()
stack = Stack(app, "Queues")
queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
CfnResource(stack, "Dlq", type="AWS::SQS::Queue")
CfnOutput(stack, "QueueUrl", value=queue.ref)
Annotations.of(queue).add_warning("a warning for the user")
app.synth()
"""

INVALID_APP = """
from apigwv2_integrations import App, CfnResource, Construct, Stack
class Checked:
    def validate(self):
        return ["needs a name"]
app = App()
stack = Stack(app, "Broken")
group = Construct(stack, "Group")
group.node.add_validation(Checked())
app.synth()
"""

BUGGY_APP = """
from apigwv2_integrations import App
App()
raise TypeError("a bug in the app itself")
"""


@pytest.fixture
def write_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], str]:
    monkeypatch.chdir(tmp_path)
    for variable in ("CDK_OUTDIR", "CDK_CONTEXT_JSON"):
        monkeypatch.delenv(variable, raising=False)

    def write(name: str, source: str) -> str:
        (tmp_path / name).write_text(source)
        return name

    return write


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    """`python -m apigwv2_integrations ARGUMENTS` in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "apigwv2_integrations", *arguments], capture_output=True, text=True
    )


def test_help_explains_the_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: python -m apigwv2_integrations [-h] COMMAND ...")
    assert "synth" in result.stdout
    assert "Validation errors are printed without a traceback (use --debug)." in result.stdout


def test_synth_writes_the_assembly_and_prints_the_table(
    write_app, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["synth", write_app("app.py", GOOD_APP), "--out", "out"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "stack   resources  outputs  template",
        "------  ---------  -------  ------------------------",
        "Queues  2          1        out/Queues.template.json",
    ]
    assert captured.err == "warning: Queues/Queue: a warning for the user\n"
    assert sorted(os.listdir("out")) == [
        "Queues.assets.json",
        "Queues.metadata.json",
        "Queues.template.json",
        "cdk.out",
        "manifest.json",
        "tree.json",
    ]


def test_several_apps_go_to_one_folder_each(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = write_app("first.py", GOOD_APP), write_app("second.py", GOOD_APP)
    assert main(["synth", first, second, "--out", "many"]) == 0
    rows = capsys.readouterr().out.splitlines()[2:]
    assert [row.split()[-1] for row in rows] == [
        "many/first/Queues.template.json",
        "many/second/Queues.template.json",
    ]


def test_the_default_out_folder_is_cdk_out(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["synth", write_app("app.py", GOOD_APP)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("cdk.out/Queues.template.json")
    assert os.path.isfile("cdk.out/manifest.json")


def test_validation_errors_are_printed_without_a_traceback(write_app: Callable[[str, str], str]) -> None:
    result = run_cli("synth", write_app("bad.py", INVALID_APP))
    assert result.returncode == 1
    assert result.stderr == (
        "error: bad.py: synthesis failed with 1 validation error:\n  Broken/Group: needs a name\n"
    )
    assert result.stdout == ""
    assert not os.path.exists("cdk.out")


def test_debug_shows_the_traceback(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["synth", write_app("bad.py", INVALID_APP), "--debug"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("Traceback (most recent call last):")
    assert error.endswith("  Broken/Group: needs a name\n")


def test_one_failing_app_does_not_stop_the_others(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    bad, good = write_app("bad.py", INVALID_APP), write_app("good.py", GOOD_APP)
    assert main(["synth", bad, good, "--out", "out"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1].split()[-1] == "out/good/Queues.template.json"
    assert "error: bad.py: synthesis failed" in captured.err
    assert not os.path.exists("out/bad")


def test_a_bug_in_the_app_keeps_its_traceback(write_app: Callable[[str, str], str]) -> None:
    result = run_cli("synth", write_app("buggy.py", BUGGY_APP))
    assert result.returncode == 1
    assert "Traceback (most recent call last):" in result.stderr
    assert result.stderr.endswith("TypeError: a bug in the app itself\n")


def test_an_app_without_synth_call_is_synthesized_by_the_cli(
    write_app, capsys: pytest.CaptureFixture[str]
) -> None:
    source = GOOD_APP.replace("app.synth()\n", "")
    assert main(["synth", write_app("nosynth.py", source), "--out", "out"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Queues  2          1")


def test_synth_without_an_app_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["synth"])
    assert exit_info.value.code == 2
    assert "the following arguments are required: APP.py" in capsys.readouterr().err
