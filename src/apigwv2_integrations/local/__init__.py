"""Run HTTP and WebSocket APIs of a built app locally: in-process with LocalApi, or on localhost
with `python -m apigwv2_integrations serve APP.py` (the server needs the `local` extra)."""

from ._lambda import LambdaContext
from ._services import ServiceCall
from ._websocket import ConnectionRejected, GoneError, LocalConnection
from .api import LocalApi
from .app_file import run_app_file
from .response import LocalResponse, RequestRecord

__all__ = [
    "ConnectionRejected",
    "GoneError",
    "LambdaContext",
    "LocalApi",
    "LocalConnection",
    "LocalResponse",
    "RequestRecord",
    "ServiceCall",
    "run_app_file",
]
