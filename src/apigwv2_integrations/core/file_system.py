"""FileSystem: fingerprints and copies of files and folders, made as asset staging makes them."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence

from .asset_types import IgnoreMode, SymlinkFollowMode
from .assets import fingerprint
from .copy_options import CopyOptions
from .errors import InvalidValueError
from .ignore_strategies import IgnoreStrategy
from .runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


def _system_tmpdir() -> str:
    import tempfile  # deferred: only apps that ask for temporary folders

    return os.path.realpath(tempfile.gettempdir())


class _ClassProperty:
    """A read-only value computed when read from the class itself, as aws_cdk's static properties are."""

    def __init__(self, getter: Callable[[], str]) -> None:
        self._getter = getter

    def __get__(self, instance: object, owner: type | None = None) -> str:
        return self._getter()


class FileSystem:
    """Operations on files and folders: fingerprints, copies and temporary folders."""

    tmpdir = _ClassProperty(_system_tmpdir)
    """The system's folder for temporary files, links resolved (`/tmp`, not `/private/tmp`)."""

    @staticmethod
    def fingerprint(
        file_or_directory: str,
        *,
        exclude: Sequence[str] | None = None,
        follow: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
        extra_hash: str | None = None,
    ) -> str:
        """The SHA-256 fingerprint of a file or folder (its files' relative paths and contents), the hash
        asset staging names a source by.

        `exclude` leaves out matching files (read in `ignore_mode`, default GLOB); `follow` says which
        links are hashed as their targets (default EXTERNAL); `extra_hash` is mixed in.
        """
        if not os.path.lexists(file_or_directory):
            raise InvalidValueError(
                f"FileSystem.fingerprint(): file_or_directory={file_or_directory!r} does not exist; pass "
                "a file or a folder"
            )
        return fingerprint(
            file_or_directory,
            exclude=exclude or (),
            extra_hash=extra_hash or "",
            follow=follow or SymlinkFollowMode.EXTERNAL,
            ignore_mode=ignore_mode or IgnoreMode.GLOB,
        )

    @staticmethod
    def copy_directory(
        src_dir: str,
        dest_dir: str,
        options: CopyOptions | Mapping[str, Any] | None = None,
        root_dir: str | None = None,
    ) -> None:
        """Copy the folder `src_dir` into `dest_dir` (made if missing), without what `options.exclude`
        leaves out; patterns are relative to `root_dir` (default: `src_dir`).

        Links are followed as `options.follow` says (default EXTERNAL: a link to a target outside
        `root_dir` is copied as its target, others as links; a dangling link stays a link).
        """
        if isinstance(options, Mapping):
            options = CopyOptions(**options)
        options = options or CopyOptions()
        if not os.path.isdir(src_dir):
            problem = "is not a folder" if os.path.exists(src_dir) else "does not exist"
            raise InvalidValueError(
                f"FileSystem.copy_directory(): src_dir={src_dir!r} {problem}; pass the folder to copy"
            )
        root = os.path.abspath(root_dir if root_dir is not None else src_dir)
        copier = _FolderCopier(
            IgnoreStrategy.from_copy_options(options, root),
            options.follow or SymlinkFollowMode.EXTERNAL,
            os.path.realpath(root),
        )
        os.makedirs(dest_dir, exist_ok=True)
        copier.copy(os.path.abspath(src_dir), dest_dir)

    @staticmethod
    def mkdtemp(prefix: str) -> str:
        """Make a new temporary folder whose name starts with `prefix` and return its path."""
        import tempfile  # deferred: only apps that ask for temporary folders

        return tempfile.mkdtemp(prefix=prefix, dir=FileSystem.tmpdir)

    @staticmethod
    def is_empty(dir: str) -> bool:  # noqa: A002 - aws_cdk's keyword
        """Whether the folder `dir` holds nothing."""
        if not os.path.isdir(dir):
            problem = "is not a folder" if os.path.exists(dir) else "does not exist"
            raise InvalidValueError(f"FileSystem.is_empty(): dir={dir!r} {problem}; pass a folder")
        return not os.listdir(dir)

    @staticmethod
    def rmrf(dirname: str) -> None:
        """Remove the folder `dirname` and everything in it; nothing happens when it does not exist."""
        import shutil  # deferred: only apps that remove folders

        if os.path.isdir(dirname) and not os.path.islink(dirname):
            shutil.rmtree(dirname)
        elif os.path.lexists(dirname):
            os.remove(dirname)


class _FolderCopier:
    """One `copy_directory` call: the ignore strategy, the link rule and the root links are judged by."""

    def __init__(self, ignore: IgnoreStrategy, follow: SymlinkFollowMode, real_root: str) -> None:
        self._ignore = ignore
        self._follow = follow
        self._real_root = real_root

    def copy(self, source_dir: str, dest_dir: str) -> None:
        """Copy the entries of `source_dir` into `dest_dir`; `dest_dir` is made when the first entry is
        copied into it (a folder that an exclude pattern leaves out is searched for what `!` patterns
        include again, and not made when nothing is)."""
        import shutil  # deferred: only apps that copy folders

        for name in sorted(os.listdir(source_dir)):
            source = os.path.join(source_dir, name)
            dest = os.path.join(dest_dir, name)
            if os.path.islink(source) and self._ignore.ignores(source):
                # A link is judged by its own path; what it points at is not looked at.
                continue
            if os.path.islink(source) and not self._follows(source):
                os.makedirs(dest_dir, exist_ok=True)
                if os.path.lexists(dest):
                    raise InvalidValueError(
                        f"FileSystem.copy_directory(): {dest!r} already exists, so the link {source!r} "
                        "cannot be copied there; copy into a new or empty folder"
                    )
                os.symlink(os.readlink(source), dest)
            elif os.path.isdir(source):
                if self._ignore.completely_ignores(source):
                    continue
                if not self._ignore.ignores(source):
                    os.makedirs(dest, exist_ok=True)
                self.copy(source, dest)
            elif not self._ignore.ignores(source):
                os.makedirs(dest_dir, exist_ok=True)
                shutil.copyfile(source, dest)

    def _follows(self, link: str) -> bool:
        """Whether the link at `link` is copied as its target (a dangling link never is)."""
        if not os.path.exists(link):
            return False
        target = os.path.realpath(link)
        is_external = os.path.commonpath([target, self._real_root]) != self._real_root
        if self._follow is SymlinkFollowMode.ALWAYS:
            return True
        if self._follow is SymlinkFollowMode.EXTERNAL:
            return is_external
        if self._follow is SymlinkFollowMode.BLOCK_EXTERNAL:
            if is_external:
                raise InvalidValueError(
                    f"FileSystem.copy_directory(): {link!r} links to {target!r} outside the folder, which "
                    "follow=SymlinkFollowMode.BLOCK_EXTERNAL forbids; use ALWAYS or EXTERNAL, or replace "
                    "the link by a file"
                )
            return True
        return False
