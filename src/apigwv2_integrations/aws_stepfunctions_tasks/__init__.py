"""Step Functions task states that call AWS services: Lambda, the AWS SDK integrations, SNS, SQS,
DynamoDB, EventBridge, Step Functions, API Gateway HTTP APIs and HTTPS APIs (HttpInvoke)."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the tasks it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .apigateway.base_types import (
        AuthType,
        CallApiGatewayEndpointBaseOptions,
        CallApiGatewayEndpointBaseProps,
        CallApiGatewayEndpointJsonataBaseProps,
        CallApiGatewayEndpointJsonPathBaseProps,
        HttpMethod,
    )
    from .apigateway.call_http_api import (
        CallApiGatewayHttpApiEndpoint,
        CallApiGatewayHttpApiEndpointJsonataProps,
        CallApiGatewayHttpApiEndpointJsonPathProps,
        CallApiGatewayHttpApiEndpointOptions,
        CallApiGatewayHttpApiEndpointProps,
    )
    from .aws_sdk.call_aws_service import (
        CallAwsService,
        CallAwsServiceJsonataProps,
        CallAwsServiceJsonPathProps,
        CallAwsServiceProps,
    )
    from .dynamodb.delete_item import (
        DynamoDeleteItem,
        DynamoDeleteItemJsonataProps,
        DynamoDeleteItemJsonPathProps,
        DynamoDeleteItemProps,
    )
    from .dynamodb.get_item import (
        DynamoGetItem,
        DynamoGetItemJsonataProps,
        DynamoGetItemJsonPathProps,
        DynamoGetItemProps,
    )
    from .dynamodb.put_item import (
        DynamoPutItem,
        DynamoPutItemJsonataProps,
        DynamoPutItemJsonPathProps,
        DynamoPutItemProps,
    )
    from .dynamodb.shared_types import (
        DynamoAttributeValue,
        DynamoConsumedCapacity,
        DynamoItemCollectionMetrics,
        DynamoProjectionExpression,
        DynamoReturnValues,
    )
    from .dynamodb.update_item import (
        DynamoUpdateItem,
        DynamoUpdateItemJsonataProps,
        DynamoUpdateItemJsonPathProps,
        DynamoUpdateItemProps,
    )
    from .eventbridge.put_events import (
        EventBridgePutEvents,
        EventBridgePutEventsEntry,
        EventBridgePutEventsJsonataProps,
        EventBridgePutEventsJsonPathProps,
        EventBridgePutEventsProps,
    )
    from .http.invoke import (
        HttpInvoke,
        HttpInvokeJsonataProps,
        HttpInvokeJsonPathProps,
        HttpInvokeProps,
        URLEncodingFormat,
    )
    from .lambda_.invoke import (
        LambdaInvocationType,
        LambdaInvoke,
        LambdaInvokeJsonataProps,
        LambdaInvokeJsonPathProps,
        LambdaInvokeProps,
    )
    from .sns.publish import (
        MessageAttribute,
        MessageAttributeDataType,
        SnsPublish,
        SnsPublishJsonataProps,
        SnsPublishJsonPathProps,
        SnsPublishProps,
    )
    from .sqs.send_message import (
        SqsSendMessage,
        SqsSendMessageJsonataProps,
        SqsSendMessageJsonPathProps,
        SqsSendMessageProps,
    )
    from .stepfunctions.invoke_activity import (
        StepFunctionsInvokeActivity,
        StepFunctionsInvokeActivityJsonataProps,
        StepFunctionsInvokeActivityJsonPathProps,
        StepFunctionsInvokeActivityProps,
    )
    from .stepfunctions.start_execution import (
        StepFunctionsStartExecution,
        StepFunctionsStartExecutionJsonataProps,
        StepFunctionsStartExecutionJsonPathProps,
        StepFunctionsStartExecutionProps,
    )
else:
    _SOURCES = {
        ".apigateway.base_types": (
            "AuthType",
            "CallApiGatewayEndpointBaseOptions",
            "CallApiGatewayEndpointBaseProps",
            "CallApiGatewayEndpointJsonataBaseProps",
            "CallApiGatewayEndpointJsonPathBaseProps",
            "HttpInvoke",
            "HttpInvokeJsonPathProps",
            "HttpInvokeJsonataProps",
            "HttpInvokeProps",
            "HttpMethod",
        ),
        ".apigateway.call_http_api": (
            "CallApiGatewayHttpApiEndpoint",
            "CallApiGatewayHttpApiEndpointJsonataProps",
            "CallApiGatewayHttpApiEndpointJsonPathProps",
            "CallApiGatewayHttpApiEndpointOptions",
            "CallApiGatewayHttpApiEndpointProps",
        ),
        ".aws_sdk.call_aws_service": (
            "CallAwsService",
            "CallAwsServiceJsonataProps",
            "CallAwsServiceJsonPathProps",
            "CallAwsServiceProps",
        ),
        ".dynamodb.delete_item": (
            "DynamoDeleteItem",
            "DynamoDeleteItemJsonataProps",
            "DynamoDeleteItemJsonPathProps",
            "DynamoDeleteItemProps",
        ),
        ".dynamodb.get_item": (
            "DynamoGetItem",
            "DynamoGetItemJsonataProps",
            "DynamoGetItemJsonPathProps",
            "DynamoGetItemProps",
        ),
        ".dynamodb.put_item": (
            "DynamoPutItem",
            "DynamoPutItemJsonataProps",
            "DynamoPutItemJsonPathProps",
            "DynamoPutItemProps",
        ),
        ".dynamodb.shared_types": (
            "DynamoAttributeValue",
            "DynamoConsumedCapacity",
            "DynamoItemCollectionMetrics",
            "DynamoProjectionExpression",
            "DynamoReturnValues",
        ),
        ".dynamodb.update_item": (
            "DynamoUpdateItem",
            "DynamoUpdateItemJsonataProps",
            "DynamoUpdateItemJsonPathProps",
            "DynamoUpdateItemProps",
        ),
        ".eventbridge.put_events": (
            "EventBridgePutEvents",
            "EventBridgePutEventsEntry",
            "EventBridgePutEventsJsonataProps",
            "EventBridgePutEventsJsonPathProps",
            "EventBridgePutEventsProps",
        ),
        ".http.invoke": (
            "HttpInvoke",
            "HttpInvokeJsonataProps",
            "HttpInvokeJsonPathProps",
            "HttpInvokeProps",
            "URLEncodingFormat",
        ),
        ".lambda_.invoke": (
            "LambdaInvocationType",
            "LambdaInvoke",
            "LambdaInvokeJsonataProps",
            "LambdaInvokeJsonPathProps",
            "LambdaInvokeProps",
        ),
        ".sns.publish": (
            "MessageAttribute",
            "MessageAttributeDataType",
            "SnsPublish",
            "SnsPublishJsonataProps",
            "SnsPublishJsonPathProps",
            "SnsPublishProps",
        ),
        ".sqs.send_message": (
            "SqsSendMessage",
            "SqsSendMessageJsonataProps",
            "SqsSendMessageJsonPathProps",
            "SqsSendMessageProps",
        ),
        ".stepfunctions.invoke_activity": (
            "StepFunctionsInvokeActivity",
            "StepFunctionsInvokeActivityJsonataProps",
            "StepFunctionsInvokeActivityJsonPathProps",
            "StepFunctionsInvokeActivityProps",
        ),
        ".stepfunctions.start_execution": (
            "StepFunctionsStartExecution",
            "StepFunctionsStartExecutionJsonataProps",
            "StepFunctionsStartExecutionJsonPathProps",
            "StepFunctionsStartExecutionProps",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "AuthType",
    "CallApiGatewayEndpointBaseOptions",
    "CallApiGatewayEndpointBaseProps",
    "CallApiGatewayEndpointJsonPathBaseProps",
    "CallApiGatewayEndpointJsonataBaseProps",
    "CallApiGatewayHttpApiEndpoint",
    "CallApiGatewayHttpApiEndpointJsonPathProps",
    "CallApiGatewayHttpApiEndpointJsonataProps",
    "CallApiGatewayHttpApiEndpointOptions",
    "CallApiGatewayHttpApiEndpointProps",
    "CallAwsService",
    "CallAwsServiceJsonPathProps",
    "CallAwsServiceJsonataProps",
    "CallAwsServiceProps",
    "DynamoAttributeValue",
    "DynamoConsumedCapacity",
    "DynamoDeleteItem",
    "DynamoDeleteItemJsonPathProps",
    "DynamoDeleteItemJsonataProps",
    "DynamoDeleteItemProps",
    "DynamoGetItem",
    "DynamoGetItemJsonPathProps",
    "DynamoGetItemJsonataProps",
    "DynamoGetItemProps",
    "DynamoItemCollectionMetrics",
    "DynamoProjectionExpression",
    "DynamoPutItem",
    "DynamoPutItemJsonPathProps",
    "DynamoPutItemJsonataProps",
    "DynamoPutItemProps",
    "DynamoReturnValues",
    "DynamoUpdateItem",
    "DynamoUpdateItemJsonPathProps",
    "DynamoUpdateItemJsonataProps",
    "DynamoUpdateItemProps",
    "EventBridgePutEvents",
    "EventBridgePutEventsEntry",
    "EventBridgePutEventsJsonPathProps",
    "EventBridgePutEventsJsonataProps",
    "EventBridgePutEventsProps",
    "HttpInvoke",
    "HttpInvokeJsonPathProps",
    "HttpInvokeJsonataProps",
    "HttpInvokeProps",
    "HttpMethod",
    "LambdaInvocationType",
    "LambdaInvoke",
    "LambdaInvokeJsonPathProps",
    "LambdaInvokeJsonataProps",
    "LambdaInvokeProps",
    "MessageAttribute",
    "MessageAttributeDataType",
    "SnsPublish",
    "SnsPublishJsonPathProps",
    "SnsPublishJsonataProps",
    "SnsPublishProps",
    "SqsSendMessage",
    "SqsSendMessageJsonPathProps",
    "SqsSendMessageJsonataProps",
    "SqsSendMessageProps",
    "StepFunctionsInvokeActivity",
    "StepFunctionsInvokeActivityJsonPathProps",
    "StepFunctionsInvokeActivityJsonataProps",
    "StepFunctionsInvokeActivityProps",
    "StepFunctionsStartExecution",
    "StepFunctionsStartExecutionJsonPathProps",
    "StepFunctionsStartExecutionJsonataProps",
    "StepFunctionsStartExecutionProps",
    "URLEncodingFormat",
]
