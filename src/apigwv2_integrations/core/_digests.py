"""MD5, SHA-1 and SHA-256 from the interpreter's own hash modules, without loading OpenSSL.

The digests are those of `hashlib`; `import hashlib` loads OpenSSL's libcrypto, which costs about 3 ms,
a large share of the import time of a small app (logical IDs and construct addresses need only these).
An interpreter built without its own hash modules gets `hashlib`'s.
"""

from __future__ import annotations

from collections.abc import Callable

from .runtime_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from hashlib import _Hash
    from typing import Any

__all__ = ["md5", "sha1", "sha256"]


def _constructor(name: str, *modules: str) -> Callable[..., _Hash]:
    for module in modules:
        try:
            # __import__, not an import statement: typeshed has no stubs for these private modules.
            return cast("Callable[..., _Hash]", getattr(__import__(module), name))
        except (ImportError, AttributeError):
            continue
    import hashlib  # deferred: only an interpreter without its own hash modules loads OpenSSL

    return cast("Callable[..., _Hash]", getattr(hashlib, name))


md5 = _constructor("md5", "_md5")
sha256 = _constructor("sha256", "_sha256", "_sha2")  # _sha2 from Python 3.12
_sha1: Callable[..., _Hash] | None = None


def sha1(data: bytes = b"", **options: Any) -> _Hash:
    """`hashlib.sha1`, whose module (a shared library) loads on first use: only construct addresses need
    it, and most apps ask for none. (MD5 makes every logical ID: a call through a function here would
    cost more than loading its module.)"""
    global _sha1
    if _sha1 is None:
        _sha1 = _constructor("sha1", "_sha1")
    return _sha1(data, **options)
