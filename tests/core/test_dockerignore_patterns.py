"""DOCKER exclude patterns as a `.dockerignore` file reads them (core/assets.py): anchored at the root,
cleaned of a leading and a trailing `/`, `*` stopping at `/`, `**` spanning folders, a folder's pattern
covering what is in it, and `!` bringing back a file of an excluded folder. The image hashes are those
aws-cdk-lib 2.275.0 gave the same build folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_

FILES = {
    "Dockerfile": "FROM scratch\n",
    "a.md": "a\n",
    "docs/keep.md": "k\n",
    "docs/drop.md": "d\n",
    "secret/x": "s\n",
    "node_modules/m/x.js": "m\n",
    "sub/node_modules/y.js": "y\n",
    "sub/deep/z.md": "z\n",
}


def _build_folder(root: Path, dockerignore: str | None = None) -> Path:
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    if dockerignore is not None:
        (root / ".dockerignore").write_text(dockerignore)
    return root


def _image_hash(tmp_path: Path, folder: Path, exclude: list[str] | None = None) -> str:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "D")
    lambda_.DockerImageFunction(
        stack, "Fn", code=lambda_.DockerImageCode.from_image_asset(str(folder), exclude=exclude)
    )
    app.synth()
    (digest,) = json.loads((tmp_path / "out" / "D.assets.json").read_text())["dockerImages"]
    return str(digest)


@pytest.mark.parametrize(
    ("exclude", "expected"),
    [
        (["*.md"], "0afec641968b4e5de8484f3dc0c39f61a17a31aeb133478fed318bba31a8531b"),
        (["docs/"], "c4ff3dbbcdf6449320fe43c314356838578d83e0273a609f511478c813f0e39f"),
        (["docs", "!docs/keep.md"], "110597e803bb01dadbdf395466195f775dd77e0aae6870b8e77c334a8457e0aa"),
        (["**/*.md"], "2b68ad8f3d6ce40183d15ad63bf1ed06b33e798577e9658aeea5f222bf01a8b1"),
        (["/secret", "sub/**/y.js"], "3a1f0e05395d700600f589cf79f26e4a239a4a368263b3bf2a508efc2eb7755a"),
        (["node_modules", "sub"], "f94ae4e2bc4474e63b51660cc06a95bada1dc49e65f09f0c5100383366b52262"),
        (["**/node_modules/**"], "32d4200d4f0608f4b66dd66ffd0c048c542be25f435d8d34b6de49db4c02bad9"),
        (["s*"], "df085c92ca702a7995e6354650b4eee49247930ad70d7d8ca4fa3958dd3aeabf"),
    ],
)
def test_exclude_patterns_give_aws_cdk_libs_image_hash(
    tmp_path: Path, exclude: list[str], expected: str
) -> None:
    folder = _build_folder(tmp_path / "build")
    assert _image_hash(tmp_path, folder, exclude) == expected


def test_a_dockerignore_file_with_an_exception(tmp_path: Path) -> None:
    folder = _build_folder(tmp_path / "build", "secret/\n**/node_modules\n*.md\n!docs/keep.md\n")
    assert _image_hash(tmp_path, folder) == "047b5937ce55f81e593e9bce59d8711b05a83cb85011da6009bb7d2fb99603d8"


def test_a_file_brought_back_from_an_excluded_folder_is_copied(tmp_path: Path) -> None:
    folder = _build_folder(tmp_path / "build")
    digest = _image_hash(tmp_path, folder, ["docs", "!docs/keep.md"])
    staged = tmp_path / "out" / f"asset.{digest}"
    assert sorted(p.relative_to(staged).as_posix() for p in staged.rglob("*") if p.is_file()) == [
        "Dockerfile",
        "a.md",
        "docs/keep.md",
        "node_modules/m/x.js",
        "secret/x",
        "sub/deep/z.md",
        "sub/node_modules/y.js",
    ]
