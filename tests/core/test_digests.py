"""The package's MD5, SHA-1 and SHA-256: hashlib's digests, each module loaded on first use."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from apigwv2_integrations.core import _digests


def test_the_digests_are_hashlibs() -> None:
    for name in ("md5", "sha1", "sha256"):
        ours = getattr(_digests, name)
        for data in (b"", b"Stack/Resource", bytes(range(256)) * 9):
            assert ours(data).hexdigest() == hashlib.new(name, data).hexdigest()
        updated = ours()
        updated.update(b"ab")
        assert updated.hexdigest() == hashlib.new(name, b"ab").hexdigest()


def test_a_hash_module_loads_when_its_digest_is_first_made() -> None:
    code = (
        "import sys; from apigwv2_integrations.core import _digests; "
        "print('_sha1' in sys.modules); _digests.sha1(b'x'); print('_sha1' in sys.modules)"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.split() == ["False", "True"]
