"""An asset folder with a link that points at nothing synthesizes (core/assets.py, core/synthesis/assembly.py):
the link is hashed as a link, as aws-cdk-lib hashes it, and left out of the staged copy."""

from __future__ import annotations

import json
import os
from pathlib import Path

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_

# aws-cdk-lib 2.275.0's hash of this folder: index.py, a link to it and a link to a path that does not exist.
EXPECTED = "efba33ef002064159ae204d729eb85045b00370f51056ab337e57d8bb70842b2"


def test_a_dangling_link_is_hashed_as_a_link_and_not_copied(tmp_path: Path) -> None:
    handler = tmp_path / "handler"
    handler.mkdir()
    (handler / "index.py").write_text("x\n")
    os.symlink("/nonexistent/target", handler / "broken")
    os.symlink("index.py", handler / "inner")
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "B")
    lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_asset(str(handler)),
    )
    app.synth()

    files = json.loads((tmp_path / "out" / "B.assets.json").read_text())["files"]
    assert EXPECTED in files
    staged = tmp_path / "out" / f"asset.{EXPECTED}"
    assert sorted(os.listdir(staged)) == ["index.py", "inner"]
