"""aws_s3_assets.Asset: folders zipped and files as they are, its attributes, the bucket imported on first
use, grants, and the asset metadata the `cdk` CLI asks for.

The whole assembly is compared with aws-cdk-lib's in the parity case `s3-assets`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, CfnResource, IgnoreMode, Stack, ValidationError
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations.aws_s3_assets import Asset
from apigwv2_integrations.core.stand_in import StandIn
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "config.json").write_text('{"a": 1}\n')
    return folder


def test_folder_and_file(stack: Stack, data: Path) -> None:
    folder = Asset(stack, "Folder", path=str(data))
    single = Asset(stack, "Single", path=str(data / "config.json"))
    assert folder.is_zip_archive and not folder.is_file
    assert folder.asset_path == f"asset.{folder.asset_hash}"
    assert single.is_file and not single.is_zip_archive
    assert single.asset_path == f"asset.{single.asset_hash}.json"
    assert single.s3_object_key == f"{single.asset_hash}.json"
    assert stack.resolve(folder.http_url) == {
        "Fn::Sub": "https://s3.${AWS::Region}.${AWS::URLSuffix}/cdk-hnb659fds-assets-${AWS::AccountId}-"
        f"${{AWS::Region}}/{folder.asset_hash}.zip"
    }


def test_git_ignore_mode_reads_patterns_as_gitignore_lines(tmp_path: Path) -> None:
    # The hash and the staged files are those aws-cdk-lib 2.275.0 gives for the same folder and patterns.
    site = tmp_path / "site"
    files = {
        "index.html": "<h1>hi</h1>\n",
        "node_modules/big.js": "x\n",
        "sub/a.txt": "y\n",
        "sub/b.tmp": "z\n",
        "keep.tmp": "k\n",
        "build/out.txt": "o\n",
        "deep/build/x.txt": "d\n",
        "docs/node_modules/n.js": "n\n",
        "docs/readme.md": "r\n",
    }
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text)
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    asset = Asset(
        stack,
        "Git",
        path=str(site),
        ignore_mode=IgnoreMode.GIT,
        exclude=["node_modules/", "*.tmp", "!keep.tmp", "/build", "docs/*.md"],
    )
    assert asset.asset_hash == "7b2334e1d03a68cc06c656b5fb7d0bc47f33c9f2179f896ca0d2c597a4e2908f"
    app.synth()
    staged = tmp_path / "out" / asset.asset_path
    assert sorted(path.relative_to(staged).as_posix() for path in staged.rglob("*")) == [
        "deep",
        "deep/build",
        "deep/build/x.txt",
        "docs",
        "index.html",
        "keep.tmp",
        "sub",
        "sub/a.txt",
    ]


def test_glob_patterns_match_names_at_any_depth_and_skip_dot_names(tmp_path: Path) -> None:
    # As aws-cdk-lib matches them: a pattern without "/" matches the last name at any depth, "*" does not
    # match a name starting with ".", and "/main.py" matches nothing (the paths are relative). The hash and
    # the staged files are aws-cdk-lib 2.275.0's for the same folder and patterns.
    site = tmp_path / "site2"
    for name in (
        ".env",
        "main.py",
        ".hidden/x",
        "__pycache__/c.pyc",
        "pkg/mod.py",
        "pkg/sub/m.txt",
        "pkg/sub/__pycache__/b.pyc",
        "pkg/__pycache__/a.pyc",
    ):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(f"site2/{name}\n")
    app = App(outdir=str(tmp_path / "out"))
    asset = Asset(Stack(app, "S"), "A", path=str(site), exclude=["__pycache__", "*", "!*.py", "/main.py"])
    assert asset.asset_hash == "f4f65809891d1c609b162d7b21b30724976da6580706ecc956711949efb5642f"
    app.synth()
    staged = tmp_path / "out" / asset.asset_path
    assert sorted(path.relative_to(staged).as_posix() for path in staged.rglob("*")) == [
        ".env",
        ".hidden",
        "main.py",
    ]


def test_missing_path(stack: Stack, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        Asset(stack, "Missing", path=str(tmp_path / "nowhere"))


def test_bucket_is_imported_on_first_use(stack: Stack, data: Path) -> None:
    asset = Asset(stack, "Folder", path=str(data))
    assert isinstance(asset.node.find_child("AssetBucket"), StandIn)
    bucket = asset.bucket
    assert asset.bucket is bucket
    assert asset.node.find_child("AssetBucket") is bucket
    assert [c.node.id for c in asset.node.children] == ["Stage", "AssetBucket"]


def test_grant_read_and_readers(stack: Stack, data: Path, template: Render) -> None:
    role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    Asset(stack, "Folder", path=str(data), readers=[role])
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    (statement,) = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Action"] == ["s3:GetObject*", "s3:GetBucket*", "s3:List*"]


def test_resource_metadata_only_when_asked(data: Path, template: Render) -> None:
    for enabled in (False, True):
        stack = Stack(App(context={"aws:cdk:enable-asset-metadata": enabled}), "Assets")
        asset = Asset(stack, "Folder", path=str(data))
        queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
        asset.add_resource_metadata(queue, "Code")
        metadata = template(stack)["Resources"]["Queue"].get("Metadata")
        expected = (
            {"aws:asset:path": asset.asset_path, "aws:asset:is-bundled": False, "aws:asset:property": "Code"}
            if enabled
            else None
        )
        assert metadata == expected
