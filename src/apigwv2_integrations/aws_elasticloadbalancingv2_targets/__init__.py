"""Targets of Elastic Load Balancing v2 target groups: IP addresses and EC2 instance ids."""

import typing as _typing

from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .instance_target import InstanceIdTarget
    from .ip_target import IpTarget
else:
    _SOURCES = {
        ".instance_target": ("InstanceIdTarget",),
        ".ip_target": ("IpTarget",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = ["InstanceIdTarget", "IpTarget"]
