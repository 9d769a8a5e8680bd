"""aws_s3_assets.Asset: folders zipped and files as they are, its attributes, the bucket imported on first
use, grants, and the asset metadata the `cdk` CLI asks for.

The whole assembly is compared with aws-cdk-lib's in the parity case `s3-assets`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, CfnResource, Stack, ValidationError
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
