"""Actions of Application Load Balancer listeners that other services provide: Cognito sign-in."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .cognito_action import AuthenticateCognitoAction, AuthenticateCognitoActionProps
else:
    _SOURCES = {".cognito_action": ("AuthenticateCognitoAction", "AuthenticateCognitoActionProps")}
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = ["AuthenticateCognitoAction", "AuthenticateCognitoActionProps"]
