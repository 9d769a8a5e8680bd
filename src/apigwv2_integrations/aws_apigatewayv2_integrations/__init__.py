"""Integrations for API Gateway v2: Lambda, HTTP URLs, private load balancers and Cloud Map, WebSocket."""

from .http._private_integration import HttpLoadBalancerIntegrationOptions, HttpPrivateIntegrationOptions
from .http.alb import HttpAlbIntegration, HttpAlbIntegrationProps
from .http.http_proxy import HttpUrlIntegration, HttpUrlIntegrationProps
from .http.lambda_ import HttpLambdaIntegration, HttpLambdaIntegrationProps
from .http.nlb import HttpNlbIntegration, HttpNlbIntegrationProps
from .http.service_discovery import HttpServiceDiscoveryIntegration, HttpServiceDiscoveryIntegrationProps
from .websocket.aws import WebSocketAwsIntegration, WebSocketAwsIntegrationProps
from .websocket.lambda_ import WebSocketLambdaIntegration, WebSocketLambdaIntegrationProps
from .websocket.mock import WebSocketMockIntegration, WebSocketMockIntegrationProps

__all__ = [
    "HttpAlbIntegration",
    "HttpAlbIntegrationProps",
    "HttpLambdaIntegration",
    "HttpLambdaIntegrationProps",
    "HttpLoadBalancerIntegrationOptions",
    "HttpNlbIntegration",
    "HttpNlbIntegrationProps",
    "HttpPrivateIntegrationOptions",
    "HttpServiceDiscoveryIntegration",
    "HttpServiceDiscoveryIntegrationProps",
    "HttpUrlIntegration",
    "HttpUrlIntegrationProps",
    "WebSocketAwsIntegration",
    "WebSocketAwsIntegrationProps",
    "WebSocketLambdaIntegration",
    "WebSocketLambdaIntegrationProps",
    "WebSocketMockIntegration",
    "WebSocketMockIntegrationProps",
]
