"""The command line: `python -m apigwv2_integrations synth APP.py [--out DIR] [--debug]` and `--help`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from apigwv2_integrations.__main__ import main, output_folders

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
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("CDK_OUTDIR", "CDK_CONTEXT_JSON"):
        monkeypatch.delenv(variable, raising=False)

    def write(name: str, source: str) -> str:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
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
    assert "list the stacks of app files, as `cdk ls` prints them" in result.stdout
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
        "validation-report.json",
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
        "  at bad.py:10: app.synth()\n"
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


def test_synth_without_an_app_file_or_cdk_json_is_an_error(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["synth"]) == 1
    assert capsys.readouterr().err == (
        "error: no app file given and no cdk.json in the current directory; "
        "pass APP.py or run in a folder with a cdk.json\n"
    )


CONTEXT_APP = """
from apigwv2_integrations import App, CfnOutput, CfnResource, Stack
app = App()
stack = Stack(app, "Context")
CfnResource(stack, "Queue", type="AWS::SQS::Queue")
for key in ("home", "cached", "project", "cli", "extra", "pair"):
    CfnOutput(stack, key.capitalize(), value=str(app.node.try_get_context(key)))
"""


def outputs(template_path: str) -> dict[str, str]:
    """The values of a template's Outputs."""
    template = json.loads(Path(template_path).read_text())
    return {key: output["Value"] for key, output in template["Outputs"].items()}


def test_synth_without_app_runs_the_app_of_cdk_json_with_its_context_sources_in_cdk_order(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    write_app("project.py", CONTEXT_APP)
    write_app(
        "home/.cdk.json", json.dumps({"context": {"home": "home", "cached": "home", "project": "home"}})
    )
    write_app("cdk.context.json", json.dumps({"cached": "cached", "project": "cached", "cli": "cached"}))
    write_app(
        "cdk.json",
        json.dumps(
            {"app": "python3 project.py", "output": "build", "context": {"project": "project", "cli": 1}}
        ),
    )
    assert main(["synth", "-c", "cli=from-cli", "--context", "pair=a=b", "-c", "extra=2"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].split() == [
        "Context",
        "1",
        "6",
        "build/Context.template.json",
    ]
    assert outputs("build/Context.template.json") == {
        "Home": "home",
        "Cached": "cached",
        "Project": "project",
        "Cli": "from-cli",
        "Extra": "2",
        "Pair": "a=b",
    }
    assert "CDK_CONTEXT_JSON" not in os.environ


def test_an_app_file_given_still_gets_the_context_of_the_current_directory(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    app = write_app("apps/context_app.py", CONTEXT_APP)
    write_app("cdk.json", json.dumps({"app": "python3 other.py", "context": {"project": "here"}}))
    assert main(["synth", app]) == 0
    assert outputs("cdk.out/Context.template.json")["Project"] == "here"
    assert capsys.readouterr().err == ""


def test_the_app_gets_the_merged_context_in_cdk_context_json(write_app: Callable[[str, str], str]) -> None:
    write_app("app.py", "import json, os\nprint(os.environ['CDK_CONTEXT_JSON'])\n" + CONTEXT_APP)
    write_app("cdk.json", json.dumps({"app": "python3 app.py", "context": {"project": True}}))
    result = run_cli("synth", "-c", "cli=x")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0]) == {"project": True, "cli": "x"}


@pytest.mark.parametrize(
    ("cdk_json", "message"),
    [
        (
            "{",
            "error: cdk.json: not valid JSON (Expecting property name enclosed in double quotes at line 1 column 2)",
        ),
        ("[]", "error: cdk.json: holds a list; it must hold a JSON object"),
        ('{"context": []}', "error: cdk.json: 'context' is []; it must be a JSON object"),
        ("{}", "error: cdk.json: 'app' is None; set it to a command like 'python3 app.py'"),
        (
            '{"app": "node bin/app.js"}',
            "error: cdk.json: app command 'node bin/app.js' does not run a Python file; "
            "only commands of the form 'python3 APP.py' can be run here",
        ),
    ],
)
def test_a_bad_cdk_json_is_a_clear_error(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str], cdk_json: str, message: str
) -> None:
    write_app("cdk.json", cdk_json)
    assert main(["synth"]) == 1
    assert capsys.readouterr().err == message + "\n"


def test_a_context_option_without_equals_is_a_clear_error(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["synth", write_app("app.py", GOOD_APP), "-c", "stage"]) == 1
    assert capsys.readouterr().err == (
        "error: --context 'stage': write it as KEY=VALUE, for example -c stage=prod\n"
    )


def test_apps_with_the_same_file_name_go_to_different_folders(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_app("one/app.py", GOOD_APP)
    second = write_app("two/app.py", GOOD_APP.replace('"Queues"', '"Other"'))
    third = write_app("app.py", GOOD_APP.replace('"Queues"', '"Top"'))
    assert main(["synth", first, second, third, first, "--out", "many"]) == 0
    rows = capsys.readouterr().out.splitlines()[2:]
    assert [(row.split()[0], row.split()[-1]) for row in rows] == [
        ("Queues", "many/one-app/Queues.template.json"),
        ("Other", "many/two-app/Other.template.json"),
        ("Top", "many/app/Top.template.json"),
    ]


def test_output_folders_never_repeat() -> None:
    assert output_folders(["a/app.py", "a-app.py", "b/app.py"], "out") == [
        os.path.join("out", "a-app"),
        os.path.join("out", "a-app-2"),
        os.path.join("out", "b-app"),
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("x = 1\n", "creates no App; an app file builds an App (app = App()) and its stacks"),
        (
            "from apigwv2_integrations import App, Stage\nStage(App(), 'Empty')\n",
            "its App has no stacks; add a Stack to the App (or to a Stage in it)",
        ),
        (
            "from apigwv2_integrations import App, Stack\nStack(App(), 'A')\nStack(App(), 'B')\n",
            "2 Apps write to the same folder cdk.out; give each App its own outdir=...",
        ),
    ],
)
def test_an_app_file_without_stacks_is_an_error(
    write_app: Callable[[str, str], str], source: str, message: str
) -> None:
    result = run_cli("synth", write_app("empty.py", source))
    assert (result.returncode, result.stdout, result.stderr) == (1, "", f"error: empty.py: {message}\n")


def test_a_missing_app_file_is_an_error(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ls", "nowhere.py"]) == 1
    assert capsys.readouterr().err == "error: nowhere.py: no such app file: nowhere.py\n"


STAGE_APP = """
from apigwv2_integrations import App, CfnResource, Construct, Environment, Stack, Stage
app = App()
CfnResource(Stack(app, "Tooling"), "Queue", type="AWS::SQS::Queue")
prod = Stage(app, "Prod", env=Environment(account="123456789012", region="eu-west-1"))
CfnResource(Stack(prod, "Api"), "Queue", type="AWS::SQS::Queue")
inner = Stage(prod, "Cell")
CfnResource(Stack(Construct(inner, "Group"), "Worker"), "Queue", type="AWS::SQS::Queue")
CfnResource(Stack(prod, "Named", stack_name="named"), "Queue", type="AWS::SQS::Queue")
"""


def test_ls_lists_the_stacks_like_cdk_ls_stages_included(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ls", write_app("app.py", STAGE_APP)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Tooling",
        "Prod/Api (Prod-Api)",
        "Prod/Named (named)",
        "Prod/Cell/Group/Worker (Prod-Cell-GroupWorkerE7AB0A95)",
    ]


def test_ls_runs_the_app_of_cdk_json(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    write_app("app.py", GOOD_APP)
    write_app("cdk.json", json.dumps({"app": ".venv/bin/python app.py"}))
    assert main(["ls"]) == 0
    assert capsys.readouterr().out == "Queues\n"


def test_synth_writes_stages_as_nested_assemblies_and_lists_their_stacks(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["synth", write_app("app.py", STAGE_APP)]) == 0
    assert [row.split()[::3] for row in capsys.readouterr().out.splitlines()[2:]] == [
        ["Tooling", "cdk.out/Tooling.template.json"],
        ["Prod/Api", "cdk.out/assembly-Prod/ProdApi2466CF1F.template.json"],
        ["Prod/Named", "cdk.out/assembly-Prod/ProdNamed684D3A59.template.json"],
        [
            "Prod/Cell/Group/Worker",
            "cdk.out/assembly-Prod/assembly-Prod-Cell/ProdCellGroupWorker22A12D1E.template.json",
        ],
    ]


LONG_NAME_APP = """
from apigwv2_integrations import App, CfnResource, Construct, Stack, Stage
app = App()
stage = Stage(app, "Production-Environment-Stage")
CfnResource(Stack(Construct(stage, "G" * 70), "W" * 50), "Queue", type="AWS::SQS::Queue")
"""


def test_the_flags_of_cdk_json_reach_the_app(
    write_app: Callable[[str, str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    write_app("app.py", LONG_NAME_APP)
    write_app("cdk.json", json.dumps({"app": "python3 app.py"}))
    assert main(["ls"]) == 1
    assert "is 157 characters long; use at most 128" in capsys.readouterr().err
    flags = {"@aws-cdk/core:includePrefixInUniqueNameGeneration": True}
    write_app("cdk.json", json.dumps({"app": "python3 app.py", "context": flags}))
    assert main(["ls"]) == 0
    name = "Production-Environment-Stage-" + "G" * 41 + "W" * 50 + "D3817D55"
    assert capsys.readouterr().out == f"Production-Environment-Stage/{'G' * 70}/{'W' * 50} ({name})\n"
