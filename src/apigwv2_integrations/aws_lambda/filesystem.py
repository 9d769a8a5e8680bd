"""FileSystem: a file system a Lambda function mounts (an EFS access point), as `Function(filesystem=...)`
takes it."""

from __future__ import annotations

from ..aws_iam.policy_statement import PolicyStatement
from ..core.converters import optional_tuple
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from ..aws_ec2 import Connections
    from ..aws_efs import IAccessPoint
    from ..core.construct import IDependable

__all__ = ["FileSystem", "FileSystemConfig"]


@lazy_frozen(kw_only=True)
class FileSystemConfig(metaclass=LazyAttrsMeta):
    """What a function needs to mount a file system."""

    arn: str
    """The ARN of the access point."""
    local_mount_path: str
    """Where the function sees the file system: `/mnt/<name>`."""
    connections: Connections | None = None
    """The file system's connections, which the function's security groups are allowed to. Default: none."""
    dependency: tuple[IDependable, ...] | None = field(default=None, converter=optional_tuple)
    """What the function waits for (the mount targets). Default: nothing."""
    policies: tuple[PolicyStatement, ...] | None = field(default=None, converter=optional_tuple)
    """Statements added to the function's role. Default: none."""


class FileSystem:
    """A file system for `Function(filesystem=...)`."""

    def __init__(self, config: FileSystemConfig) -> None:
        self.config = config

    @staticmethod
    def from_efs_access_point(ap: IAccessPoint, mount_path: str) -> FileSystem:
        """Mount the EFS access point `ap` at `mount_path` (`/mnt/<name>`)."""
        file_system = ap.file_system
        file_system_arn = ap.stack.format_arn(
            service="elasticfilesystem", resource="file-system", resource_name=file_system.file_system_id
        )
        return FileSystem(
            FileSystemConfig(
                arn=ap.access_point_arn,
                local_mount_path=mount_path,
                connections=file_system.connections,
                dependency=[file_system.mount_targets_available],
                policies=[
                    PolicyStatement(
                        actions=["elasticfilesystem:ClientMount"],
                        resources=["*"],
                        conditions={
                            "StringEquals": {"elasticfilesystem:AccessPointArn": ap.access_point_arn}
                        },
                    ),
                    PolicyStatement(actions=["elasticfilesystem:ClientWrite"], resources=[file_system_arn]),
                ],
            )
        )
