"""What the build folder of `DockerImageCode.from_image_asset` leaves out (aws_lambda/image_code.py, AssetImageCode)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.assertions import Template


def build_folder(root: Path) -> Path:
    folder = root / "image"
    for name in ("node_modules/dep/index.js", "lib/out.js", "src/main.py", "debug.log", "keep.txt"):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name)
    (folder / "Dockerfile").write_text("FROM public.ecr.aws/lambda/nodejs:20\n")
    return folder


def staged_files(assembly_directory: str) -> set[str]:
    out = Path(assembly_directory)
    ((image_hash, _),) = json.loads((out / "Test.assets.json").read_text())["dockerImages"].items()
    staged = out / f"asset.{image_hash}"
    return {path.relative_to(staged).as_posix() for path in staged.rglob("*") if path.is_file()}


def test_staged_build_folder_leaves_out_the_exclude_patterns(tmp_path: Path, app: App, stack: Stack) -> None:
    folder = build_folder(tmp_path)
    lambda_.DockerImageFunction(
        stack,
        "Fn",
        code=lambda_.DockerImageCode.from_image_asset(str(folder), exclude=["node_modules", "lib"]),
    )
    assert staged_files(app.synth().directory) == {"Dockerfile", "debug.log", "keep.txt", "src/main.py"}


def test_staged_build_folder_leaves_out_what_dockerignore_lists(
    tmp_path: Path, app: App, stack: Stack
) -> None:
    folder = build_folder(tmp_path)
    (folder / ".dockerignore").write_text("*.log\nnode_modules\n")
    lambda_.DockerImageFunction(stack, "Fn", code=lambda_.DockerImageCode.from_image_asset(str(folder)))
    assert staged_files(app.synth().directory) == {
        ".dockerignore",
        "Dockerfile",
        "keep.txt",
        "lib/out.js",
        "src/main.py",
    }


def test_image_hash_leaves_out_the_assembly_folder_inside_the_build_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = build_folder(tmp_path)
    monkeypatch.chdir(folder)
    for variable in ("CDK_OUTDIR", "CDK_CONTEXT_JSON", "CDK_DEFAULT_ACCOUNT", "CDK_DEFAULT_REGION"):
        monkeypatch.delenv(variable, raising=False)

    def image_uri() -> object:
        app = App(outdir="cdk.out")
        stack = Stack(app, "Test")
        lambda_.DockerImageFunction(stack, "Fn", code=lambda_.DockerImageCode.from_image_asset("."))
        function = Template.from_stack(stack).find_resources("AWS::Lambda::Function")
        ((_, resource),) = function.items()
        return resource["Properties"]["Code"]["ImageUri"]

    before = image_uri()
    (folder / "cdk.out").mkdir()
    (folder / "cdk.out" / "manifest.json").write_text("{}")
    assert image_uri() == before
