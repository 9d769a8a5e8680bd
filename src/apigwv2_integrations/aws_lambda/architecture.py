"""Architecture: the instruction set a Lambda function runs on."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import ClassVar


class Architecture:
    """An instruction set architecture, `Architecture.X86_64` or `Architecture.ARM_64`."""

    X86_64: ClassVar[Architecture]
    ARM_64: ClassVar[Architecture]

    def __init__(self, name: str, docker_platform: str) -> None:
        self.name = name
        self.docker_platform = docker_platform

    @staticmethod
    def custom(name: str, docker_platform: str | None = None) -> Architecture:
        """An architecture this package does not know yet."""
        return Architecture(name, docker_platform or "linux/amd64")

    def to_string(self) -> str:
        """The architecture's name."""
        return self.name

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"Architecture.custom({self.name!r}, {self.docker_platform!r})"


Architecture.X86_64 = Architecture("x86_64", "linux/amd64")
Architecture.ARM_64 = Architecture("arm64", "linux/arm64")
