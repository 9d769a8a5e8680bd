"""Code: inline, S3 and asset code, with asset hashes computed as aws-cdk-lib computes them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Stack, ValidationError
from apigwv2_integrations.aws_lambda import Code, DockerImageCode, DockerImageFunction, Function, Runtime
from apigwv2_integrations.aws_s3 import Bucket
from apigwv2_integrations.core.assets import content_fingerprint
from apigwv2_integrations.core.errors import ArgumentTypeError

Render = Callable[[Stack], dict[str, Any]]
PARITY_ASSETS = Path(__file__).parent.parent / "data" / "parity" / "lambda-asset"
DIRECTORY_HASH = "6a9b9691d8b7e32c675a274724977c44b1317908bd55a8349f8e8a3ae5c9948d"
ZIP_HASH = "bcc677e6970315aac8ab37e4cbd30aae39aa68ef33f1fdf6c81228a80696a47d"


def _function(stack: Stack, code: Code, id: str = "Fn") -> Function:
    return Function(stack, id, runtime=Runtime.PYTHON_3_12, handler="index.handler", code=code)


def test_inline_code_must_not_be_empty() -> None:
    with pytest.raises(ValidationError) as error:
        Code.from_inline("")
    assert str(error.value) == "code='' is empty; pass the function's source code"


def test_bucket_code_renders_s3_location(stack: Stack, template: Render) -> None:
    bucket = Bucket.from_bucket_name(stack, "CodeBucket", "my-code-bucket")
    _function(stack, Code.from_bucket(bucket, "code/fn.zip", "v1"))
    assert template(stack)["Resources"]["Fn9270CBC0"]["Properties"]["Code"] == {
        "S3Bucket": "my-code-bucket",
        "S3Key": "code/fn.zip",
        "S3ObjectVersion": "v1",
    }


def test_bucket_must_be_a_bucket() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        Code.from_bucket("my-code-bucket", "k")  # type: ignore[arg-type]
    assert str(error.value) == (
        "Code.from_bucket: bucket='my-code-bucket' is a str; use an IBucket (an S3 bucket), "
        "such as Bucket or Bucket.from_bucket_arn(...)"
    )


def test_directory_asset_is_hashed_staged_and_listed(app: App, stack: Stack, template: Render) -> None:
    _function(stack, Code.from_asset(str(PARITY_ASSETS / "handler")))
    assert template(stack)["Resources"]["Fn9270CBC0"]["Properties"]["Code"] == {
        "S3Bucket": {"Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},
        "S3Key": f"{DIRECTORY_HASH}.zip",
    }
    assembly = app.synth()
    outdir = Path(assembly.directory)
    assert (outdir / f"asset.{DIRECTORY_HASH}" / "index.py").is_file()
    manifest = json.loads((outdir / "Test.assets.json").read_text())
    assert manifest["files"][DIRECTORY_HASH]["displayName"] == "Fn/Code"
    assert manifest["files"][DIRECTORY_HASH]["source"] == {
        "path": f"asset.{DIRECTORY_HASH}",
        "packaging": "zip",
    }


def test_zip_asset_is_published_as_a_file(app: App, stack: Stack) -> None:
    _function(stack, Code.from_asset(str(PARITY_ASSETS / "handler.zip")))
    outdir = Path(app.synth().directory)
    manifest = json.loads((outdir / "Test.assets.json").read_text())
    assert manifest["files"][ZIP_HASH]["source"] == {"path": f"asset.{ZIP_HASH}.zip", "packaging": "file"}
    assert (outdir / f"asset.{ZIP_HASH}.zip").is_file()


def test_text_file_fingerprint_reads_crlf_as_lf_and_counts_the_lf_size(tmp_path: Path) -> None:
    # As aws-cdk-lib 2.275.0: the size is that of the normalized text (12 bytes here, not the file's 14).
    source = tmp_path / "index.py"
    source.write_bytes(b"a = 1\r\nb = 2\r\n")
    normalized = hashlib.sha256(b"a = 1\nb = 2\n").hexdigest()
    assert content_fingerprint(str(source)) == f"12:{normalized}"


def test_binary_file_fingerprint_keeps_crlf(tmp_path: Path) -> None:
    source = tmp_path / "blob.bin"
    source.write_bytes(b"\x00\r\n")
    unchanged = hashlib.sha256(b"\x00\r\n").hexdigest()
    assert content_fingerprint(str(source)) == f"3:{unchanged}"


def test_asset_must_be_a_directory_or_archive(tmp_path: Path, stack: Stack) -> None:
    source = tmp_path / "index.py"
    source.write_text("x")
    with pytest.raises(ValidationError) as error:
        _function(stack, Code.from_asset(str(source)))
    assert str(error.value) == (
        f"Test/Fn/Code: path={str(source)!r} is not a directory or a .zip or .jar file; "
        "zip it or pass its directory"
    )


def test_asset_path_must_exist(tmp_path: Path, stack: Stack) -> None:
    missing = str(tmp_path / "missing")
    with pytest.raises(ValidationError) as error:
        _function(stack, Code.from_asset(missing))
    assert (
        str(error.value) == f"Test/Fn/Code: path={missing!r} does not exist; pass a directory or a .zip file"
    )


def test_asset_code_is_shared_within_a_stack_only(app: App, stack: Stack) -> None:
    code = Code.from_asset(str(PARITY_ASSETS / "handler"))
    _function(stack, code, "A")
    _function(stack, code, "B")
    other = Stack(app, "Other")
    with pytest.raises(ValidationError) as error:
        _function(other, code)
    assert str(error.value) == (
        f"Other/Fn: code=Code.from_asset({str(PARITY_ASSETS / 'handler')!r}) is already used in stack "
        "'Test'; create a new Code for each stack"
    )


def test_bucket_code_without_an_object_version_warns_on_the_bucket(stack: Stack) -> None:
    from apigwv2_integrations.assertions import Annotations, Match

    bucket = Bucket(stack, "Artifacts")
    Code.from_bucket(bucket, "api.zip")
    Code.from_bucket_v2(bucket, "worker.zip")
    Code.from_bucket(bucket, "pinned.zip", "v1")
    warnings = Annotations.from_stack(stack).find_warning("/Test/Artifacts", Match.any_value())
    assert [w.entry.data for w in warnings] == [
        f"{option} is not defined for {method}. The lambda will not be updated automatically if the code in "
        "the bucket is updated. This is because CDK/Cloudformation does not track changes on the source S3 "
        f"Bucket. It is recommended to either use S3Code.fromAsset() instead or set {option}. "
        "[ack: @aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified]"
        for option, method in (
            ("objectVersion", "S3Code.fromBucket()"),
            ("options.objectVersion", "S3Code.fromBucketV2()"),
        )
    ]


IMAGE_FIXTURE = Path(__file__).parent / "image_fixture"


@pytest.mark.parametrize("asks", [True, False], ids=["cdk-cli", "plain"])
def test_asset_code_says_where_its_asset_is_when_the_cdk_cli_asks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Render, asks: bool
) -> None:
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    context = {"aws:cdk:enable-asset-metadata": True} if asks else {}
    stack = Stack(App(outdir=str(tmp_path / "cdk.out"), context=context), "Test")
    _function(stack, Code.from_asset(str(PARITY_ASSETS / "handler")))
    image = DockerImageCode.from_image_asset(str(IMAGE_FIXTURE), build_args={"MODE": "x"}, target="run")
    DockerImageFunction(stack, "Image", code=image)
    resources = template(stack)["Resources"]
    (image_id,) = [
        key for key, value in resources.items() if value["Properties"].get("PackageType") == "Image"
    ]
    if not asks:
        assert "Metadata" not in resources["Fn9270CBC0"]
        assert "Metadata" not in resources[image_id]
        return
    assert resources["Fn9270CBC0"]["Metadata"] == {
        "aws:asset:path": f"asset.{DIRECTORY_HASH}",
        "aws:asset:is-bundled": False,
        "aws:asset:property": "Code",
    }
    image_metadata = resources[image_id]["Metadata"]
    assert image_metadata["aws:asset:path"].startswith("asset.")
    assert {key: value for key, value in image_metadata.items() if key != "aws:asset:path"} == {
        "aws:asset:dockerfile-path": "Dockerfile",
        "aws:asset:docker-build-args": {"MODE": "x"},
        "aws:asset:docker-build-target": "run",
        "aws:asset:property": "Code.ImageUri",
    }
