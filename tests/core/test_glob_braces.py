"""GLOB exclude patterns with braces, expanded as aws-cdk-lib's minimatch expands them (core/assets.py):
`*.{md,ts}` stands for `*.md` and `*.ts`; a brace without a comma is literal. The hashes are those
aws-cdk-lib 2.275.0 gave the same folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_


@pytest.mark.parametrize(
    ("exclude", "expected"),
    [
        (["*.{md,ts}"], "125dfb518f2a1717c7ca3774746fa6dcbac89ddd60e562e845a5cbaff7a4e3ea"),
        (["d/*.{md,py}"], "4169aa5bcb0571b4055276dff9d5bbba8f1683513b112c3ca7c30fd938df076e"),
        (["{a,c}.*"], "27d7095e697e079d0923d04abfc5a22983dff35fd9d970f96ba682aa7c17ae46"),
        (["**/*.{ts}"], "42ab8ae3c84fd84cf90cfd7ae62a0358807479bbd16092af157bbf6e50ba1757"),
        (["!c.py", "*.{py,md}"], "56447b0e13dde59def639e3a813417d8472b296114200ed64faffe357bf9909b"),
    ],
)
def test_braces_give_aws_cdk_libs_hash(tmp_path: Path, exclude: list[str], expected: str) -> None:
    handler = tmp_path / "h"
    (handler / "d").mkdir(parents=True)
    for name in ("a.md", "b.ts", "c.py", "d/e.md", "d/f.ts"):
        (handler / name).write_text(f"{name}\n")
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "Br")
    code = lambda_.Code.from_asset(str(handler), exclude=exclude)
    lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
    app.synth()
    assert expected in json.loads((tmp_path / "out" / "Br.assets.json").read_text())["files"]
