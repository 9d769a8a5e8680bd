"""Platform: the build platform of container image assets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_ecr_assets import Platform
from apigwv2_integrations.aws_lambda import DockerImageCode, DockerImageFunction
from apigwv2_integrations.core.errors import ArgumentTypeError


def test_platform_constants_name_docker_platforms() -> None:
    assert (Platform.LINUX_AMD64.platform, Platform.LINUX_ARM64.platform) == ("linux/amd64", "linux/arm64")


def test_custom_platform_keeps_its_string_and_reprs_as_the_call() -> None:
    platform = Platform.custom("linux/riscv64")
    assert platform.platform == "linux/riscv64"
    assert repr(platform) == "Platform.custom('linux/riscv64')"


def test_custom_platform_rejects_a_non_string() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        Platform.custom(3)  # type: ignore[arg-type]
    assert str(error.value) == "Platform.custom: platform=3 is an int; use a str"


def test_image_asset_platform_reaches_the_assets_manifest(tmp_path: Path) -> None:
    image_dir = tmp_path / "image"
    image_dir.mkdir()
    (image_dir / "Dockerfile").write_text("FROM scratch\n")
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "Images")
    DockerImageFunction(
        stack,
        "Fn",
        code=DockerImageCode.from_image_asset(str(image_dir), platform=Platform.LINUX_ARM64),
    )
    app.synth()
    manifest: dict[str, Any] = json.loads((tmp_path / "out" / "Images.assets.json").read_text())
    [image] = manifest["dockerImages"].values()
    assert image["source"]["platform"] == "linux/arm64"
