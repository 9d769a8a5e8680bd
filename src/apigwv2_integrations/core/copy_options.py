"""The options of copying and fingerprinting files and folders (`FileSystem`, `IgnoreStrategy`, asset
staging): which files are left out, how exclude patterns are read and which links are followed."""

from __future__ import annotations

from .asset_types import IgnoreMode, SymlinkFollowMode
from .converters import optional_tuple
from .struct import LazyAttrsMeta, field, lazy_frozen


@lazy_frozen(kw_only=True)
class CopyOptions(metaclass=LazyAttrsMeta):
    """Which files and folders a copy leaves out and which links it follows."""

    exclude: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Files and folders left out (patterns of paths relative to the root; `!` includes again).
    Default: none."""
    follow: SymlinkFollowMode | None = None
    """Which symbolic links are followed. Default: SymlinkFollowMode.EXTERNAL (links out of the root)."""
    ignore_mode: IgnoreMode | None = None
    """How `exclude` patterns are read. Default: IgnoreMode.GLOB."""


@lazy_frozen(kw_only=True)
class FingerprintOptions(CopyOptions, metaclass=LazyAttrsMeta):
    """What a fingerprint of a file or folder covers."""

    extra_hash: str | None = None
    """Text mixed into the fingerprint. Default: none."""


@lazy_frozen(kw_only=True)
class FileCopyOptions(metaclass=LazyAttrsMeta):
    """Which files and folders a copy leaves out and which links it follows (`follow_symlinks`, as
    assets name it)."""

    exclude: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Files and folders left out (patterns of paths relative to the root; `!` includes again).
    Default: none."""
    follow_symlinks: SymlinkFollowMode | None = None
    """Which symbolic links are followed. Default: SymlinkFollowMode.EXTERNAL (links out of the root)."""
    ignore_mode: IgnoreMode | None = None
    """How `exclude` patterns are read. Default: IgnoreMode.GLOB."""


@lazy_frozen(kw_only=True)
class FileFingerprintOptions(FileCopyOptions, metaclass=LazyAttrsMeta):
    """What a fingerprint of a file or folder covers (`follow_symlinks`, as assets name it)."""

    extra_hash: str | None = None
    """Text mixed into the fingerprint. Default: none."""
