"""Authorizers for API Gateway v2 routes."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): a JWT authorizer does not import Cognito. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .http.iam import HttpIamAuthorizer
    from .http.jwt import HttpJwtAuthorizer, HttpJwtAuthorizerProps
    from .http.lambda_ import HttpLambdaAuthorizer, HttpLambdaAuthorizerProps, HttpLambdaResponseType
    from .http.user_pool import HttpUserPoolAuthorizer, HttpUserPoolAuthorizerProps
    from .websocket.iam import WebSocketIamAuthorizer
    from .websocket.lambda_ import WebSocketLambdaAuthorizer, WebSocketLambdaAuthorizerProps
else:
    _SOURCES = {
        ".http.iam": ("HttpIamAuthorizer",),
        ".http.jwt": ("HttpJwtAuthorizer", "HttpJwtAuthorizerProps"),
        ".http.lambda_": ("HttpLambdaAuthorizer", "HttpLambdaAuthorizerProps", "HttpLambdaResponseType"),
        ".http.user_pool": ("HttpUserPoolAuthorizer", "HttpUserPoolAuthorizerProps"),
        ".websocket.iam": ("WebSocketIamAuthorizer",),
        ".websocket.lambda_": ("WebSocketLambdaAuthorizer", "WebSocketLambdaAuthorizerProps"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "HttpIamAuthorizer",
    "HttpJwtAuthorizer",
    "HttpJwtAuthorizerProps",
    "HttpLambdaAuthorizer",
    "HttpLambdaAuthorizerProps",
    "HttpLambdaResponseType",
    "HttpUserPoolAuthorizer",
    "HttpUserPoolAuthorizerProps",
    "WebSocketIamAuthorizer",
    "WebSocketLambdaAuthorizer",
    "WebSocketLambdaAuthorizerProps",
]
