"""Code.from_asset options: exclude patterns (hash and staged files), custom hashes, hash types and their
rules, a source KMS key and readers of the asset bucket.

The whole output is compared with aws-cdk-lib's in the parity case `lambda-asset-options`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, AssetHashType, Stack, ValidationError
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_kms as kms
from apigwv2_integrations import aws_lambda as lambda_
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


@pytest.fixture
def code(tmp_path: Path) -> str:
    folder = tmp_path / "code"
    (folder / "sub").mkdir(parents=True)
    (folder / "index.py").write_text("def handler(event, context):\n    return 1\n")
    (folder / "notes.txt").write_text("notes\n")
    (folder / "sub" / "keep.bin").write_text("data\n")
    return str(folder)


def _function(stack: Stack, name: str, code: lambda_.Code) -> lambda_.Function:
    return lambda_.Function(
        stack, name, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code
    )


def _key(rendered: dict[str, Any], function: lambda_.Function) -> str:
    logical_id = str(
        Stack.of(function).resolve(Stack.of(function).get_logical_id(function.node.default_child))
    )  # type: ignore[arg-type]
    return str(rendered["Resources"][logical_id]["Properties"]["Code"]["S3Key"])


def test_exclude_changes_the_hash_and_the_staged_files(code: str, tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "Assets")
    plain = _function(stack, "Plain", lambda_.Code.from_asset(code))
    excluded = _function(stack, "Excluded", lambda_.Code.from_asset(code, exclude=["*.txt", "sub"]))
    back = _function(stack, "Back", lambda_.Code.from_asset(code, exclude=["*.txt", "sub", "!notes.txt"]))
    app.synth()
    rendered = json.loads((tmp_path / "out" / "Assets.template.json").read_text())
    keys = [_key(rendered, f) for f in (plain, excluded, back)]
    assert len(set(keys)) == 3
    staged = tmp_path / "out" / f"asset.{keys[1].removesuffix('.zip')}"
    assert sorted(p.name for p in staged.iterdir()) == ["index.py"]
    staged_back = tmp_path / "out" / f"asset.{keys[2].removesuffix('.zip')}"
    assert sorted(p.name for p in staged_back.iterdir()) == ["index.py", "notes.txt"]


def test_custom_hash_is_the_sha256_of_the_text(code: str, stack: Stack, template: Render) -> None:
    custom = _function(stack, "Custom", lambda_.Code.from_asset(code, asset_hash="my-custom-hash"))
    typed = _function(
        stack, "Typed", lambda_.Code.from_asset(code, asset_hash="abc", asset_hash_type=AssetHashType.CUSTOM)
    )
    rendered = template(stack)
    assert _key(rendered, custom) == hashlib.sha256(b"my-custom-hash").hexdigest() + ".zip"
    assert _key(rendered, typed) == hashlib.sha256(b"abc").hexdigest() + ".zip"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"asset_hash_type": AssetHashType.CUSTOM}, "needs asset_hash"),
        ({"asset_hash": "x", "asset_hash_type": AssetHashType.SOURCE}, "use AssetHashType.CUSTOM"),
        ({"asset_hash_type": AssetHashType.OUTPUT}, "needs bundling"),
    ],
)
def test_hash_type_rules(code: str, stack: Stack, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _function(stack, "Fn", lambda_.Code.from_asset(code, **options))


def test_source_kms_key_and_readers(code: str, stack: Stack, template: Render) -> None:
    key = kms.Key(stack, "Key")
    with_key = _function(stack, "Kms", lambda_.Code.from_asset(code, source_kms_key=key))
    reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
    _function(stack, "Readers", lambda_.Code.from_asset(code, readers=[reader]))
    rendered = template(stack)
    logical_id = str(stack.resolve(stack.get_logical_id(with_key.node.default_child)))  # type: ignore[arg-type]
    assert rendered["Resources"][logical_id]["Properties"]["Code"]["SourceKMSKeyArn"] == {
        "Fn::GetAtt": ["Key961B73FD", "Arn"]
    }
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    (statement,) = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Action"] == ["s3:GetObject*", "s3:GetBucket*", "s3:List*"]
    assert len(statement["Resource"]) == 2


def test_two_folders_of_the_same_content_share_one_staged_asset(code: str, tmp_path: Path) -> None:
    # As in aws-cdk-lib: the same hash is the same content, staged once from the first folder.
    copy = tmp_path / "copy"
    (copy / "sub").mkdir(parents=True)
    for name in ("index.py", "notes.txt", "sub/keep.bin"):
        (copy / name).write_text((Path(code) / name).read_text())
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "Assets")
    first = _function(stack, "First", lambda_.Code.from_asset(code))
    second = _function(stack, "Second", lambda_.Code.from_asset(str(copy)))
    app.synth()
    rendered = json.loads((tmp_path / "out" / "Assets.template.json").read_text())
    assert _key(rendered, first) == _key(rendered, second)
    staged = [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith("asset.")]
    assert staged == [f"asset.{_key(rendered, first).removesuffix('.zip')}"]
