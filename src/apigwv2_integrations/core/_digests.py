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


class _Digest:
    """A hash constructor whose module (a shared library) loads on first use: an app that makes no
    construct address never needs SHA-1."""

    __slots__ = ("_make", "_modules", "_name")

    def __init__(self, name: str, *modules: str) -> None:
        self._name = name
        self._modules = modules
        self._make: Callable[..., _Hash] | None = None

    def __call__(self, data: bytes = b"", **options: Any) -> _Hash:
        make = self._make
        if make is None:
            make = self._make = _constructor(self._name, *self._modules)
        return make(data, **options)


md5 = _Digest("md5", "_md5")
sha1 = _Digest("sha1", "_sha1")
sha256 = _Digest("sha256", "_sha256", "_sha2")  # _sha2 from Python 3.12
