"""Asset hashes of text files holding CRLF line ends: the size in each file's fingerprint counts the bytes
hashed after CRLF became LF. The expected hashes are those aws-cdk-lib 2.275.0 gave for the same folders."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from apigwv2_integrations.core.asset_types import SymlinkFollowMode
from apigwv2_integrations.core.assets import content_fingerprint, fingerprint

# One folder per case, holding one file named "f" with these bytes.
FOLDER_HASHES = {
    b"a = 1\r\nb = 2\r\n": "2feb9082febecd8df2576450295513b24ad56f3bb2b50a1b05c409db25c5289f",
    "é€\r\nx\r\n".encode(): "8798d7e6ad08cd18ba0f063d411f9e8fc72f4cd8ef35284f4e9f6430be4a4c6d",
    # A CRLF that straddles the 8 KiB read chunks.
    b"y" * 8191 + b"\r\n" + b"z\r\n" * 10: "30bf8d1eb8b38bd977635564e4ffbba872af30fd09a04c941388463fbafee1bd",
    b"y" * 8191 + b"\r" + b"q" * 5: "0b9df699e9defcaaac1ce942eda0726458070344520ae3f75394cc8c80307c01",
    b"a\rb\r\n": "88b9ca0df4563de426c78dad7fe9a5dbf240e7ddb495da6bc0b786f51cd5b276",
    # Invalid UTF-8 is hashed as U+FFFD, and counted as its three bytes.
    b"\xff\xfe\r\nab\r\n": "c0ba079699cc79252cd20fd118d04fae5ca39c5a1df39614d52998a8d0d9b7ec",
}


@pytest.mark.parametrize(("content", "expected"), list(FOLDER_HASHES.items()))
def test_folder_hash_of_a_crlf_text_file(tmp_path: Path, content: bytes, expected: str) -> None:
    (tmp_path / "f").write_bytes(content)
    assert fingerprint(str(tmp_path), follow=SymlinkFollowMode.EXTERNAL) == expected


def test_text_file_size_counts_the_bytes_after_crlf_became_lf(tmp_path: Path) -> None:
    source = tmp_path / "index.py"
    source.write_bytes(b"a = 1\r\nb = 2\r\n")
    normalized = b"a = 1\nb = 2\n"
    assert content_fingerprint(str(source)) == f"{len(normalized)}:{hashlib.sha256(normalized).hexdigest()}"


def test_excluded_files_leave_the_crlf_hash_unchanged(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"a = 1\r\nb = 2\r\n")
    (tmp_path / "f.pyc").write_bytes(b"\x00")
    assert fingerprint(str(tmp_path), exclude=["*.pyc"]) == FOLDER_HASHES[b"a = 1\r\nb = 2\r\n"]
