"""AWS Secrets Manager: secrets with generated or given values, their grants, rotation schedules (with a
function, a hosted one or a Serverless Application Repository application), and every `Cfn*` class."""

from ..cfn.aws_secretsmanager import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_secretsmanager import *  # noqa: F403
    from .policy import ResourcePolicy, ResourcePolicyProps
    from .rotation_schedule import (
        HostedRotation,
        HostedRotationType,
        MultiUserHostedRotationOptions,
        RotationSchedule,
        RotationScheduleOptions,
        RotationScheduleProps,
        SingleUserHostedRotationOptions,
    )
    from .secret import (
        AttachedSecretOptions,
        AttachmentTargetType,
        ISecret,
        ISecretAttachmentTarget,
        ISecretTargetAttachment,
        ReplicaRegion,
        Secret,
        SecretAttachmentTargetProps,
        SecretAttributes,
        SecretProps,
        SecretStringGenerator,
        SecretStringValueBeta1,
        SecretTargetAttachment,
        SecretTargetAttachmentProps,
    )
    from .secret_rotation import (
        SecretRotation,
        SecretRotationApplication,
        SecretRotationApplicationOptions,
        SecretRotationProps,
    )
else:
    _L2_SOURCES = {
        ".policy": ("ResourcePolicy", "ResourcePolicyProps"),
        ".rotation_schedule": (
            "HostedRotation",
            "HostedRotationType",
            "MultiUserHostedRotationOptions",
            "RotationSchedule",
            "RotationScheduleOptions",
            "RotationScheduleProps",
            "SingleUserHostedRotationOptions",
        ),
        ".secret": (
            "AttachedSecretOptions",
            "AttachmentTargetType",
            "ISecret",
            "ISecretAttachmentTarget",
            "ISecretTargetAttachment",
            "ReplicaRegion",
            "Secret",
            "SecretAttachmentTargetProps",
            "SecretAttributes",
            "SecretProps",
            "SecretStringGenerator",
            "SecretStringValueBeta1",
            "SecretTargetAttachment",
            "SecretTargetAttachmentProps",
        ),
        ".secret_rotation": (
            "SecretRotation",
            "SecretRotationApplication",
            "SecretRotationApplicationOptions",
            "SecretRotationProps",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_secretsmanager"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "AttachedSecretOptions",
    "AttachmentTargetType",
    "HostedRotation",
    "HostedRotationType",
    "ISecret",
    "ISecretAttachmentTarget",
    "ISecretTargetAttachment",
    "MultiUserHostedRotationOptions",
    "ReplicaRegion",
    "ResourcePolicy",
    "ResourcePolicyProps",
    "RotationSchedule",
    "RotationScheduleOptions",
    "RotationScheduleProps",
    "Secret",
    "SecretAttachmentTargetProps",
    "SecretAttributes",
    "SecretProps",
    "SecretRotation",
    "SecretRotationApplication",
    "SecretRotationApplicationOptions",
    "SecretRotationProps",
    "SecretStringGenerator",
    "SecretStringValueBeta1",
    "SecretTargetAttachment",
    "SecretTargetAttachmentProps",
    "SingleUserHostedRotationOptions",
]
