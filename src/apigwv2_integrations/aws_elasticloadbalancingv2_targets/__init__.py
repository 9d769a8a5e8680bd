"""Targets of Elastic Load Balancing v2 target groups: IP addresses, EC2 instance ids, Lambda functions and
Application Load Balancers."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .alb_target import AlbArnTarget, AlbListenerTarget, AlbTarget
    from .instance_target import InstanceIdTarget, InstanceTarget
    from .ip_target import IpTarget
    from .lambda_target import LambdaTarget
else:
    _SOURCES = {
        ".alb_target": ("AlbArnTarget", "AlbListenerTarget", "AlbTarget"),
        ".instance_target": ("InstanceIdTarget", "InstanceTarget"),
        ".ip_target": ("IpTarget",),
        ".lambda_target": ("LambdaTarget",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "AlbArnTarget",
    "AlbListenerTarget",
    "AlbTarget",
    "InstanceIdTarget",
    "InstanceTarget",
    "IpTarget",
    "LambdaTarget",
]
