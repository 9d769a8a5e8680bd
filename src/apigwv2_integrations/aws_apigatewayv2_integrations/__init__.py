"""Integrations for API Gateway v2: Lambda, URLs, AWS services, load balancers, Cloud Map, WebSocket."""

from .http._private_integration import HttpLoadBalancerIntegrationOptions, HttpPrivateIntegrationOptions
from .http.alb import HttpAlbIntegration, HttpAlbIntegrationProps
from .http.eventbridge import HttpEventBridgeIntegration, HttpEventBridgeIntegrationProps
from .http.http_proxy import HttpUrlIntegration, HttpUrlIntegrationProps
from .http.lambda_ import HttpLambdaIntegration, HttpLambdaIntegrationProps
from .http.nlb import HttpNlbIntegration, HttpNlbIntegrationProps
from .http.service_discovery import HttpServiceDiscoveryIntegration, HttpServiceDiscoveryIntegrationProps
from .http.sqs import HttpSqsIntegration, HttpSqsIntegrationProps
from .http.stepfunctions import HttpStepFunctionsIntegration, HttpStepFunctionsIntegrationProps
from .websocket.aws import WebSocketAwsIntegration, WebSocketAwsIntegrationProps
from .websocket.lambda_ import WebSocketLambdaIntegration, WebSocketLambdaIntegrationProps
from .websocket.mock import WebSocketMockIntegration, WebSocketMockIntegrationProps

__all__ = [
    "HttpAlbIntegration",
    "HttpAlbIntegrationProps",
    "HttpEventBridgeIntegration",
    "HttpEventBridgeIntegrationProps",
    "HttpLambdaIntegration",
    "HttpLambdaIntegrationProps",
    "HttpLoadBalancerIntegrationOptions",
    "HttpNlbIntegration",
    "HttpNlbIntegrationProps",
    "HttpPrivateIntegrationOptions",
    "HttpServiceDiscoveryIntegration",
    "HttpServiceDiscoveryIntegrationProps",
    "HttpSqsIntegration",
    "HttpSqsIntegrationProps",
    "HttpStepFunctionsIntegration",
    "HttpStepFunctionsIntegrationProps",
    "HttpUrlIntegration",
    "HttpUrlIntegrationProps",
    "WebSocketAwsIntegration",
    "WebSocketAwsIntegrationProps",
    "WebSocketLambdaIntegration",
    "WebSocketLambdaIntegrationProps",
    "WebSocketMockIntegration",
    "WebSocketMockIntegrationProps",
]
