"""Code.from_custom_command (the build runs while the app is built, then the output is an asset) and the
S3CodeV2 that Code.from_bucket_v2 returns."""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
import pytest

from apigwv2_integrations import App, Stack, ValidationError
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_s3 as s3
from tests.aws_apigatewayv2.inspection import keyword_names

BUILD = "import pathlib, sys; out = pathlib.Path(sys.argv[1]); out.mkdir(); (out / 'index.py').write_text('x = 1')"


def test_the_command_runs_and_its_output_becomes_the_asset(tmp_path: Path) -> None:
    output = tmp_path / "build"
    code = lambda_.Code.from_custom_command(str(output), [sys.executable, "-c", BUILD, str(output)])
    assert (output / "index.py").read_text() == "x = 1"
    assert isinstance(code, lambda_.AssetCode)
    app = App(outdir=str(tmp_path / "cdk.out"))
    stack = Stack(app, "Test")
    lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
    app.synth()
    (staged,) = (tmp_path / "cdk.out").glob("asset.*")
    assert (staged / "index.py").read_text() == "x = 1"


def test_command_options_pick_the_folder_and_the_environment(tmp_path: Path) -> None:
    script = (
        "import os, pathlib; pathlib.Path('out').mkdir(); pathlib.Path('out/v').write_text(os.environ['V'])"
    )
    lambda_.Code.from_custom_command(
        str(tmp_path / "out"),
        [sys.executable, "-c", script],
        command_options={"cwd": str(tmp_path), "env": {"V": "from-env"}},
    )
    assert (tmp_path / "out" / "v").read_text() == "from-env"


def test_a_failing_command_is_an_error_with_its_output(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as error:
        lambda_.Code.from_custom_command(
            str(tmp_path), [sys.executable, "-c", "import sys; sys.exit('no compiler')"]
        )
    assert str(error.value).endswith("exited with status 1; fix the build (its output ends: no compiler)")


@pytest.mark.parametrize(
    ("command", "options", "message"),
    [
        ([], None, "command=[] is empty; pass the program and its arguments, e.g. ['make', 'build']"),
        (
            ["true"],
            {"stdio": "inherit"},
            "command_options has ['stdio'], which this package does not pass on; "
            "use ['cwd', 'env', 'shell', 'timeout']",
        ),
    ],
)
def test_commands_that_cannot_run_are_errors(
    command: list[str], options: dict[str, str] | None, message: str, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as error:
        lambda_.Code.from_custom_command(str(tmp_path), command, command_options=options)
    assert str(error.value) == message


def test_a_missing_program_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as error:
        lambda_.Code.from_custom_command(str(tmp_path), ["no-such-program-anywhere"])
    assert str(error.value).startswith("command=['no-such-program-anywhere'] did not run: ")


def test_custom_command_options_are_the_asset_options_and_the_command_options() -> None:
    fields = {f.name for f in attrs.fields(lambda_.CustomCommandOptions)}
    assert fields == {f.name for f in attrs.fields(lambda_.AssetCodeOptions)} | {"command_options"}
    assert keyword_names(lambda_.Code.from_custom_command) == fields


def test_from_bucket_v2_is_an_s3_code_v2(stack: Stack) -> None:
    bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "code-bucket")
    code = lambda_.Code.from_bucket_v2(bucket, "fn.zip", object_version="3")
    assert isinstance(code, lambda_.S3CodeV2) and isinstance(code, lambda_.S3Code)
    assert (code.bucket_name, code.key, code.object_version) == ("code-bucket", "fn.zip", "3")
