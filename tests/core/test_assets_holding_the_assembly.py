"""An asset folder that holds the app's assembly folder (an asset of the project's root): the assembly
and the scratch folder being written are neither hashed nor copied (core/synthesis/assembly.py,
aws_s3_assets/asset.py), so the copy does not go on into itself and every run gives the same hash."""

from __future__ import annotations

import json
import os
from pathlib import Path

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_


def _synth(project: Path, code: lambda_.Code | None = None, image: bool = False) -> tuple[str, set[str]]:
    app = App(outdir=str(project / "cdk.out"))
    stack = Stack(app, "Root")
    if image:
        lambda_.DockerImageFunction(stack, "Fn", code=lambda_.DockerImageCode.from_image_asset(str(project)))
    else:
        lambda_.Function(
            stack,
            "Fn",
            runtime=lambda_.Runtime.NODEJS_22_X,
            handler="index.handler",
            code=lambda_.Code.from_asset(str(project)),
        )
    app.synth()
    assets = json.loads((project / "cdk.out" / "Root.assets.json").read_text())
    kind = "dockerImages" if image else "files"
    (digest,) = [
        key
        for key, asset in assets[kind].items()
        if (asset["source"].get("path") or asset["source"].get("directory", "")).startswith("asset.")
    ]
    return digest, set(os.listdir(project / "cdk.out" / f"asset.{digest}"))


def test_a_file_asset_of_the_project_root_leaves_the_assembly_out(tmp_path: Path) -> None:
    (tmp_path / "index.js").write_text("exports.handler = async () => 1;\n")
    first, copied = _synth(tmp_path)
    second, _ = _synth(tmp_path)
    assert copied == {"index.js"}
    assert second == first  # the earlier run's output is not hashed


def test_an_image_asset_of_the_project_root_is_copied_without_the_assembly(tmp_path: Path) -> None:
    (tmp_path / "Dockerfile").write_text("FROM public.ecr.aws/lambda/python:3.12\n")
    (tmp_path / "main.py").write_text("def handler(event, context):\n    return 1\n")
    first, copied = _synth(tmp_path, image=True)
    second, _ = _synth(tmp_path, image=True)
    assert copied == {"Dockerfile", "main.py"}
    assert second == first
