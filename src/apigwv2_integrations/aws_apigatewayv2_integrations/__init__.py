"""Integrations for API Gateway v2: Lambda, URLs, AWS services, load balancers, Cloud Map, WebSocket."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
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
else:
    _L2_SOURCES = {
        ".http._private_integration": ("HttpLoadBalancerIntegrationOptions", "HttpPrivateIntegrationOptions"),
        ".http.alb": ("HttpAlbIntegration", "HttpAlbIntegrationProps"),
        ".http.eventbridge": ("HttpEventBridgeIntegration", "HttpEventBridgeIntegrationProps"),
        ".http.http_proxy": ("HttpUrlIntegration", "HttpUrlIntegrationProps"),
        ".http.lambda_": ("HttpLambdaIntegration", "HttpLambdaIntegrationProps"),
        ".http.nlb": ("HttpNlbIntegration", "HttpNlbIntegrationProps"),
        ".http.service_discovery": (
            "HttpServiceDiscoveryIntegration",
            "HttpServiceDiscoveryIntegrationProps",
        ),
        ".http.sqs": ("HttpSqsIntegration", "HttpSqsIntegrationProps"),
        ".http.stepfunctions": ("HttpStepFunctionsIntegration", "HttpStepFunctionsIntegrationProps"),
        ".websocket.aws": ("WebSocketAwsIntegration", "WebSocketAwsIntegrationProps"),
        ".websocket.lambda_": ("WebSocketLambdaIntegration", "WebSocketLambdaIntegrationProps"),
        ".websocket.mock": ("WebSocketMockIntegration", "WebSocketMockIntegrationProps"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _L2_SOURCES.items() for name in names}
    )

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
