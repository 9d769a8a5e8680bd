"""Amazon EFS: file systems with their mount targets, policies and grants, access points, imported file
systems and access points, and every `Cfn*` class."""

from ..cfn.aws_efs import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_efs import *  # noqa: F403
    from .access_point import (
        AccessPoint,
        AccessPointAttributes,
        AccessPointOptions,
        AccessPointProps,
        Acl,
        IAccessPoint,
        PosixUser,
    )
    from .efs_file_system import (
        FileSystem,
        FileSystemAttributes,
        FileSystemProps,
        IFileSystem,
        LifecyclePolicy,
        OutOfInfrequentAccessPolicy,
        PerformanceMode,
        ReplicationOverwriteProtection,
        ThroughputMode,
    )
else:
    _L2_SOURCES = {
        ".access_point": (
            "AccessPoint",
            "AccessPointAttributes",
            "AccessPointOptions",
            "AccessPointProps",
            "Acl",
            "IAccessPoint",
            "PosixUser",
        ),
        ".efs_file_system": (
            "FileSystem",
            "FileSystemAttributes",
            "FileSystemProps",
            "IFileSystem",
            "LifecyclePolicy",
            "OutOfInfrequentAccessPolicy",
            "PerformanceMode",
            "ReplicationOverwriteProtection",
            "ThroughputMode",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_efs"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "AccessPoint",
    "AccessPointAttributes",
    "AccessPointOptions",
    "AccessPointProps",
    "Acl",
    "FileSystem",
    "FileSystemAttributes",
    "FileSystemProps",
    "IAccessPoint",
    "IFileSystem",
    "LifecyclePolicy",
    "OutOfInfrequentAccessPolicy",
    "PerformanceMode",
    "PosixUser",
    "ReplicationOverwriteProtection",
    "ThroughputMode",
]
