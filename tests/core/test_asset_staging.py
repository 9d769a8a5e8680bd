"""AssetStaging (core/asset_staging.py): the hash, the staged names and the copy in the assembly. The
hashes are those aws-cdk-lib 2.275.0 gave the same folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from apigwv2_integrations import (
    App,
    AssetHashType,
    AssetStaging,
    AssetStagingProps,
    FileAssetPackaging,
    IgnoreMode,
    Stack,
    Stage,
)
from apigwv2_integrations.core.errors import ValidationError


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    for name, text in {"a.txt": "hello\r\nworld\n", "b.py": "print(1)\n", "sub/c.md": "# c"}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return folder


def test_folder_is_staged_as_a_zip_named_by_its_hash(app: App, stack: Stack, source: Path) -> None:
    staging = AssetStaging(stack, "Staging", source_path=str(source))
    assert staging.asset_hash == "674cd35ff2923f052c138a256c39ec17f5db4dfc77201ae810d77012bc216070"
    assert staging.packaging is FileAssetPackaging.ZIP_DIRECTORY
    assert staging.is_archive is True
    assert staging.source_path == str(source)
    assert staging.relative_staged_path(stack) == f"asset.{staging.asset_hash}"
    assert staging.absolute_staged_path == str(Path(app.outdir).resolve() / f"asset.{staging.asset_hash}")
    app.synth()
    staged = Path(staging.absolute_staged_path)
    assert sorted(p.relative_to(staged).as_posix() for p in staged.rglob("*") if p.is_file()) == [
        "a.txt",
        "b.py",
        "sub/c.md",
    ]


def test_exclude_and_extra_hash_change_the_hash(app: App, stack: Stack, source: Path) -> None:
    staging = AssetStaging(
        stack,
        "Staging",
        source_path=str(source),
        exclude=["sub"],
        ignore_mode=IgnoreMode.DOCKER,
        extra_hash="x",
    )
    assert staging.asset_hash == "17e366140b357c955ad26901549ecfb1560c3d48fffca2835495420f58e71b04"
    app.synth()
    staged = Path(staging.absolute_staged_path)
    assert sorted(p.name for p in staged.iterdir()) == ["a.txt", "b.py"]


def test_file_keeps_its_extension(stack: Stack, source: Path) -> None:
    staging = AssetStaging(stack, "Staging", source_path=str(source / "b.py"))
    assert staging.packaging is FileAssetPackaging.FILE
    assert staging.is_archive is False
    assert staging.relative_staged_path(stack) == f"asset.{staging.asset_hash}.py"


def test_custom_hash_is_hashed_again(stack: Stack, source: Path) -> None:
    staging = AssetStaging(stack, "Staging", source_path=str(source), asset_hash="abc")
    assert staging.asset_hash == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_stack_of_a_nested_stage_sees_the_copy_one_folder_up(app: App, source: Path) -> None:
    stack = Stack(Stage(app, "Prod"), "Api")
    staging = AssetStaging(stack, "Staging", source_path=str(source))
    assert staging.relative_staged_path(stack) == f"../asset.{staging.asset_hash}"


def test_output_hash_needs_bundling(stack: Stack, source: Path) -> None:
    with pytest.raises(ValidationError) as error:
        AssetStaging(stack, "Staging", source_path=str(source), asset_hash_type=AssetHashType.OUTPUT)
    assert str(error.value) == (
        "Test/Staging: asset_hash_type=AssetHashType.OUTPUT needs bundling; use AssetHashType.SOURCE or give "
        "bundling"
    )


def test_missing_source_is_refused(stack: Stack, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing")
    with pytest.raises(ValidationError) as error:
        AssetStaging(stack, "Staging", source_path=missing)
    assert (
        str(error.value) == f"Test/Staging: source_path={missing!r} does not exist; pass a file or a folder"
    )


def test_bundling_folders_are_docker_mount_points() -> None:
    assert (AssetStaging.BUNDLING_INPUT_DIR, AssetStaging.BUNDLING_OUTPUT_DIR) == (
        "/asset-input",
        "/asset-output",
    )


def test_props_take_fingerprint_and_asset_options() -> None:
    props = AssetStagingProps(source_path="x", exclude=["a"], extra_hash="e", asset_hash="h")
    assert (props.source_path, props.exclude, props.extra_hash, props.asset_hash) == ("x", ("a",), "e", "h")
