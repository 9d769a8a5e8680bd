"""Actions of CloudWatch alarms: SNS topics, Lambda functions, Systems Manager, EC2 and Application Auto
Scaling actions."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for what it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .appscaling import ApplicationScalingAction
    from .ec2 import Ec2Action, Ec2InstanceAction
    from .lambda_ import LambdaAction, LambdaActionProps
    from .sns import SnsAction
    from .ssm import OpsItemCategory, OpsItemSeverity, SsmAction, SsmIncidentAction
else:
    _SOURCES = {
        ".appscaling": ("ApplicationScalingAction",),
        ".ec2": ("Ec2Action", "Ec2InstanceAction"),
        ".lambda_": ("LambdaAction", "LambdaActionProps"),
        ".sns": ("SnsAction",),
        ".ssm": ("OpsItemCategory", "OpsItemSeverity", "SsmAction", "SsmIncidentAction"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "ApplicationScalingAction",
    "Ec2Action",
    "Ec2InstanceAction",
    "LambdaAction",
    "LambdaActionProps",
    "OpsItemCategory",
    "OpsItemSeverity",
    "SnsAction",
    "SsmAction",
    "SsmIncidentAction",
]
