"""Authorizers for API Gateway v2 routes."""

from .http.iam import HttpIamAuthorizer
from .http.jwt import HttpJwtAuthorizer, HttpJwtAuthorizerProps
from .http.lambda_ import HttpLambdaAuthorizer, HttpLambdaAuthorizerProps, HttpLambdaResponseType
from .http.user_pool import HttpUserPoolAuthorizer, HttpUserPoolAuthorizerProps
from .websocket.iam import WebSocketIamAuthorizer
from .websocket.lambda_ import WebSocketLambdaAuthorizer, WebSocketLambdaAuthorizerProps

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
