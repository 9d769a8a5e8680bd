"""IgnoreStrategy: whether exclude patterns leave a file or folder out, read as globs, as a `.gitignore`
file or as a `.dockerignore` file (the `IgnoreMode`s of asset staging)."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence

from .asset_types import IgnoreMode
from .assets import docker_may_include_below, is_excluded
from .copy_options import CopyOptions, FileCopyOptions
from .errors import InvalidValueError
from .runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


class IgnoreStrategy(ABC):
    """Exclude patterns of one root folder, read in one `IgnoreMode`."""

    @staticmethod
    def from_copy_options(
        options: CopyOptions | FileCopyOptions | Mapping[str, Any], absolute_root_path: str
    ) -> IgnoreStrategy:
        """The strategy of `options.ignore_mode` (GLOB when not set) with `options.exclude`."""
        if isinstance(options, Mapping):
            options = CopyOptions(**options)
        patterns = options.exclude or ()
        if options.ignore_mode is IgnoreMode.GIT:
            return IgnoreStrategy.git(absolute_root_path, patterns)
        if options.ignore_mode is IgnoreMode.DOCKER:
            return IgnoreStrategy.docker(absolute_root_path, patterns)
        return IgnoreStrategy.glob(absolute_root_path, patterns)

    @staticmethod
    def glob(absolute_root_path: str, patterns: Sequence[str]) -> GlobIgnoreStrategy:
        """Patterns read as globs (`IgnoreMode.GLOB`)."""
        return GlobIgnoreStrategy(absolute_root_path, patterns)

    @staticmethod
    def git(absolute_root_path: str, patterns: Sequence[str]) -> GitIgnoreStrategy:
        """Patterns read as the lines of a `.gitignore` file (`IgnoreMode.GIT`)."""
        return GitIgnoreStrategy(absolute_root_path, patterns)

    @staticmethod
    def docker(absolute_root_path: str, patterns: Sequence[str]) -> DockerIgnoreStrategy:
        """Patterns read as the lines of a `.dockerignore` file (`IgnoreMode.DOCKER`)."""
        return DockerIgnoreStrategy(absolute_root_path, patterns)

    @abstractmethod
    def add(self, pattern: str) -> None:
        """Add a pattern after those given (a later pattern wins over an earlier one)."""

    @abstractmethod
    def ignores(self, absolute_file_path: str) -> bool:
        """Whether the patterns leave out the file or folder at `absolute_file_path`."""

    def completely_ignores(self, absolute_directory_path: str) -> bool:
        """Whether the patterns leave out the folder at `absolute_directory_path` and everything in it
        (no `!` pattern can include something inside it again)."""
        return self.ignores(absolute_directory_path)


class _PatternIgnoreStrategy(IgnoreStrategy):
    """The root folder and the patterns, in the order given, that each strategy reads its own way."""

    def __init__(self, absolute_root_path: str, patterns: Sequence[str]) -> None:
        kind = type(self).__name__
        if not os.path.isabs(absolute_root_path):
            raise InvalidValueError(
                f"{kind}: absolute_root_path={absolute_root_path!r} is relative; pass an absolute path"
            )
        self._absolute_root_path = os.path.normpath(absolute_root_path)
        self._patterns: list[str] = []
        for pattern in patterns:
            self.add(pattern)

    def add(self, pattern: str) -> None:
        """Add a pattern after those given (a later pattern wins over an earlier one)."""
        self._patterns.append(pattern)

    def _relative_path(self, absolute_path: str, keyword: str) -> str:
        """`absolute_path` relative to the root, `/`-separated; `""` for the root itself."""
        if not os.path.isabs(absolute_path):
            raise InvalidValueError(
                f"{type(self).__name__}.ignores(): {keyword}={absolute_path!r} is relative; pass an "
                "absolute path"
            )
        relative = os.path.relpath(absolute_path, self._absolute_root_path).replace(os.sep, "/")
        return "" if relative == "." else relative


class GlobIgnoreStrategy(_PatternIgnoreStrategy):
    """Patterns read as globs: a pattern without `/` matches a name at any depth, `*` stops at `/`,
    `**` spans folders, and a name starting with `.` is matched only by a pattern that spells the dot."""

    def ignores(self, absolute_file_path: str) -> bool:
        """Whether the patterns leave out the file or folder at `absolute_file_path` (its own path is
        matched, not its folders')."""
        relative = self._relative_path(absolute_file_path, "absolute_file_path")
        if relative:
            return is_excluded(relative, self._patterns)
        # The root's empty path is matched only by an empty pattern and by `**` (minimatch's `*` needs
        # a character).
        ignored = False
        for pattern in self._patterns:
            is_negated = pattern.startswith("!")
            if (pattern[1:] if is_negated else pattern) in ("", "**"):
                ignored = not is_negated
        return ignored


class GitIgnoreStrategy(_PatternIgnoreStrategy):
    """Patterns read as the lines of a `.gitignore` file: a pattern without `/` (but a trailing one)
    matches a name at any depth, a trailing `/` matches folders only, and nothing inside an ignored
    folder can be included again."""

    def ignores(self, absolute_file_path: str) -> bool:
        """Whether the patterns leave out `absolute_file_path`, read as a file, or one of its folders."""
        return self._ignores(self._git_relative_path(absolute_file_path, "absolute_file_path"), False)

    def completely_ignores(self, absolute_directory_path: str) -> bool:
        """Whether the patterns leave out the folder at `absolute_directory_path` or one of its folders."""
        relative = self._git_relative_path(absolute_directory_path, "absolute_directory_path")
        return self._ignores(relative, True)

    def _ignores(self, relative: str, is_directory: bool) -> bool:
        folders = relative.split("/")[:-1]
        for depth in range(1, len(folders) + 1):
            if is_excluded(
                "/".join(folders[:depth]), self._patterns, is_directory=True, ignore_mode=IgnoreMode.GIT
            ):
                return True
        return is_excluded(relative, self._patterns, is_directory=is_directory, ignore_mode=IgnoreMode.GIT)

    def _git_relative_path(self, absolute_path: str, keyword: str) -> str:
        relative = self._relative_path(absolute_path, keyword)
        if not relative or relative == ".." or relative.startswith("../"):
            # A `.gitignore` file speaks of what is inside its folder only.
            raise InvalidValueError(
                f"GitIgnoreStrategy.ignores(): {keyword}={absolute_path!r} is not inside "
                f"{self._absolute_root_path!r}; pass a path inside the root folder"
            )
        return relative


class DockerIgnoreStrategy(_PatternIgnoreStrategy):
    """Patterns read as the lines of a `.dockerignore` file: anchored at the root, `*` and `?` stop at
    `/`, `**` spans folders, and a pattern that matches a folder matches everything in it."""

    def ignores(self, absolute_file_path: str) -> bool:
        """Whether the patterns leave out the file or folder at `absolute_file_path`."""
        relative = self._relative_path(absolute_file_path, "absolute_file_path")
        # As aws-cdk-lib: the root itself counts as ignored (copies and fingerprints never ask).
        return not relative or is_excluded(relative, self._patterns, ignore_mode=IgnoreMode.DOCKER)

    def completely_ignores(self, absolute_directory_path: str) -> bool:
        """Whether the patterns leave out the folder and no `!` pattern can include something inside it
        again: none after the pattern that excluded it (or the folder holding it) reaches inside."""
        relative = self._relative_path(absolute_directory_path, "absolute_directory_path")
        if not relative:
            return True
        if not is_excluded(relative, self._patterns, ignore_mode=IgnoreMode.DOCKER):
            return False
        folders = relative.split("/")
        for depth in range(1, len(folders) + 1):
            folder = "/".join(folders[:depth])
            excluded_by = [
                index
                for index, pattern in enumerate(self._patterns)
                if not pattern.startswith("!")
                and is_excluded(folder, (pattern,), ignore_mode=IgnoreMode.DOCKER)
            ]
            if excluded_by and docker_may_include_below(folder, self._patterns[excluded_by[-1] + 1 :]):
                return False
        return True
