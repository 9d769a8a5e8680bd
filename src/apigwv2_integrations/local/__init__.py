"""Run HTTP and WebSocket APIs of a built app locally: in-process with LocalApi, or on localhost
with `python -m apigwv2_integrations serve APP.py` (the server needs the `local` extra)."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ._lambda import LambdaContext
    from ._services import ServiceCall
    from ._websocket import ConnectionRejected, GoneError, LocalConnection, PayloadTooLargeError
    from .api import LocalApi
    from .app_file import run_app_file
    from .response import LocalResponse, RequestRecord
else:
    _SOURCES = {
        "._lambda": ("LambdaContext",),
        "._services": ("ServiceCall",),
        "._websocket": ("ConnectionRejected", "GoneError", "LocalConnection", "PayloadTooLargeError"),
        ".api": ("LocalApi",),
        ".app_file": ("run_app_file",),
        ".response": ("LocalResponse", "RequestRecord"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "ConnectionRejected",
    "GoneError",
    "LambdaContext",
    "LocalApi",
    "LocalConnection",
    "LocalResponse",
    "PayloadTooLargeError",
    "RequestRecord",
    "ServiceCall",
    "run_app_file",
]
