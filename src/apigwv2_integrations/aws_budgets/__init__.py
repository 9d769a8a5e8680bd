"""AWS Budgets: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_budgets import __all__ as __all__
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# The Cfn* names load on first use; mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_budgets import *  # noqa: F403
else:
    __getattr__, __dir__ = _lazy_exports(__name__, dict.fromkeys(__all__, "..cfn.aws_budgets"))
