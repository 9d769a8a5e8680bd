"""AWS Secrets Manager: secrets with generated or given values, their grants, and every `Cfn*` class."""

import typing as _typing

from ..cfn.aws_secretsmanager import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# The Cfn* names load on first use; mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_secretsmanager import *  # noqa: F403
else:
    __getattr__, __dir__ = _lazy_exports(__name__, dict.fromkeys(_cfn_all, "..cfn.aws_secretsmanager"))

from .policy import ResourcePolicy, ResourcePolicyProps
from .secret import (
    ISecret,
    ReplicaRegion,
    Secret,
    SecretAttributes,
    SecretProps,
    SecretStringGenerator,
)

__all__ = [
    *_cfn_all,
    "ISecret",
    "ReplicaRegion",
    "ResourcePolicy",
    "ResourcePolicyProps",
    "Secret",
    "SecretAttributes",
    "SecretProps",
    "SecretStringGenerator",
]
