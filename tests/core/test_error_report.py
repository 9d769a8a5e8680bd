"""Apps run as `python app.py`: our errors print the message and the user's line, exit 1, write nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from apigwv2_integrations import App, Names, Stack
from apigwv2_integrations.core import error_report

HEADER = """\
import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "Books")
"""
# Line numbers in the expected output count from here: HEADER is 6 lines long.
FUNCTION = (
    'fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler", '
    'code=lambda_.Code.from_inline("x"){extra})\n'
)
TIMEOUT_LINE = FUNCTION.format(extra=', timeout="30"')
# A problem found at synth: an environment variable name Lambda does not accept.
BAD_NAME = (
    "environment[{name!r}] is not a name Lambda accepts; use a letter, then at least one letter, digit or "
    "underscore ([a-zA-Z]([a-zA-Z0-9_])+), e.g. 'TABLE_NAME'"
)


def run(folder: Path, source: str, *arguments: str, **environment: str) -> subprocess.CompletedProcess[str]:
    (folder / "app.py").write_text(source)
    env = {k: v for k, v in os.environ.items() if k not in ("CDK_OUTDIR", "CDK_DEBUG", "CDK_CONTEXT_JSON")}
    env.update(environment)
    command = [sys.executable, *(arguments or ("app.py",))]
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, check=False)


@pytest.fixture
def earlier_output(tmp_path: Path) -> Path:
    """A cdk.out left by an earlier run, which a failed run must not touch."""
    out = tmp_path / "cdk.out"
    out.mkdir()
    (out / "manifest.json").write_text('{"version": "earlier"}')
    return out


def assert_untouched(out: Path) -> None:
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json"]
    assert (out / "manifest.json").read_text() == '{"version": "earlier"}'


def test_wrong_type_prints_the_message_and_the_users_line(tmp_path: Path, earlier_output: Path) -> None:
    result = run(tmp_path, HEADER + TIMEOUT_LINE + "app.synth()\n")
    assert result.returncode == 1
    assert result.stderr == (
        "error: Books/Fn: timeout='30' is a str; use a Duration, e.g. Duration.seconds(30)\n"
        f"  at app.py:7: {TIMEOUT_LINE.strip()}\n"
    )
    assert result.stdout == ""
    assert_untouched(earlier_output)


def test_wrong_type_in_a_method_names_the_method(tmp_path: Path, earlier_output: Path) -> None:
    source = (
        HEADER
        + 'api = apigwv2.HttpApi(stack, "Api")\n'
        + 'api.add_routes(path="/books", methods=["GET"], integration=None)\n'
    )
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: Books/Api.add_routes: methods[0]='GET' is a str; use an HttpMethod, e.g. HttpMethod.GET\n"
        '  at app.py:8: api.add_routes(path="/books", methods=["GET"], integration=None)\n'
    )
    assert_untouched(earlier_output)


def test_validation_error_at_the_call(tmp_path: Path, earlier_output: Path) -> None:
    source = HEADER + 'api = apigwv2.HttpApi(stack, "Api", create_default_stage=False)\n'
    source += 'apigwv2.HttpStage(stack, "Stage", http_api=api, stage_name="v1/beta")\n'
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: Books/Stage: stage_name='v1/beta' is rejected by API Gateway; use 1 to 128 letters, digits, "
        "hyphens and underscores, or '$default'\n"
        '  at app.py:8: apigwv2.HttpStage(stack, "Stage", http_api=api, stage_name="v1/beta")\n'
    )
    assert_untouched(earlier_output)


def test_synthesis_error_lists_every_problem_and_the_synth_line(tmp_path: Path, earlier_output: Path) -> None:
    source = HEADER + FUNCTION.format(extra="")
    source += 'fn.add_environment("1ST", "x")\nfn.add_environment("MY-VAR", "y")\napp.synth()\n'
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: synthesis failed with 2 validation errors:\n"
        f"  Books/Fn: {BAD_NAME.format(name='1ST')}\n"
        f"  Books/Fn: {BAD_NAME.format(name='MY-VAR')}\n"
        "  at app.py:10: app.synth()\n"
    )
    assert_untouched(earlier_output)


def test_debug_switch_brings_the_traceback_back(tmp_path: Path, earlier_output: Path) -> None:
    result = run(tmp_path, HEADER + TIMEOUT_LINE, CDK_DEBUG="1")
    assert result.returncode == 1
    assert result.stderr.startswith("Traceback (most recent call last):\n")
    assert "type_checks.py" in result.stderr
    assert result.stderr.endswith(
        "ArgumentTypeError: Books/Fn: timeout='30' is a str; use a Duration, e.g. Duration.seconds(30)\n"
    )
    assert_untouched(earlier_output)


def test_an_apps_own_excepthook_keeps_its_behaviour(tmp_path: Path) -> None:
    source = (
        "import sys\nsys.excepthook = lambda kind, error, tb: print('handled:', error, file=sys.stderr)\n"
    )
    result = run(tmp_path, source + HEADER + TIMEOUT_LINE)
    assert result.returncode == 1
    assert result.stderr == (
        "handled: Books/Fn: timeout='30' is a str; use a Duration, e.g. Duration.seconds(30)\n"
    )


def test_other_errors_keep_their_traceback(tmp_path: Path) -> None:
    result = run(tmp_path, HEADER + "1 / 0\n")
    assert result.returncode == 1
    # Python 3.11 and later underline the failing expression (`~~^~~`); 3.10 does not.
    lines = result.stderr.splitlines(keepends=True)
    shown = "".join(line for line in lines if line.strip(" ~^\n"))
    assert shown == (
        "Traceback (most recent call last):\n"
        f'  File "{tmp_path / "app.py"}", line 7, in <module>\n'
        "    1 / 0\n"
        "ZeroDivisionError: division by zero\n"
    )


def test_an_import_of_a_module_the_package_does_not_provide_is_short(tmp_path: Path) -> None:
    result = run(tmp_path, "from apigwv2_integrations import aws_ecs\n")
    assert result.returncode == 1
    assert result.stderr == (
        "error: apigwv2_integrations has no module 'aws_ecs' (an aws_cdk module this package does not "
        "provide; the README lists those it does); did you mean aws_efs or aws_ecr or aws_ec2?\n"
        "  at app.py:1: from apigwv2_integrations import aws_ecs\n"
    )


def test_an_import_of_a_name_a_module_does_not_have_is_short(tmp_path: Path) -> None:
    result = run(
        tmp_path, "import apigwv2_integrations\nfrom apigwv2_integrations.aws_lambda import Functon\n"
    )
    assert result.returncode == 1
    assert result.stderr == (
        "error: apigwv2_integrations.aws_lambda has no name 'Functon'; did you mean Function or IFunction or "
        "FunctionUrl?\n"
        "  at app.py:2: from apigwv2_integrations.aws_lambda import Functon\n"
    )


def test_a_name_a_class_of_the_package_does_not_have_is_short(tmp_path: Path) -> None:
    source = HEADER + "iam_role = stack.regoin\n"
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: Stack has no attribute 'regoin'; did you mean region?\n  at app.py:7: iam_role = stack.regoin\n"
    )


def test_only_a_lookup_the_app_made_is_reported_as_a_missing_name() -> None:
    class Stranger:
        pass

    with pytest.raises(AttributeError) as inside:
        Names.unique_id(Stranger())  # type: ignore[arg-type]  # fails inside the package
    assert error_report._raised_in_user_code(inside.value.__traceback__) is False
    stack = Stack(App(), "Books")
    with pytest.raises(AttributeError) as outside:
        stack.regoin  # type: ignore[attr-defined]  # noqa: B018
    assert error_report._raised_in_user_code(outside.value.__traceback__) is True
    assert (
        error_report.missing_attribute_text(outside.value)
        == "Stack has no attribute 'regoin'; did you mean region?"
    )
    with pytest.raises(AttributeError) as unknown:
        stack.grant_everything  # type: ignore[attr-defined]  # noqa: B018
    # Without a close name, the text does not claim aws_cdk has it.
    assert error_report.missing_attribute_text(unknown.value) == (
        "Stack has no attribute 'grant_everything' (nor a name close to it; if aws_cdk has it, this package "
        "does not provide it)"
    )


def test_synthesis_at_exit_under_the_cdk_cli_is_short(tmp_path: Path) -> None:
    source = HEADER + FUNCTION.format(extra="") + 'fn.add_environment("1ST", "x")\n'
    result = run(tmp_path, source, CDK_OUTDIR=str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr == (
        f"error: synthesis failed with 1 validation error:\n  Books/Fn: {BAD_NAME.format(name='1ST')}\n"
    )
    assert not (tmp_path / "out").exists()


def test_command_line_reports_a_wrong_type_with_the_users_line(tmp_path: Path, earlier_output: Path) -> None:
    result = run(tmp_path, HEADER + TIMEOUT_LINE, "-m", "apigwv2_integrations", "synth", "app.py")
    assert result.returncode == 1
    assert result.stderr == (
        "error: app.py: Books/Fn: timeout='30' is a str; use a Duration, e.g. Duration.seconds(30)\n"
        f"  at app.py:7: {TIMEOUT_LINE.strip()}\n"
    )
    assert_untouched(earlier_output)


def test_command_line_reports_a_syntax_error_without_our_frames(tmp_path: Path, earlier_output: Path) -> None:
    result = run(tmp_path, HEADER + "x = (\n", "-m", "apigwv2_integrations", "synth", "app.py")
    assert result.returncode == 1
    assert result.stderr == "error: app.py: syntax error: '(' was never closed\n  at app.py:7: x = (\n"
    assert_untouched(earlier_output)


def test_command_line_reports_a_missing_app_file(tmp_path: Path) -> None:
    result = run(tmp_path, "", "-m", "apigwv2_integrations", "synth", "missing.py")
    assert result.returncode == 1
    assert result.stderr == "error: missing.py: no such app file: missing.py\n"


def test_command_line_reports_an_app_that_creates_no_app(tmp_path: Path) -> None:
    result = run(tmp_path, "x = 1\n", "-m", "apigwv2_integrations", "synth", "app.py")
    assert result.returncode == 1
    assert result.stderr == (
        "error: app.py: creates no App; an app file builds an App (app = App()) and its stacks\n"
    )
