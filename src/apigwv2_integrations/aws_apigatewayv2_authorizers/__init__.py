"""Authorizers for API Gateway v2 routes."""

from .http.iam import HttpIamAuthorizer
from .http.jwt import HttpJwtAuthorizer
from .http.lambda_ import HttpLambdaAuthorizer, HttpLambdaAuthorizerProps, HttpLambdaResponseType
from .websocket.iam import WebSocketIamAuthorizer
from .websocket.lambda_ import WebSocketLambdaAuthorizer, WebSocketLambdaAuthorizerProps

__all__ = [
    "HttpIamAuthorizer",
    "HttpJwtAuthorizer",
    "HttpLambdaAuthorizer",
    "HttpLambdaAuthorizerProps",
    "HttpLambdaResponseType",
    "WebSocketIamAuthorizer",
    "WebSocketLambdaAuthorizer",
    "WebSocketLambdaAuthorizerProps",
]
