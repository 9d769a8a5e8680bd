"""FileSystem (core/file_system.py): fingerprints and copies of folders with nested files, excludes of each
IgnoreMode and links with each follow mode, compared with what aws-cdk-lib 2.275.0 answered for the same
folders (tests/data/file_system_parity.json)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import CopyOptions, FileSystem, IgnoreMode, SymlinkFollowMode
from apigwv2_integrations.core.errors import ArgumentTypeError, InvalidValueError

PARITY = json.loads((Path(__file__).parents[1] / "data" / "file_system_parity.json").read_text())
MODES = {"none": None, "glob": IgnoreMode.GLOB, "git": IgnoreMode.GIT, "docker": IgnoreMode.DOCKER}
FOLLOWS = {
    "none": None,
    "never": SymlinkFollowMode.NEVER,
    "always": SymlinkFollowMode.ALWAYS,
    "external": SymlinkFollowMode.EXTERNAL,
    "block": SymlinkFollowMode.BLOCK_EXTERNAL,
}
FILES: dict[str, bytes] = {
    "nested/a.txt": b"hello\r\nworld\n",
    "nested/b.py": b"print(1)\n",
    "nested/sub/c.md": b"# c",
    "nested/sub/deep/d.bin": b"\x00\x01\x02",
    "nested/.hidden": b"h",
    "nested/sub/.env": b"E=1",
    "nested/node_modules/pkg/index.js": b"x",
    "nested/build/out.txt": b"o",
    "nested/sub/build/x.txt": b"y",
    "nested/README.md": b"r",
    "nested/Dockerfile": b"FROM x",
    "links/real/file.txt": b"f",
    "links/real/sub/g.txt": b"g",
    "outside/ext.txt": b"ext",
    "outside/dir/e2.txt": b"e2",
    "single.txt": b"one file\n",
}
LINKS = {
    "links/internal_file": "real/file.txt",
    "links/internal_dir": "real/sub",
    "links/external_file": "../outside/ext.txt",
    "links/external_dir": "../outside/dir",
    "links/dangling": "nowhere",
}


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folders the reference answers were computed on."""
    root = tmp_path_factory.mktemp("fs")
    for name, data in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    for name, target in LINKS.items():
        os.symlink(target, root / name)
    (root / "empty").mkdir()
    return root


def _options(mode: str, exclude: str, follow: str) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if json.loads(exclude) is not None:
        options["exclude"] = json.loads(exclude)
    if MODES[mode] is not None:
        options["ignore_mode"] = MODES[mode]
    if FOLLOWS[follow] is not None:
        options["follow"] = FOLLOWS[follow]
    return options


def _tree(folder: Path) -> list[str]:
    """The copy as the reference lists it: links with their targets, folders with a slash."""
    found = []
    for directory, names, files in os.walk(folder):
        for name in names + files:
            path = Path(directory) / name
            relative = str(path.relative_to(folder))
            if path.is_symlink():
                found.append(f"{relative} -> {os.readlink(path)}")
            elif path.is_dir():
                found.append(relative + "/" + ("" if any(path.iterdir()) else " (empty)"))
            else:
                found.append(relative)
    return sorted(found)


@pytest.mark.parametrize(("case", "expected"), sorted(PARITY["fingerprints"].items()))
def test_fingerprint_is_aws_cdk_libs(folders: Path, case: str, expected: str) -> None:
    _, folder, mode, exclude, follow, extra = case.split("|")
    options = _options(mode, exclude, follow)
    if extra != "None":
        options["extra_hash"] = extra
    assert FileSystem.fingerprint(str(folders / folder), **options) == expected


@pytest.mark.parametrize(("case", "expected"), sorted(PARITY["copies"].items()))
def test_copy_directory_copies_what_aws_cdk_lib_copies(
    folders: Path, tmp_path: Path, case: str, expected: Any
) -> None:
    parts = case.split("|")
    destination = tmp_path / "copy"
    if parts[0] == "copyroot":
        options = CopyOptions(exclude=json.loads(parts[1]))
        FileSystem.copy_directory(
            str(folders / "nested/sub"), str(destination), options, str(folders / "nested")
        )
        assert _tree(destination) == expected
        return
    _, folder, mode, exclude, follow = parts
    options = CopyOptions(**_options(mode, exclude, follow))
    if expected == "ERR":
        with pytest.raises(InvalidValueError, match="BLOCK_EXTERNAL forbids"):
            FileSystem.copy_directory(str(folders / folder), str(destination), options)
    else:
        FileSystem.copy_directory(str(folders / folder), str(destination), options)
        assert _tree(destination) == expected


def test_copy_directory_takes_options_as_a_dict(folders: Path, tmp_path: Path) -> None:
    FileSystem.copy_directory(str(folders / "nested/sub"), str(tmp_path / "c"), {"exclude": ["*.md", "deep"]})
    assert _tree(tmp_path / "c") == [".env", "build/", "build/x.txt"]


def test_copy_directory_refuses_a_file(folders: Path, tmp_path: Path) -> None:
    source = str(folders / "single.txt")
    with pytest.raises(InvalidValueError) as error:
        FileSystem.copy_directory(source, str(tmp_path / "c"))
    assert str(error.value) == (
        f"FileSystem.copy_directory(): src_dir={source!r} is not a folder; pass the folder to copy"
    )


def test_copy_directory_does_not_overwrite_a_link(folders: Path, tmp_path: Path) -> None:
    FileSystem.copy_directory(str(folders / "links"), str(tmp_path / "c"))
    with pytest.raises(InvalidValueError) as error:
        FileSystem.copy_directory(str(folders / "links"), str(tmp_path / "c"))
    assert str(error.value) == (
        f"FileSystem.copy_directory(): {str(tmp_path / 'c' / 'dangling')!r} already exists, so the link "
        f"{str(folders / 'links' / 'dangling')!r} cannot be copied there; copy into a new or empty folder"
    )


def test_fingerprint_of_a_missing_path_says_so(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing")
    with pytest.raises(InvalidValueError) as error:
        FileSystem.fingerprint(missing)
    assert str(error.value) == (
        f"FileSystem.fingerprint(): file_or_directory={missing!r} does not exist; pass a file or a folder"
    )


def test_fingerprint_refuses_a_follow_mode_given_as_text(folders: Path) -> None:
    with pytest.raises(ArgumentTypeError) as error:
        FileSystem.fingerprint(str(folders / "nested"), follow="never")  # type: ignore[arg-type]
    assert str(error.value) == (
        "FileSystem.fingerprint: follow='never' is a str; use a SymlinkFollowMode, e.g. SymlinkFollowMode.NEVER"
    )


def test_is_empty(folders: Path) -> None:
    assert FileSystem.is_empty(str(folders / "empty")) is True
    assert FileSystem.is_empty(str(folders / "nested")) is False


def test_is_empty_refuses_a_missing_folder(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing")
    with pytest.raises(InvalidValueError) as error:
        FileSystem.is_empty(missing)
    assert str(error.value) == f"FileSystem.is_empty(): dir={missing!r} does not exist; pass a folder"


def test_mkdtemp_makes_a_folder_in_tmpdir() -> None:
    made = FileSystem.mkdtemp("fs-test-")
    try:
        assert os.path.isdir(made)
        assert os.path.dirname(made) == FileSystem.tmpdir
        assert os.path.basename(made).startswith("fs-test-")
    finally:
        FileSystem.rmrf(made)
    assert not os.path.exists(made)


def test_tmpdir_has_its_links_resolved() -> None:
    assert FileSystem.tmpdir == os.path.realpath(FileSystem.tmpdir)


def test_rmrf_of_a_missing_folder_does_nothing(tmp_path: Path) -> None:
    FileSystem.rmrf(str(tmp_path / "missing"))
