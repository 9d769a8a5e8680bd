"""Code.from_asset(bundling=...): a local bundler, the output types, the hash of the output, and the error
when the container would be needed and Docker is missing."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import (
    App,
    AssetHashType,
    BundlingOptions,
    BundlingOutput,
    DockerImage,
    ILocalBundling,
    Stack,
    ValidationError,
)
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.core.assets import fingerprint

IMAGE = DockerImage.from_registry("public.ecr.aws/sam/build-python3.12")


@pytest.fixture
def source(tmp_path: Path) -> str:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "index.py").write_text("def handler(event, context):\n    return 1\n")
    return str(folder)


class _Copy:
    """Copies the source and adds a file, as a build step would."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.calls: list[dict[str, Any]] = []

    def try_bundle(self, output_dir: str, *, image: DockerImage, **options: Any) -> bool:
        self.calls.append({"image": image, **options})
        shutil.copy(os.path.join(self.source, "index.py"), output_dir)
        Path(output_dir, "built.txt").write_text("built\n")
        return True


class _Zip:
    def __init__(self, source: str) -> None:
        self.source = source

    def try_bundle(self, output_dir: str, *, image: DockerImage, **options: Any) -> bool:
        with zipfile.ZipFile(os.path.join(output_dir, "code.zip"), "w") as archive:
            archive.writestr("index.py", "def handler(event, context):\n    return 2\n")
        return True


class _Decline:
    def try_bundle(self, output_dir: str, *, image: DockerImage, **options: Any) -> bool:
        return False


def _synth(tmp_path: Path, **asset_options: Any) -> tuple[dict[str, Any], Path]:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "Bundled")
    lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_asset(asset_options.pop("path"), **asset_options),
    )
    app.synth()
    template = json.loads((tmp_path / "out" / "Bundled.template.json").read_text())
    return template["Resources"]["Fn9270CBC0"]["Properties"]["Code"], tmp_path / "out"


def test_local_bundler_output_is_the_asset(
    source: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundler = _Copy(source)
    assert isinstance(bundler, ILocalBundling)
    code, out = _synth(
        tmp_path, path=source, bundling=BundlingOptions(image=IMAGE, local=bundler, command=["x"])
    )
    digest = code["S3Key"].removesuffix(".zip")
    assert sorted(p.name for p in (out / f"asset.{digest}").iterdir()) == ["built.txt", "index.py"]
    assert digest == fingerprint(str(out / f"asset.{digest}"))
    # As aws-cdk-lib calls it: the output folder and the image.
    assert [sorted(call) for call in bundler.calls] == [["image"]]
    assert "Bundling asset Bundled/Fn/Code/Stage..." in capsys.readouterr().err


def test_one_archive_in_the_output_is_the_asset_itself(source: str, tmp_path: Path) -> None:
    code, out = _synth(tmp_path, path=source, bundling={"image": IMAGE, "local": _Zip(source)})
    assert code["S3Key"].endswith(".zip")
    assert (out / f"asset.{code['S3Key']}").is_file()


def test_output_types(source: str, tmp_path: Path) -> None:
    code, out = _synth(
        tmp_path / "a",
        path=source,
        bundling=BundlingOptions(image=IMAGE, local=_Zip(source), output_type=BundlingOutput.NOT_ARCHIVED),
    )
    assert (out / f"asset.{code['S3Key'].removesuffix('.zip')}" / "code.zip").is_file()
    with pytest.raises(ValidationError, match="exactly one file"):
        _synth(
            tmp_path / "b",
            path=source,
            bundling=BundlingOptions(image=IMAGE, local=_Copy(source), output_type=BundlingOutput.ARCHIVED),
        )


def test_source_and_custom_hashes(source: str, tmp_path: Path) -> None:
    code, _ = _synth(
        tmp_path / "a",
        path=source,
        asset_hash_type=AssetHashType.SOURCE,
        bundling=BundlingOptions(image=IMAGE, local=_Copy(source)),
    )
    assert code["S3Key"] == fingerprint(source) + ".zip"
    with pytest.raises(ValidationError, match="needs asset_hash"):
        _synth(
            tmp_path / "b",
            path=source,
            asset_hash_type=AssetHashType.CUSTOM,
            bundling=BundlingOptions(image=IMAGE, local=_Copy(source)),
        )


def test_the_container_needs_docker(source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDK_DOCKER", "no-such-docker-binary")
    with pytest.raises(ValidationError, match="docker was not found on PATH"):
        _synth(tmp_path, path=source, bundling=BundlingOptions(image=IMAGE, local=_Decline()))
