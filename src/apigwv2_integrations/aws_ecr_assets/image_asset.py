"""Platform: the operating system and architecture `docker build --platform` builds an image for."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import ClassVar


class Platform:
    """A Docker build platform, `Platform.LINUX_AMD64`, `Platform.LINUX_ARM64` or `Platform.custom(...)`."""

    LINUX_AMD64: ClassVar[Platform]
    """Linux on x86-64 (`linux/amd64`)."""
    LINUX_ARM64: ClassVar[Platform]
    """Linux on 64-bit ARM (`linux/arm64`)."""

    def __init__(self, platform: str) -> None:
        self.platform = platform
        """The platform string passed to `docker build --platform`."""

    @staticmethod
    def custom(platform: str) -> Platform:
        """A platform given by its Docker string, such as `linux/riscv64`."""
        return Platform(platform)

    def __repr__(self) -> str:
        return f"Platform.custom({self.platform!r})"


Platform.LINUX_AMD64 = Platform("linux/amd64")
Platform.LINUX_ARM64 = Platform("linux/arm64")
